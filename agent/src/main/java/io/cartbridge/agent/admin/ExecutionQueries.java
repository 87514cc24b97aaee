package io.cartbridge.agent.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cartbridge.agent.connections.Connections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads job history from the Spring Batch tables, as records: the CLI prints them ({@link ExecutionPrinter}), the
 * REST API and the pages render them. Pages of executions are keyset-free but bounded (LIMIT/OFFSET on the primary
 * key, newest first) and say whether there is a next page rather than count a large history.
 */
@Component
public class ExecutionQueries {

    private static final String EXECUTIONS = """
            SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE (? IS NULL OR i.JOB_NAME = ?) AND (? IS NULL OR e.STATUS = ?)
              AND (? IS NULL OR e.START_TIME >= ?) AND (? IS NULL OR e.START_TIME < ?)
              AND (? IS NULL OR EXISTS (SELECT 1 FROM BATCH_STEP_EXECUTION s
                                        WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND s.STEP_NAME IN (?, ?, ?, ?)))
            ORDER BY e.JOB_EXECUTION_ID DESC
            LIMIT ? OFFSET ?""";
    /**
     * The last step execution of each partition of the partitioned jobs ({@link PartitionSteps}): a restart runs
     * only the partitions that did not complete, so a partition's last run may be in an earlier job execution than
     * its neighbours'. One pass over the table, whatever the number of connections.
     */
    private static final String LAST_PARTITION_RUNS = """
            SELECT STEP_NAME, JOB_EXECUTION_ID, STATUS, END_TIME FROM BATCH_STEP_EXECUTION
            WHERE STEP_EXECUTION_ID IN (SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION
                                        WHERE STEP_NAME LIKE 'order-export:%' OR STEP_NAME LIKE 'inbound-collect:%'
                                           OR STEP_NAME LIKE 'shipment-import:%' OR STEP_NAME LIKE 'inventory-import:%'
                                        GROUP BY STEP_NAME)""";
    private static final String EXECUTION = """
            SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE,
                   e.JOB_INSTANCE_ID
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE e.JOB_EXECUTION_ID = ?""";
    private static final String CONNECTION = """
            SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ? AND PARAMETER_NAME = 'connection'""";
    private static final String STEPS = """
            SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT,
                   READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT AS SKIP_COUNT, COMMIT_COUNT,
                   ROLLBACK_COUNT, START_TIME, END_TIME, EXIT_MESSAGE
            FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""";

    /**
     * Which executions to list; every field but the page may be null (no filter).
     *
     * @param connection only runs that covered this connection (a partition step of it), all connections' runs included
     * @param from       started at or after
     * @param to         started before
     * @param page       from 0
     * @param size       executions per page, 1 to 10000
     */
    public record ExecutionFilter(String job, String status, String connection, LocalDateTime from, LocalDateTime to,
                                  int page, int size) {

        public ExecutionFilter {
            if (page < 0 || size < 1 || size > 10_000) {
                throw new UsageException("page must be 0 or more and size 1 to 10000, not page " + page + ", size " + size);
            }
            status = status == null || status.isBlank() ? null : status.trim().toUpperCase();
            job = job == null || job.isBlank() ? null : job.trim();
        }
    }

    /** One execution in a list; {@code endTime} null: running, or left STARTED by a crash. */
    public record ExecutionSummary(long id, String job, String status, String exitCode, LocalDateTime startTime,
                                   LocalDateTime endTime) {
    }

    /** A page of executions, newest first; {@code more}: a next page has at least one. */
    public record ExecutionPage(List<ExecutionSummary> executions, int page, int size, boolean more) {
    }

    /** One step execution with its counts; {@code failure} is the exception line of a step that did not complete. */
    public record StepDetail(String name, String status, long read, long written, long filtered, long skips, long commits,
                             long rollbacks, LocalDateTime startTime, LocalDateTime endTime, String failure) {
    }

    /**
     * One execution with its steps.
     *
     * @param connection the connection it ran for (job parameter), null when it ran every connection
     * @param failure    the exception line of an execution that did not complete, or null
     */
    public record ExecutionDetail(long id, String job, long instanceId, String connection, String status, String exitCode,
                                  LocalDateTime startTime, LocalDateTime endTime, String failure, List<StepDetail> steps) {
    }

    /** A partition's last run: the job execution, and the partition step's status and end (null: not ended). */
    public record PartitionRun(long jobExecutionId, String status, LocalDateTime endTime) {
    }

    private final JdbcTemplate jdbc;
    private final Connections connections;

    ExecutionQueries(JdbcTemplate jdbc, Connections connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /** A page of executions, newest first. */
    public ExecutionPage executions(ExecutionFilter f) {
        List<String> partitionSteps = f.connection() == null ? null : PartitionSteps.of(connections.get(f.connection()));
        Object[] steps = partitionSteps == null ? new Object[4] : partitionSteps.toArray();
        Timestamp from = f.from() == null ? null : Timestamp.valueOf(f.from());
        Timestamp to = f.to() == null ? null : Timestamp.valueOf(f.to());
        List<ExecutionSummary> rows = jdbc.query(EXECUTIONS, (rs, i) -> new ExecutionSummary(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), time(rs, 5), time(rs, 6)),
                f.job(), f.job(), f.status(), f.status(), from, from, to, to, partitionSteps == null ? null : "any",
                steps[0], steps[1], steps[2], steps[3], f.size() + 1, (long) f.page() * f.size());
        boolean more = rows.size() > f.size();
        return new ExecutionPage(more ? rows.subList(0, f.size()) : rows, f.page(), f.size(), more);
    }

    /** The last run of each partition step, by step name ({@code order-export:eu-shop}). */
    public Map<String, PartitionRun> lastPartitionRuns() {
        Map<String, PartitionRun> runs = new HashMap<>();
        jdbc.query(LAST_PARTITION_RUNS, rs -> {
            runs.put(rs.getString(1), new PartitionRun(rs.getLong(2), rs.getString(3), time(rs, 4)));
        });
        return runs;
    }

    /** One execution with its steps and failures; empty when there is none of that id. */
    public Optional<ExecutionDetail> execution(long id) {
        List<StepDetail> steps = jdbc.query(STEPS, (rs, i) -> new StepDetail(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), time(rs, 9), time(rs, 10),
                failure(rs.getString(2), rs.getString(11))), id);
        String connection = jdbc.queryForList(CONNECTION, String.class, id).stream().findFirst().orElse(null);
        return jdbc.query(EXECUTION, (rs, i) -> new ExecutionDetail(rs.getLong(1), rs.getString(2), rs.getLong(8), connection,
                rs.getString(3), rs.getString(4), time(rs, 5), time(rs, 6), failure(rs.getString(3), rs.getString(7)), steps),
                id).stream().findFirst();
    }

    private static String failure(String status, String exitMessage) {
        String failure = firstLines(exitMessage);
        return failure.isEmpty() || "COMPLETED".equals(status) ? null : failure;
    }

    /** The exception line of a stored stack trace, without the frames. */
    private static String firstLines(String exitMessage) {
        if (exitMessage == null || exitMessage.isBlank()) {
            return "";
        }
        StringBuilder message = new StringBuilder();
        for (String line : exitMessage.split("\n")) {
            if (line.startsWith("\tat ") || line.startsWith("\t...")) {
                continue;
            }
            if (line.startsWith("Caused by: ") || message.isEmpty()) {
                message.setLength(0);
                message.append(line.replaceFirst("^Caused by: ", "").trim());
            }
        }
        return message.toString();
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}

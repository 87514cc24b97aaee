package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads job history from the Spring Batch tables for the admin commands. */
@Component
class ExecutionQueries {

    private static final String EXECUTIONS = """
            SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE (? IS NULL OR i.JOB_NAME = ?) AND (? IS NULL OR e.STATUS = ?)
              AND (? IS NULL OR EXISTS (SELECT 1 FROM BATCH_STEP_EXECUTION s
                                        WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND s.STEP_NAME IN (?, ?, ?, ?)))
            ORDER BY e.JOB_EXECUTION_ID DESC
            LIMIT ?""";
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
    private static final String STEPS = """
            SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT,
                   READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT AS SKIP_COUNT, COMMIT_COUNT,
                   ROLLBACK_COUNT, START_TIME, END_TIME, EXIT_MESSAGE
            FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""";

    /** Seconds always shown: LocalDateTime's own text leaves out ":00", which breaks the column. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcTemplate jdbc;

    ExecutionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A partition's last run: the job execution, and the partition step's status and end (null: not ended). */
    record PartitionRun(long jobExecutionId, String status, LocalDateTime endTime) {
    }

    /**
     * Lists executions, newest first.
     *
     * @param partitionSteps null for every execution, else only those with a step execution of one of these four
     *                       names (see {@link PartitionSteps#of(io.cartbridge.agent.connections.Connection)})
     */
    void printExecutions(String job, String status, List<String> partitionSteps, int limit, PrintStream out) {
        String s = status == null ? null : status.toUpperCase();
        Object[] steps = partitionSteps == null ? new Object[4] : partitionSteps.toArray();
        if (steps.length != 4) {
            throw new IllegalArgumentException("four partition step names, not " + partitionSteps);
        }
        out.printf("%-6s %-18s %-10s %-19s %s%n", "ID", "JOB", "STATUS", "STARTED", "DURATION");
        jdbc.query(EXECUTIONS, rs -> {
            out.printf("%-6d %-18s %-10s %-19s %s%n", rs.getLong(1), rs.getString(2), rs.getString(3),
                    time(rs.getTimestamp(5)), duration(rs.getTimestamp(5), rs.getTimestamp(6)));
        }, job, job, s, s, partitionSteps == null ? null : "any", steps[0], steps[1], steps[2], steps[3], limit);
    }

    /** The last run of each partition step, by step name ({@code order-export:eu-shop}). */
    Map<String, PartitionRun> lastPartitionRuns() {
        Map<String, PartitionRun> runs = new HashMap<>();
        jdbc.query(LAST_PARTITION_RUNS, rs -> {
            Timestamp end = rs.getTimestamp(4);
            runs.put(rs.getString(1), new PartitionRun(rs.getLong(2), rs.getString(3), end == null ? null : end.toLocalDateTime()));
        });
        return runs;
    }

    /** Prints one execution with its steps and failure; false if there is no such execution. */
    boolean printExecution(long id, PrintStream out) {
        List<Boolean> found = new ArrayList<>();
        jdbc.query(EXECUTION, rs -> {
            found.add(true);
            out.printf("Execution %d of %s (instance %d): %s in %s%n", rs.getLong(1), rs.getString(2), rs.getLong(8),
                    rs.getString(3), duration(rs.getTimestamp(5), rs.getTimestamp(6)));
            String failure = firstLines(rs.getString(7));
            if (!failure.isEmpty() && !"COMPLETED".equals(rs.getString(3))) {
                out.println("  failure: " + failure);
            }
        }, id);
        if (found.isEmpty()) {
            out.println("No execution " + id);
            return false;
        }
        out.printf("  %-28s %-10s %8s %8s %8s %6s %8s %9s%n", "STEP", "STATUS", "READ", "WRITTEN", "FILTERED",
                "SKIPS", "COMMITS", "ROLLBACKS");
        jdbc.query(STEPS, rs -> {
            out.printf("  %-28s %-10s %8d %8d %8d %6d %8d %9d%n", rs.getString(1), rs.getString(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
            String failure = firstLines(rs.getString(11));
            if (!failure.isEmpty() && !"COMPLETED".equals(rs.getString(2))) {
                out.println("    failure: " + failure);
            }
        }, id);
        return true;
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

    private static String time(Timestamp t) {
        return t == null ? "-" : t.toLocalDateTime().format(TIME);
    }

    private static String duration(Timestamp start, Timestamp end) {
        if (start == null) {
            return "-";
        }
        if (end == null) {
            return "(running or crashed)";
        }
        Duration d = Duration.between(start.toInstant(), end.toInstant());
        return "%d.%01ds".formatted(d.toSeconds(), d.toMillisPart() / 100);
    }
}

package io.cartbridge.agent.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A step execution as the job repository committed it: a restart test reads here what the failed
 * execution's step had committed and how far the restarted one had to read, as the Spring Batch
 * samples do.
 */
public record StepCounts(String status, long read, long written, long commits) {

    private static final String STEPS = """
            SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, COMMIT_COUNT
            FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""";

    /** The steps the job execution ran, by name, in the order they ran. */
    public static Map<String, StepCounts> of(JdbcTemplate ledger, long jobExecutionId) {
        Map<String, StepCounts> steps = new LinkedHashMap<>();
        ledger.query(STEPS, rs -> {
            steps.put(rs.getString(1), new StepCounts(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        }, jobExecutionId);
        return steps;
    }
}

package io.cartbridge.agent.support;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
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

    /** The executions of the job's own steps (those of each partition: {@code shipment-apply:default}), in order. */
    public static List<StepExecution> work(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().contains(":"))
                .filter(s -> !s.getStepName().startsWith(job + ":")).sorted(Comparator.comparingLong(StepExecution::getId)).toList();
    }

    /**
     * The steps the job execution ran, by name, in the order they ran. A step of a connection's partition
     * ({@code order-extract:default}) is there under its name and also under the bare step name ({@code order-extract})
     * for the first partition that ran it, so that a test of one connection names its steps as the job does.
     */
    public static Map<String, StepCounts> of(JdbcTemplate ledger, long jobExecutionId) {
        Map<String, StepCounts> steps = new LinkedHashMap<>();
        Map<String, StepCounts> bare = new LinkedHashMap<>();
        ledger.query(STEPS, rs -> {
            String name = rs.getString(1);
            StepCounts counts = new StepCounts(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            steps.put(name, counts);
            if (name.contains(":")) {
                bare.putIfAbsent(name.substring(0, name.indexOf(':')), counts);
            }
        }, jobExecutionId);
        bare.forEach(steps::putIfAbsent);
        return steps;
    }
}

package io.cartbridge.agent.support;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Sums up the runs of one job; one bean per job. */
public interface RunSummarizer {

    String jobName();

    /** What this execution did, counting only what it did itself (not what overlapping runs did). */
    RunSummary summarize(JobExecution execution);

    /** {@return the execution's executions of the step of that name, one per partition ({@code <step>:<partition>})} */
    static List<StepExecution> steps(JobExecution execution, String step) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(step) || s.getStepName().startsWith(step + ":")).toList();
    }

    /** {@return the partners the execution's partitions worked with, comma-separated in the order they ran} */
    static String partners(JobExecution execution) {
        return execution.getStepExecutions().stream().sorted(java.util.Comparator.comparingLong(StepExecution::getId))
                .map(s -> s.getExecutionContext().getString("partner", null)).filter(java.util.Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}

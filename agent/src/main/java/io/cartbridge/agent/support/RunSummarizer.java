package io.cartbridge.agent.support;

import org.springframework.batch.core.job.JobExecution;

/** Sums up the runs of one job; one bean per job. */
public interface RunSummarizer {

    String jobName();

    /** What this execution did, counting only what it did itself (not what overlapping runs did). */
    RunSummary summarize(JobExecution execution);
}

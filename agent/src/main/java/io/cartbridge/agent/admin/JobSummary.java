package io.cartbridge.agent.admin;

import java.io.PrintStream;

import org.springframework.batch.core.job.JobExecution;

/** What one job did, in the words of its users; printed after {@code run}, {@code restart} and {@code demo}. */
public interface JobSummary {

    String jobName();

    void print(JobExecution execution, PrintStream out);
}

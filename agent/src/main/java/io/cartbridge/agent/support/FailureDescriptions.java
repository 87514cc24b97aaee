package io.cartbridge.agent.support;

import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Makes a failed step's or job's exit message say what went wrong in one line ("Upload of
 * /in/x.edi to host:22 failed: ... (Connection refused)") instead of starting with Spring Batch's
 * wrapper and a stack trace, so that {@code cartbridge execution ID} shows the cause an admin needs.
 */
@Component
public class FailureDescriptions implements StepExecutionListener, JobExecutionListener {

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        List<Throwable> failures = stepExecution.getFailureExceptions();
        if (!failures.isEmpty()) {
            stepExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), describe(failures.get(0))));
        }
        return null;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        List<Throwable> failures = jobExecution.getAllFailureExceptions();
        if (!failures.isEmpty()) {
            jobExecution.setExitStatus(new ExitStatus(jobExecution.getExitStatus().getExitCode(), describe(failures.get(0))));
        }
    }

    /** The first message from outside Spring Batch's wrappers, with the root cause when it differs. */
    public static String describe(Throwable failure) {
        Throwable first = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (first == null && !t.getClass().getName().startsWith("org.springframework.batch.")) {
                first = t;
            }
            root = t;
        }
        if (first == null) {
            first = failure;
        }
        String message = name(first);
        if (root != first && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + name(root) + ")";
        }
        return message;
    }

    private static String name(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}

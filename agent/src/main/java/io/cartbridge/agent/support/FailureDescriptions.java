package io.cartbridge.agent.support;

import java.util.List;

import io.cartbridge.agent.cart.CartDatabaseException;

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

    /** The key, in a partition's own step execution context, of the partition's name (see {@code Partitions}). */
    public static final String PARTITION_KEY = "cartbridge.partition";

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        List<Throwable> failures = stepExecution.getFailureExceptions();
        if (!failures.isEmpty()) {
            stepExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), describe(first(failures))));
        }
        return null;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        List<Throwable> failures = jobExecution.getAllFailureExceptions();
        List<PartitionFailure> partitions = failures.stream().filter(PartitionFailure.class::isInstance)
                .map(PartitionFailure.class::cast).toList();
        if (!partitions.isEmpty()) {
            // each failed connection, in its step's words (the manager step's "unsuccessful step" says nothing more);
            // a run of one connection, the single-shop agent's, says it as before there were connections
            boolean one = jobExecution.getStepExecutions().stream()
                    .filter(s -> s.getExecutionContext().containsKey(PARTITION_KEY)).count() == 1;
            String description = one ? partitions.get(0).description()
                    : String.join("; ", partitions.stream().map(Throwable::getMessage).toList());
            jobExecution.setExitStatus(new ExitStatus(jobExecution.getExitStatus().getExitCode(), description));
        } else if (!failures.isEmpty()) {
            jobExecution.setExitStatus(new ExitStatus(jobExecution.getExitStatus().getExitCode(), describe(first(failures))));
        }
    }

    /**
     * The failure to describe: a cart database problem when there is one, since a reader that could not be
     * made also fails to close, and the order of the two in the list is not fixed.
     */
    private static Throwable first(List<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof CartDatabaseException) {
                    return failure;
                }
            }
        }
        return failures.get(0);
    }

    /**
     * The first message from outside Spring Batch's and Spring's bean-creation wrappers (a step-scoped
     * reader that cannot be made), with the root cause when it differs.
     */
    public static String describe(List<Throwable> failures) {
        return failures.isEmpty() ? null : describe(first(failures));
    }

    /** {@link #describe(List)} of one failure. */
    public static String describe(Throwable failure) {
        Throwable first = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (first == null && !t.getClass().getName().startsWith("org.springframework.batch.")
                    && !t.getClass().getName().startsWith("org.springframework.beans.")) {
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

    /** A cart database problem is said as {@code cartbridge check} says it, without the exception's name. */
    private static String name(Throwable t) {
        if (t instanceof CartDatabaseException || t instanceof PartitionFailure) {
            return t.getMessage();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}

package io.cartbridge.agent.support;

import java.sql.SQLTransactionRollbackException;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Whether a run failed only because the database chose it as the loser of a lock conflict (a deadlock, a lock
 * wait timeout) with a run at the same moment. Such a run lost nothing: its chunk rolled back whole, and a
 * restart from its checkpoint does the chunk again.
 */
public final class LockConflicts {

    /** Restarts of a run that lost lock conflicts, before its failure is shown. */
    public static final int RETRIES = 3;

    private LockConflicts() {
    }

    public static boolean failedOn(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions().stream()
                .filter(t -> !isPartitionOutcome(t)).toList();
        return execution.getStatus() == BatchStatus.FAILED && !failures.isEmpty()
                && failures.stream().allMatch(LockConflicts::isLockConflict);
    }

    /**
     * What a partitioned job records above the step that failed: the partition's {@link PartitionFailure} and the
     * manager step's "Partition handler returned an unsuccessful step". They only repeat the failure of the step
     * inside the partition, which has its own step execution with the exception itself.
     */
    private static boolean isPartitionOutcome(Throwable failure) {
        return failure instanceof PartitionFailure || failure instanceof JobExecutionException;
    }

    static boolean isLockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}

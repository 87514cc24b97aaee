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
        if (execution.getStatus() != BatchStatus.FAILED) {
            return false;
        }
        List<Throwable> failures = execution.getAllFailureExceptions().stream().filter(t -> !repeatsAPartitions(t)).toList();
        return !failures.isEmpty() && failures.stream().allMatch(LockConflicts::isLockConflict);
    }

    /**
     * A partitioned run's manager step and a failed partition only repeat the failure of the partition's step, whose
     * own exception is among the run's failures too: they are not failures of their own.
     */
    private static boolean repeatsAPartitions(Throwable failure) {
        return failure instanceof PartitionFailure || failure instanceof JobExecutionException
                && failure.getMessage() != null && failure.getMessage().startsWith("Partition handler returned");
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

package io.cartbridge.agent.support;

import java.sql.SQLTransactionRollbackException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
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
        return execution.getStatus() == BatchStatus.FAILED && !execution.getAllFailureExceptions().isEmpty()
                && execution.getAllFailureExceptions().stream().allMatch(LockConflicts::isLockConflict);
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

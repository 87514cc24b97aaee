package io.cartbridge.agent.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class LockConflictsTests {

    @Test
    void aRunThatFailedOnlyOnLockConflictsIsOneToRestart() {
        JobExecution deadlocked = failed(new IllegalStateException("chunk failed",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)));
        JobExecution timedOut = failed(new CannotAcquireLockException("Lock wait timeout exceeded"));

        assertThat(LockConflicts.failedOn(deadlocked)).isTrue();
        assertThat(LockConflicts.failedOn(timedOut)).isTrue();
    }

    @Test
    void aPartitionThatLostALockConflictIsOneToRestartThoughTheManagerAndThePartitionReportIt() {
        JobExecution partitioned = failed(new JobExecutionException("Partition handler returned an unsuccessful step"));
        partitioned.addFailureException(new PartitionFailure("shop002", "order-extract:shop002", "CannotAcquireLockException: Deadlock"));
        partitioned.addFailureException(new IllegalStateException("Unable to process chunk",
                new CannotAcquireLockException("Deadlock found when trying to get lock")));
        JobExecution partitionDown = failed(new JobExecutionException("Partition handler returned an unsuccessful step"));
        partitionDown.addFailureException(new PartitionFailure("shop002", "file-upload:shop002", "SFTP server down"));
        partitionDown.addFailureException(new IllegalStateException("SFTP server down"));

        assertThat(LockConflicts.failedOn(partitioned)).isTrue();
        assertThat(LockConflicts.failedOn(partitionDown)).isFalse();
    }

    @Test
    void anyOtherFailureIsShownAsItIs() {
        JobExecution broken = failed(new DataIntegrityViolationException("Duplicate entry"));
        JobExecution mixed = failed(new CannotAcquireLockException("Lock wait timeout exceeded"));
        mixed.addFailureException(new IllegalStateException("SFTP server down"));
        JobExecution completed = new JobExecution(2L, new JobInstance(1L, "order-export"), new JobParameters());
        completed.setStatus(BatchStatus.COMPLETED);

        assertThat(LockConflicts.failedOn(broken)).isFalse();
        assertThat(LockConflicts.failedOn(mixed)).isFalse();
        assertThat(LockConflicts.failedOn(completed)).isFalse();
    }

    private static JobExecution failed(Throwable failure) {
        JobExecution execution = new JobExecution(1L, new JobInstance(1L, "order-export"), new JobParameters());
        execution.setStatus(BatchStatus.FAILED);
        execution.addFailureException(failure);
        return execution;
    }
}

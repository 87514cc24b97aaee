package io.cartbridge.agent.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
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
    void aPartitionThatLostALockConflictIsOneToRestart() {
        JobExecution run = partitioned(new IllegalStateException("chunk failed",
                new CannotAcquireLockException("Deadlock found when trying to get lock")));
        JobExecution broken = partitioned(new DataIntegrityViolationException("Duplicate entry"));

        assertThat(LockConflicts.failedOn(run)).isTrue();
        assertThat(LockConflicts.failedOn(broken)).isFalse();
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

    /** A run of a partitioned job as Spring Batch records it when a step inside one partition failed. */
    private static JobExecution partitioned(Throwable failure) {
        JobExecution execution = failed(new JobExecutionException("Partition handler returned an unsuccessful step"));
        step(execution, 1, "order-export", new JobExecutionException("Partition handler returned an unsuccessful step"));
        step(execution, 2, "order-export:main-eu", new PartitionFailure("main-eu", "order-extract:main-eu", "CannotAcquireLockException"));
        step(execution, 3, "order-extract:main-eu", failure);
        return execution;
    }

    private static void step(JobExecution execution, long id, String name, Throwable failure) {
        StepExecution step = new StepExecution(id, name, execution);
        step.setStatus(BatchStatus.FAILED);
        step.addFailureException(failure);
        execution.addStepExecution(step);
    }

    private static JobExecution failed(Throwable failure) {
        JobExecution execution = new JobExecution(1L, new JobInstance(1L, "order-export"), new JobParameters());
        execution.setStatus(BatchStatus.FAILED);
        execution.addFailureException(failure);
        return execution;
    }
}

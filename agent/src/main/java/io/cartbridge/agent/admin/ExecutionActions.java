package io.cartbridge.agent.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.serve.JobLocks;
import io.cartbridge.agent.serve.RunRefusedException;
import io.cartbridge.agent.support.LockConflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Restart, stop, abandon and recover one execution, each only where its state allows (else {@link NotAllowedException}
 * saying why), and which of them are allowed now: the pages show only those. Restart and recover take the job's locks
 * ({@link JobLocks}): recovering a run another agent still runs would corrupt it.
 */
@Component
public class ExecutionActions {

    /** What an admin can do with an execution. */
    public enum Action {
        RESTART, STOP, ABANDON, RECOVER
    }

    private static final Logger log = LoggerFactory.getLogger(ExecutionActions.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Connections connections;
    private final JobLocks locks;
    private final Partitions partitions;
    private final BackgroundRuns background;

    ExecutionActions(JobOperator jobOperator, JobRepository jobRepository, Connections connections, JobLocks locks,
                     Partitions partitions, BackgroundRuns background) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.connections = connections;
        this.locks = locks;
        this.partitions = partitions;
        this.background = background;
    }

    /**
     * Restarts a failed or stopped execution, holding its job's locks while it runs; one left STARTED by a crashed
     * agent is recovered first, once its lock says that no agent runs it.
     *
     * @throws RunRefusedException when a run of the job for the execution's connection holds its lock
     */
    public JobExecution restart(long executionId) {
        JobExecution found = existing(executionId);
        try (JobLocks.Held held = locks.acquire(found.getJobInstance().getJobName(), connection(found))) {
            return restartHolding(executionId);
        }
    }

    /** {@link #restart}, the run going on in the background; {@return the new execution's id} */
    public long restartInBackground(long executionId) {
        JobExecution found = existing(executionId);
        checkRestartable(found);
        JobLocks.Held held = locks.acquire(found.getJobInstance().getJobName(), connection(found));
        return background.submit("Restart of execution " + executionId, held, () -> restartHolding(executionId),
                () -> Optional.ofNullable(jobRepository.getLastJobExecution(found.getJobInstance()))
                        .map(JobExecution::getId).filter(id -> id > executionId));
    }

    private JobExecution restartHolding(long executionId) {
        JobExecution execution = existing(executionId);
        checkRestartable(execution);
        connections.requireJobsCanRun();
        ChosenConnections.configured(connections);
        if (execution.getStatus().isRunning()) {
            execution = jobOperator.recover(execution);
        }
        try {
            return restartingLockConflicts(jobOperator.restart(execution));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot restart execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    private void checkRestartable(JobExecution execution) {
        long executionId = execution.getId();
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new NotAllowedException("execution " + executionId + " is " + execution.getStatus() + " and cannot be restarted");
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getId() != executionId) {
            throw new NotAllowedException("execution " + executionId + " was already restarted as execution " + last.getId()
                    + " (" + last.getStatus() + ")" + (last.getStatus() == BatchStatus.COMPLETED ? "" : "; restart that one"));
        }
    }

    /**
     * A run that lost a lock conflict with another run (a deadlock) is restarted from its checkpoint, a few
     * times, rather than shown as failed: its chunk rolled back whole, so doing it again is safe.
     */
    JobExecution restartingLockConflicts(JobExecution execution) throws Exception {
        for (int attempt = 1; attempt <= LockConflicts.RETRIES && LockConflicts.failedOn(execution); attempt++) {
            log.warn("Execution {} of {} lost a lock conflict with another run; restarting it from its checkpoint",
                    execution.getId(), execution.getJobInstance().getJobName());
            execution = jobOperator.restart(execution);
        }
        return execution;
    }

    /** Asks a running execution to stop at the end of its current chunk. */
    public void stop(long id) {
        JobExecution execution = existing(id);
        try {
            jobOperator.stop(execution);
        } catch (Exception e) {
            throw new NotAllowedException("execution " + id + " is not running (" + execution.getStatus() + ")");
        }
    }

    /** Marks a stopped or failed execution ABANDONED: it will not be restarted. */
    public void abandon(long id) {
        JobExecution execution = existing(id);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new NotAllowedException("execution " + id + " is " + execution.getStatus() + "; only a stopped or failed one "
                    + "can be abandoned");
        }
        try {
            jobOperator.abandon(execution);
        } catch (Exception e) {
            throw new NotAllowedException("execution " + id + " is still running; stop it first");
        }
    }

    /**
     * Marks an execution left STARTED by an agent that stopped (crash, SIGKILL) FAILED, so that it can be restarted;
     * only while holding its job's locks, which proves that no agent runs it.
     *
     * @throws RunRefusedException when an agent holds the lock: the run is going
     */
    public JobExecution recover(long id) {
        JobExecution found = existing(id);
        if (!found.getStatus().isRunning()) {
            throw new NotAllowedException("execution " + id + " is " + found.getStatus() + ", not left running: nothing to recover");
        }
        try (JobLocks.Held held = locks.acquire(found.getJobInstance().getJobName(), connection(found))) {
            JobExecution current = existing(id);
            if (!current.getStatus().isRunning()) {
                throw new NotAllowedException("execution " + id + " is " + current.getStatus() + " now: nothing to recover");
            }
            return jobOperator.recover(current);
        }
    }

    /** The actions its state allows now: where a lock is involved, as its holder says at this moment. */
    public Set<Action> allowed(long id) {
        JobExecution execution = find(id);
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            return allowed;
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        boolean latest = last == null || last.getId() == id;
        if (execution.getStatus().isRunning()) {
            boolean lockHeld = lockHeld(execution);
            allowed.add(lockHeld ? Action.STOP : Action.RECOVER);
            if (!lockHeld && latest) {
                allowed.add(Action.RESTART);
            }
        } else {
            allowed.add(Action.ABANDON);
            if (latest) {
                allowed.add(Action.RESTART);
            }
        }
        return allowed;
    }

    private boolean lockHeld(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        List<String> names;
        try {
            names = partitions.partitionNames(job, connection(execution));
        } catch (RuntimeException e) {
            return false;       // a job or connection no longer configured: no agent of this configuration runs it
        }
        return names.stream().anyMatch(p -> locks.holder(job + ":" + p).isPresent());
    }

    private static String connection(JobExecution execution) {
        return execution.getJobParameters().getString(Partitions.CONNECTION_PARAMETER);
    }

    JobExecution existing(long id) {
        JobExecution execution = find(id);
        if (execution == null) {
            throw new NotFoundException("no execution " + id);
        }
        return execution;
    }

    JobExecution find(long id) {
        try {
            return jobRepository.getJobExecution(id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

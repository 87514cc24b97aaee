package io.cartbridge.agent.serve;

import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.connections.Partitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a crashed agent left STARTED: one whose job lock is free has no agent working on it, so it is recovered
 * (Spring Batch's {@code JobOperator.recover} marks it and its running steps FAILED) while holding that lock, and,
 * with {@code cartbridge.recover.restart=true}, restarted from its checkpoints, unless an admin paused the job
 * ({@link JobPauses}): a restart is a run nobody asked for. One whose lock is held is running in another agent and is
 * left alone.
 */
@Component
public class Recovery {

    private static final Logger log = LoggerFactory.getLogger(Recovery.class);

    /**
     * A run recovered after a crash.
     *
     * @param recovered the execution, now FAILED
     * @param restart   its restart, or null when restarts are not configured or the restart was refused
     */
    public record Recovered(JobExecution recovered, JobExecution restart) {
    }

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final List<Job> jobs;
    private final JobLocks locks;
    private final AdminCommands admin;
    private final boolean restart;
    private final JobPauses pauses;

    Recovery(JobRepository jobRepository, JobOperator jobOperator, List<Job> jobs, JobLocks locks, AdminCommands admin,
             ServeProperties properties, JobPauses pauses) {
        this.pauses = pauses;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.jobs = jobs;
        this.locks = locks;
        this.admin = admin;
        this.restart = properties.recover().restart();
    }

    /** Recovers every run left STARTED whose lock is free, oldest first; {@return what was recovered} */
    public List<Recovered> recoverAll() {
        List<Recovered> done = new ArrayList<>();
        for (Job job : jobs) {
            List<JobExecution> running = jobRepository.findRunningJobExecutions(job.getName()).stream()
                    .sorted(java.util.Comparator.comparingLong(JobExecution::getId)).toList();
            for (JobExecution execution : running) {
                JobExecution recovered = recover(execution);
                if (recovered != null) {
                    done.add(new Recovered(recovered, restart ? restart(recovered) : null));
                }
            }
        }
        return done;
    }

    /** {@return the execution recovered, or null when an agent still runs it} */
    private JobExecution recover(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        try (JobLocks.Held held = locks.acquire(job, execution.getJobParameters().getString(Partitions.CONNECTION_PARAMETER))) {
            JobExecution current = jobRepository.getJobExecution(execution.getId());
            if (current == null || !current.getStatus().isRunning()) {
                return null;
            }
            log.warn("Recovering execution {} of {}, left {} by an agent that stopped", current.getId(), job, current.getStatus());
            return jobOperator.recover(current);
        } catch (RunRefusedException e) {
            log.info("Execution {} of {} is running in another agent: {}", execution.getId(), job, e.getMessage());
            return null;
        }
    }

    private JobExecution restart(JobExecution recovered) {
        String job = recovered.getJobInstance().getJobName();
        if (pauses.paused(job, recovered.getJobParameters().getString(Partitions.CONNECTION_PARAMETER))) {
            log.info("Recovered execution {} not restarted: {} is paused", recovered.getId(), job);
            return null;
        }
        try {
            return admin.restart(recovered.getId());
        } catch (RuntimeException e) {
            log.warn("Recovered execution {} not restarted: {}", recovered.getId(), e.getMessage());
            return null;
        }
    }
}

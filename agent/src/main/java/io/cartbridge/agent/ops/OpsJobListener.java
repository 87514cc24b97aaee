package io.cartbridge.agent.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * What happens around every run, whichever way it started (CLI, schedule, trigger, restart, recovery): progress
 * while it lasts, its durations as metrics and the alert check when it ends. Never fails the run.
 */
@Component
class OpsJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(OpsJobListener.class);

    private final ProgressReporter progress;
    private final JobMeters meters;
    private final Alerts alerts;

    OpsJobListener(ProgressReporter progress, JobMeters meters, Alerts alerts) {
        this.progress = progress;
        this.meters = meters;
        this.alerts = alerts;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        progress.started(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        progress.ended(execution);
        try {
            meters.record(execution);
        } catch (RuntimeException e) {
            log.warn("Cannot record the metrics of execution {}: {}", execution.getId(), e.getMessage());
        }
        alerts.runEnded(execution);
    }
}

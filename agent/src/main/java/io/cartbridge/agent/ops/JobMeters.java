package io.cartbridge.agent.ops;

import java.time.Duration;
import java.time.LocalDateTime;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import io.micrometer.core.instrument.Timer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Job and step durations as Prometheus timers, recorded when a run ends: {@code cartbridge_job_duration_seconds}
 * (tags job, status) and {@code cartbridge_step_duration_seconds} (tags job, step, partition, status), the step
 * named without its partition ({@code order-extract}) and the partition (the connection, or for inbound-collect the
 * partner) as a tag of its own. Spring Batch's own observations reach only steps that are beans; the jobs' steps
 * are built per partition, so the durations come from the executions themselves.
 */
@Component
class JobMeters {

    private final ObjectProvider<MeterRegistry> registries;

    /** @param registries the meter registry of {@code serve}; the other commands' contexts have none (no scrape) */
    JobMeters(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
    }

    void record(JobExecution execution) {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry == null) {
            return;
        }
        String job = execution.getJobInstance().getJobName();
        LocalDateTime now = LocalDateTime.now();
        Duration took = between(execution.getStartTime(), execution.getEndTime(), now);
        if (took != null) {
            Timer.builder("cartbridge.job.duration").description("Duration of job runs")
                    .tags("job", job, "status", execution.getStatus().name()).register(registry).record(took);
        }
        for (StepExecution step : execution.getStepExecutions()) {
            Duration stepTook = between(step.getStartTime(), step.getEndTime(), now);
            if (stepTook == null) {
                continue;
            }
            String name = step.getStepName();
            int colon = name.indexOf(':');
            Timer.builder("cartbridge.step.duration").description("Duration of step runs, per partition")
                    .tags("job", job, "step", colon < 0 ? name : name.substring(0, colon),
                            "partition", colon < 0 ? "" : name.substring(colon + 1), "status", step.getStatus().name())
                    .register(registry).record(stepTook);
        }
    }

    private static Duration between(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
        return start == null ? null : Duration.between(start, end == null ? now : end);
    }
}

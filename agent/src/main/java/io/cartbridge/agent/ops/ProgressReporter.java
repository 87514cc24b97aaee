package io.cartbridge.agent.ops;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Progress of a long run started from a terminal, on stderr: every {@code cartbridge.monitoring.progress-interval}
 * (default 5s), one line per step that is running, with its items read and written and the rate since the last
 * line, e.g. {@code order-export: order-extract:eu-shop read 12,500 written 12,000 (2,480/s)}. A run shorter than
 * the interval prints nothing; so does a run under {@code serve}, or one whose output is not a terminal (a test, a
 * cron job, a log file). It reads the counts Spring Batch keeps on the running step executions, from a thread of
 * its own: the steps do nothing more.
 */
@Component
class ProgressReporter {

    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, ScheduledFuture<?>> running = new HashMap<>();
    private volatile boolean enabled = System.console() != null;
    private volatile PrintStream out = System.err;

    ProgressReporter(MonitoringProperties monitoring) {
        this.interval = monitoring.progressInterval();
    }

    /** Turns progress on (to this stream) or off: {@code serve} turns it off. */
    void printTo(PrintStream out) {
        this.out = out;
        this.enabled = out != null;
    }

    synchronized void started(JobExecution execution) {
        if (!enabled || interval.isZero() || interval.isNegative()) {
            return;
        }
        Progress progress = new Progress(execution);
        running.put(execution.getId(), timer.scheduleAtFixedRate(() -> progress.print(out), interval.toMillis(),
                interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    synchronized void ended(JobExecution execution) {
        ScheduledFuture<?> progress = running.remove(execution.getId());
        if (progress != null) {
            progress.cancel(false);
        }
    }

    /** One run's progress lines: the counts of its running steps, the rate since the line before. */
    static final class Progress {

        private final JobExecution execution;
        private final Map<Long, long[]> before = new HashMap<>();

        Progress(JobExecution execution) {
            this.execution = execution;
        }

        void print(PrintStream out) {
            for (String line : lines(System.nanoTime())) {
                out.println(line);
            }
            out.flush();
        }

        /** The lines for the steps running now; at {@code nanos} (System.nanoTime). */
        List<String> lines(long nanos) {
            List<String> lines = new ArrayList<>();
            for (StepExecution step : steps()) {
                if (!step.getStatus().isRunning() || step.getStepName().equals(execution.getJobInstance().getJobName())) {
                    continue;           // the partitioned step itself counts nothing
                }
                long read = step.getReadCount();
                long written = step.getWriteCount();
                long[] last = before.put(step.getId(), new long[] {nanos, read});
                String rate = "";
                if (last != null && nanos > last[0]) {
                    rate = String.format(" (%,d/s)", Math.round((read - last[1]) * 1e9 / (nanos - last[0])));
                }
                if (read > 0 || written > 0) {
                    lines.add(String.format("%s: %s read %,d written %,d%s", execution.getJobInstance().getJobName(),
                            step.getStepName(), read, written, rate));
                }
            }
            return lines;
        }

        private List<StepExecution> steps() {
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    return new ArrayList<>(execution.getStepExecutions());
                } catch (ConcurrentModificationException e) {
                    // a partition added a step meanwhile: read again
                }
            }
            return List.of();
        }
    }
}

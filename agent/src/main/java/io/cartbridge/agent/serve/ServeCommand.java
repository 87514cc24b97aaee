package io.cartbridge.agent.serve;

import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import io.cartbridge.agent.serve.Schedules.Schedule;
import io.cartbridge.agent.web.WebAccess;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * {@code cartbridge serve}: recovers the runs a crashed agent left STARTED, then starts each job on its schedule
 * until SIGTERM. Each schedule has a thread of its own, so a long run delays no other schedule; a schedule that
 * fires while its previous run still goes waits for it (Spring's cron triggers never overlap themselves). A run
 * whose lock another run holds (a manual run, another agent) is skipped until the next time, and so is a job an
 * admin paused ({@link ScheduledRuns}, {@link JobPauses}). On SIGTERM the
 * schedules stop firing and the {@link Drain} stops running steps at a chunk boundary. Between schedules, the
 * {@link Trigger} starts order-export for a connection whose paid orders changed. Its web server (dashboard, REST API,
 * Actuator) runs from the context's start; {@link WebAccess} says where, and for whom.
 */
@Component
public class ServeCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Recovery recovery;
    private final Drain drain;
    private final ServeProperties properties;
    private final Trigger trigger;
    private io.cartbridge.agent.ops.ServeChecks serveChecks;
    private final WebAccess web;
    private final ScheduledRuns runs;

    ServeCommand(Recovery recovery, Drain drain, ServeProperties properties, Trigger trigger, WebAccess web,
                 ScheduledRuns runs) {
        this.web = web;
        this.runs = runs;
        this.recovery = recovery;
        this.drain = drain;
        this.properties = properties;
        this.trigger = trigger;
    }

    /** Serves until the agent shuts down; prints what it recovered, its schedules and one line per run. */
    public int serve(PrintStream out) {
        List<Schedule> schedules = Schedules.of(properties.schedule());
        for (Recovery.Recovered r : recovery.recoverAll()) {
            JobExecution recovered = r.recovered();
            out.printf("Recovered execution %d (%s), left %s by an agent that stopped: now %s%s%n", recovered.getId(),
                    recovered.getJobInstance().getJobName(), "STARTED", recovered.getStatus(), r.restart() == null ? ""
                            : "; restarted as execution " + r.restart().getId() + ": " + r.restart().getStatus());
        }
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(Math.max(1, schedules.size()));
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.initialize();
        Trigger.Polling polling = null;
        try {
            List<ScheduledFuture<?>> fired = schedules.stream()
                    .<ScheduledFuture<?>>map(s -> scheduler.schedule(() -> runs.fire(s, out), new CronTrigger(s.cron().toString(), s.zone())))
                    .toList();
            drain.onDrain(() -> fired.forEach(f -> f.cancel(false)));
            if (schedules.isEmpty()) {
                out.println("Serving with every schedule off (cartbridge.schedule.*).");
            }
            for (Schedule s : schedules) {
                ZonedDateTime next = s.cron().next(ZonedDateTime.now(s.zone()));
                out.println("Schedule: " + s.describe() + "; next " + (next == null ? "never" : TIME.format(next)));
            }
            out.println(web.describe());
            polling = trigger.start(out);
            drain.onDrain(serveChecks.start());
            out.flush();
            drain.awaitDrained();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (polling != null) {
                polling.close();
            }
            scheduler.shutdown();
        }
    }

    /** The alert checks between runs (ops package); set by Spring. */
    @org.springframework.beans.factory.annotation.Autowired
    void setServeChecks(io.cartbridge.agent.ops.ServeChecks serveChecks) {
        this.serveChecks = serveChecks;
    }
}

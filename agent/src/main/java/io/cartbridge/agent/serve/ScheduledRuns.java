package io.cartbridge.agent.serve;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.serve.Schedules.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * One firing of a schedule: its jobs in order, each for every connection; a refused or failed one does not stop the
 * next. A job paused for some partitions ({@link JobPauses}) runs for the others only, one connection after the
 * other (a partner's folder once); paused for all, it is skipped. Prints one line per run or skip.
 */
@Component
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final AdminCommands admin;
    private final Drain drain;
    private final JobPauses pauses;
    private final Connections connections;

    ScheduledRuns(AdminCommands admin, Drain drain, JobPauses pauses, Connections connections) {
        this.admin = admin;
        this.drain = drain;
        this.pauses = pauses;
        this.connections = connections;
    }

    /** Runs the schedule's jobs now, printing what each did to {@code out}. */
    public void fire(Schedule schedule, PrintStream out) {
        for (String job : schedule.jobs()) {
            if (drain.draining()) {
                return;
            }
            Set<String> paused = pauses.paused(job);
            if (paused.isEmpty()) {
                run(schedule, job, null, out);
                continue;
            }
            out.printf("%s %s: paused for %s, not run there%n", now(), job, String.join(", ", paused));
            for (String connection : unpaused(job, paused)) {
                run(schedule, job, connection, out);
            }
        }
    }

    /** One connection for each partition of the job that is not paused. */
    private List<String> unpaused(String job, Set<String> paused) {
        Set<String> partitions = new LinkedHashSet<>();
        List<String> chosen = new ArrayList<>();
        for (Connection c : connections.all()) {
            String partition = pauses.partitionOf(job, c.name());
            if (!paused.contains(partition) && partitions.add(partition)) {
                chosen.add(c.name());
            }
        }
        return chosen;
    }

    private void run(Schedule schedule, String job, String connection, PrintStream out) {
        String what = job + (connection == null ? "" : " for " + connection);
        try {
            JobExecution run = admin.run(job, connection);
            out.printf("%s %s: execution %d %s%n", now(), what, run.getId(), run.getStatus());
        } catch (RunRefusedException e) {
            out.printf("%s %s: skipped, %s%n", now(), what, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Scheduled run of {} ({}) could not start", what, schedule.property(), e);
            out.printf("%s %s: not started: %s%n", now(), what, e.getMessage());
        }
    }

    private static String now() {
        return Trigger.TIME.format(LocalDateTime.now());
    }
}

package io.cartbridge.agent.serve;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.cart.ChangeProbe;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.ConnectionContexts;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The near-real-time trigger of {@code serve}: every {@code cartbridge.trigger.poll-interval} it asks each
 * connection's cart, with its plugin's {@link ChangeProbe}, whether the paid orders changed, and if so starts
 * order-export for that connection, the way a schedule does (its job lock taken, refused while the agent drains). A
 * change seen while that connection's run goes queues exactly one more run ({@link CoalescedRuns}). A run refused
 * because another holds the lock (the schedule's, a manual one, another agent's) is tried again at the next poll,
 * changed or not: the run going may have read the orders before the change.
 *
 * <p>The first poll after start-up only records the value: orders paid while the agent was down go with the
 * order-export schedule, as they always did. Stores whose platform offers no probe are left to the schedule. A
 * connection whose order-export an admin paused ({@link JobPauses}) starts no run until it is resumed.
 */
@Component
public class Trigger {

    static final String JOB = "order-export";
    private static final String PROPERTY = "cartbridge.trigger.poll-interval";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AdminCommands admin;
    private final ConnectionContexts connections;
    private final Drain drain;
    private final Duration interval;
    private final JobPauses pauses;

    Trigger(AdminCommands admin, ConnectionContexts connections, Drain drain, ServeProperties properties, JobPauses pauses) {
        this.admin = admin;
        this.pauses = pauses;
        this.connections = connections;
        this.drain = drain;
        this.interval = properties.trigger().pollInterval();
        if (interval.isNegative() || (!interval.isZero() && interval.compareTo(ServeProperties.Trigger.MINIMUM) < 0)) {
            throw new ConfigurationException(PROPERTY + " must be 0 (off) or at least "
                    + ServeProperties.Trigger.MINIMUM.toSeconds() + "s, not " + interval);
        }
    }

    /** The trigger's polling; closing it stops the polls (runs going end as the drain says). */
    public interface Polling extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Starts polling every connection whose cart has a probe, printing one line saying what it polls and one per
     * triggered run to {@code out}.
     */
    public Polling start(PrintStream out) {
        if (interval.isZero()) {
            out.println("Trigger: off (" + PROPERTY + "=0)");
            return () -> { };
        }
        List<Watched> watched = new ArrayList<>();
        for (Connection connection : connections.connections().all()) {
            Optional<ChangeProbe> probe = connections.of(connection.name()).cart().plugin().changes();
            if (probe.isPresent()) {
                watched.add(new Watched(connection.name(), probe.get()));
            } else {
                out.println("Trigger: none for connection " + connection.name() + " (its cart platform has no change "
                        + "probe): order-export on its schedule only");
            }
        }
        if (watched.isEmpty()) {
            return () -> { };
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService runs = Executors.newCachedThreadPool(r -> new Thread(r, "trigger-run-" + threads.incrementAndGet()));
        ThreadPoolTaskScheduler polls = new ThreadPoolTaskScheduler();
        polls.setPoolSize(Math.min(4, watched.size()));
        polls.setThreadNamePrefix("trigger-poll-");
        polls.initialize();
        for (Watched w : watched) {
            PolledConnection polled = new PolledConnection(w.connection(), w.probe(), drain,
                    runs, connection -> run(connection, out), () -> pauses.paused(JOB, w.connection()), out);
            polled.poll();      // records the value before the line below says it is watched
            polls.scheduleWithFixedDelay(polled::poll, Instant.now().plus(interval), interval);
            out.println("Trigger: " + JOB + " for connection " + w.connection() + " when its paid orders change, polled every "
                    + interval.toSeconds() + "s (" + PROPERTY + ")");
        }
        Polling polling = () -> {
            polls.shutdown();
            runs.shutdown();
        };
        drain.onDrain(polling::close);
        return polling;
    }

    /** One triggered run; {@return false if another run held the lock} */
    private boolean run(String connection, PrintStream out) {
        try {
            var run = admin.run(JOB, connection);
            out.printf("%s %s for %s (trigger): execution %d %s%n", TIME.format(LocalDateTime.now()), JOB, connection,
                    run.getId(), run.getStatus());
            return true;
        } catch (RunRefusedException e) {
            out.printf("%s %s for %s (trigger): skipped, %s%s%n", TIME.format(LocalDateTime.now()), JOB, connection,
                    e.getMessage(), drain.draining() ? "" : "; tried again at the next poll");
            return false;
        }
    }

    private record Watched(String connection, ChangeProbe probe) {
    }
}

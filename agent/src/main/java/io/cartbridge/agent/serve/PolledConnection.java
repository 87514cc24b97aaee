package io.cartbridge.agent.serve;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import io.cartbridge.agent.cart.ChangeProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection under {@link Trigger}: the value its probe gave last, and its coalesced runs. Polled from one
 * thread at a time (a fixed-delay schedule); runs on another. While an admin has paused order-export for the
 * connection, a change starts no run but is owed: the first poll after the resume runs it.
 */
final class PolledConnection {

    private static final Logger log = LoggerFactory.getLogger(PolledConnection.class);

    private final String connection;
    private final ChangeProbe probe;
    private final Drain drain;
    private final CoalescedRuns runs;
    private final PrintStream out;
    private final BooleanSupplier paused;
    private String last;
    /** A triggered run was refused by another run's lock: the next poll runs even without a change. */
    private volatile boolean owed;
    private boolean probeFailing;
    private boolean pauseSaid;

    /**
     * @param run    starts one run for the connection; false when another run held its lock
     * @param paused whether order-export is paused for the connection now (asked only when a run is due)
     */
    PolledConnection(String connection, ChangeProbe probe, Drain drain, Executor executor, Predicate<String> run,
                     BooleanSupplier paused, PrintStream out) {
        this.connection = connection;
        this.paused = paused;
        this.probe = probe;
        this.drain = drain;
        this.out = out;
        this.runs = new CoalescedRuns(() -> {
            if (!run.test(connection) && !drain.draining()) {
                owed = true;
            }
        }, executor);
    }

    /** Asks the probe; starts or queues a run when its value changed since the last poll (or a run is owed). */
    void poll() {
        if (drain.draining()) {
            return;
        }
        String value;
        try {
            value = probe.latest();
        } catch (RuntimeException e) {
            if (!probeFailing) {
                log.warn("Trigger cannot poll the cart of connection {}: {}; trying again at each poll", connection, e.getMessage());
                out.println("Trigger: cannot poll the cart of connection " + connection + ": " + e.getMessage());
            }
            probeFailing = true;
            return;
        }
        probeFailing = false;
        if (last == null) {
            last = value;       // the first poll only records
            return;
        }
        boolean changed = !Objects.equals(value, last);
        last = value;
        boolean due = changed || owed;
        if (due && paused.getAsBoolean()) {
            owed = true;        // run at the first poll after the resume
            if (!pauseSaid) {
                out.printf("%s %s for %s (trigger): paid orders changed, but the job is paused; it runs when resumed%n",
                        Trigger.TIME.format(LocalDateTime.now()), Trigger.JOB, connection);
                pauseSaid = true;
            }
            return;
        }
        pauseSaid = false;
        owed = false;           // before the run that may owe another
        if (due && !runs.request()) {
            out.printf("%s %s for %s (trigger): paid orders changed while a run goes; one more run queued%n",
                    Trigger.TIME.format(LocalDateTime.now()), Trigger.JOB, connection);
        }
    }
}

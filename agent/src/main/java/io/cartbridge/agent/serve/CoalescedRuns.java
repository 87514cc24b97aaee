package io.cartbridge.agent.serve;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's triggered runs: at most one going, and at most one more queued however many changes are seen
 * while it goes. The queued run starts when the one going ends, and reads every order paid meanwhile: a second
 * queued run would find nothing left to send.
 */
final class CoalescedRuns {

    private static final Logger log = LoggerFactory.getLogger(CoalescedRuns.class);

    private final Runnable run;
    private final Executor executor;
    private boolean running;
    private boolean queued;

    /** @param run one run, on a thread of {@code executor}; what it throws is logged, and ends no later run */
    CoalescedRuns(Runnable run, Executor executor) {
        this.run = run;
        this.executor = executor;
    }

    /**
     * Starts a run, or queues one more if a run is going (once: a run already queued absorbs this request).
     *
     * @return true if a run started, false if one was queued
     */
    synchronized boolean request() {
        if (running) {
            queued = true;
            return false;
        }
        running = true;
        try {
            executor.execute(this::runWhileQueued);
        } catch (RejectedExecutionException e) {
            running = false;    // shutting down
        }
        return true;
    }

    /** {@return whether a run is going} */
    synchronized boolean running() {
        return running;
    }

    private void runWhileQueued() {
        boolean again = true;
        while (again) {
            try {
                run.run();
            } catch (RuntimeException e) {
                log.error("Triggered run failed to start", e);
            }
            synchronized (this) {
                again = queued;
                queued = false;
                running = again;
            }
        }
    }
}

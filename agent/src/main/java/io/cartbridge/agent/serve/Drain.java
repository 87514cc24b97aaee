package io.cartbridge.agent.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The agent's shutdown (SIGTERM, or the context closing): new runs are refused, and running steps stop at their
 * next chunk boundary, each from its own thread, so that they end STOPPED and restartable. Spring Batch 6.0's
 * {@code JobOperator.stop} from another thread races the step's own updates (spring-batch #5308, #5484); this
 * policy only marks the step execution the step itself is working on. The wait is bounded by
 * {@code cartbridge.shutdown.drain-timeout}.
 *
 * <p>It is the {@link StepInterruptionPolicy} of every step ({@code connections.Partitions}), and the first bean
 * the context stops.
 */
@Component
public class Drain implements StepInterruptionPolicy, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Drain.class);

    private final Duration timeout;
    private final List<Runnable> onDrain = new CopyOnWriteArrayList<>();
    private final CountDownLatch drained = new CountDownLatch(1);
    private final Object idle = new Object();
    private volatile boolean draining;
    private volatile boolean running;
    private int activeRuns;

    Drain(ServeProperties properties) {
        this.timeout = properties.shutdown().drainTimeout();
    }

    @Override
    public void checkInterrupted(StepExecution stepExecution) throws JobInterruptedException {
        if (draining || Thread.currentThread().isInterrupted()) {
            // ChunkOrientedStep ends a step whose policy interrupted it as COMPLETED unless it is marked terminate-only
            stepExecution.setTerminateOnly();
            throw new JobInterruptedException("The agent is shutting down: step " + stepExecution.getStepName()
                    + " stopped at a chunk boundary");
        }
    }

    /** {@return whether the agent is shutting down} */
    public boolean draining() {
        return draining;
    }

    /** Runs {@code action} when the drain begins (the scheduler stops firing). */
    public void onDrain(Runnable action) {
        onDrain.add(action);
    }

    /** Waits until the drain has ended: every run stopped, or the time limit passed. */
    public void awaitDrained() throws InterruptedException {
        drained.await();
    }

    /** A run begins; refused while draining. */
    void enter(String what) {
        synchronized (idle) {
            if (draining) {
                throw new RunRefusedException("the agent is shutting down: " + what + " not started", null);
            }
            activeRuns++;
        }
    }

    /** A run has ended. */
    void exit() {
        synchronized (idle) {
            activeRuns--;
            idle.notifyAll();
        }
    }

    /** Refuses new runs, stops running steps at their next chunk boundary and waits for them, at most the time limit. */
    public void drain() {
        synchronized (idle) {
            if (draining) {
                return;
            }
            draining = true;
        }
        onDrain.forEach(Runnable::run);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            if (activeRuns > 0) {
                log.info("Shutting down: waiting up to {} for {} running job(s) to stop at a chunk boundary", timeout, activeRuns);
            }
            try {
                while (activeRuns > 0 && deadline - System.nanoTime() > 0) {
                    TimeUnit.NANOSECONDS.timedWait(idle, deadline - System.nanoTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (activeRuns > 0) {
                log.warn("Shutting down with {} job(s) still running after {} (cartbridge.shutdown.drain-timeout): "
                        + "they stay STARTED and are recovered at the next start", activeRuns, timeout);
            }
        }
        drained.countDown();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        drain();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the scheduler, the database pool or anything a running step uses. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}

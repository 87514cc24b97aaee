package io.cartbridge.agent.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.function.ThrowingSupplier;

/**
 * Failures and pauses a test injects into an agent, from the outside: {@link FaultPoints} wraps the
 * agent's writer, transport, ledger and cart beans in proxies that throw {@link InjectedFailure} or
 * wait at named points, the way the Spring Batch samples wrap a reader in an exception-throwing
 * proxy. The agent's own code has no hook for it. A failure point fails once per agent context (a
 * restart in the same test passes it); a pause applies every time the point is passed.
 *
 * <p>The points, and the moment each one stands for:
 * <table>
 * <caption>Fault points</caption>
 * <tr><th>point</th><th>where</th></tr>
 * <tr><td>{@code extract.chunk-N}</td><td>order-extract, before its Nth chunk is filed (the step's writer)</td></tr>
 * <tr><td>{@code upload.before-put}</td><td>file-upload step, as a file is about to be put on the server</td></tr>
 * <tr><td>{@code upload.after-put}</td><td>file-upload step, the file on the server, the ledger not told yet</td></tr>
 * <tr><td>{@code notes.after-cart}</td><td>order-notes step, the file's cart notes written, the ledger not told yet</td></tr>
 * <tr><td>{@code eager.before-put}</td><td>the sender working during order-extract, as it is about to put a file</td></tr>
 * <tr><td>{@code eager.after-put}</td><td>that sender, the file on the server, not marked uploaded yet</td></tr>
 * <tr><td>{@code eager.after-mark}</td><td>that sender, the file marked uploaded, its cart notes not written yet</td></tr>
 * <tr><td>{@code eager.after-cart}</td><td>that sender, the cart notes written, the file not marked noted yet</td></tr>
 * <tr><td>{@code shipment.chunk-N}</td><td>shipment-apply, before its Nth chunk is applied (the step's writer)</td></tr>
 * <tr><td>{@code shipment.after-apply}</td><td>shipment-apply, the cart's transaction for the chunk committed, the
 * ledger's (with the checkpoint) not yet</td></tr>
 * <tr><td>{@code inventory.chunk-N}</td><td>inventory-apply, before its Nth chunk is applied (the step's writer)</td></tr>
 * </table>
 * Without its number, {@code extract.chunk}, {@code shipment.chunk} and {@code inventory.chunk} stand for
 * every chunk of the step: useful for a pause that slows a whole run down so that a test can kill it.
 *
 * <p>In the test's own JVM, start the agent with {@link TestAgent#start(Map, Faults)} or wrap any start
 * in {@link #around}; a separate agent process gets them with {@link TestAgent#spawn(List, Map, Faults,
 * java.nio.file.Path)}, which runs {@link AgentWithFaults}.
 */
public final class Faults {

    static final String FAIL_AT = "faults.fail-at";
    static final String PAUSE_AT = "faults.pause-at";
    static final String WITHOUT_JOB_LOCKS = "faults.without-job-locks";

    /** Thrown at an armed point. */
    public static final class InjectedFailure extends RuntimeException {
        InjectedFailure(String point) {
            super("Injected failure at " + point);
        }
    }

    private final Set<String> armed = ConcurrentHashMap.newKeySet();
    private final Set<String> deadlocks = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> pauses = new LinkedHashMap<>();
    private boolean withoutJobLocks;

    private Faults() {
    }

    public static Faults none() {
        return new Faults();
    }

    /** Fails once at each of these points. */
    public static Faults failAt(String... points) {
        Faults faults = new Faults();
        faults.armed.addAll(Arrays.asList(points));
        return faults;
    }

    /**
     * Also fails once at each of these points as MariaDB fails the loser of a deadlock (in-process contexts
     * only): the chunk's transaction rolls back and the run is to be restarted, not shown as failed.
     */
    public Faults deadlockAt(String... points) {
        deadlocks.addAll(Arrays.asList(points));
        return this;
    }

    /** Also waits this long every time the point is passed. */
    public Faults pauseAt(String point, Duration pause) {
        pauses.put(point, pause);
        return this;
    }

    /**
     * Also grants every job lock without taking it, so that two runs of one job and connection overlap: for the
     * tests of what keeps overlapping runs apart at the data level (claims, work locks), underneath the job locks.
     */
    public Faults withoutJobLocks() {
        withoutJobLocks = true;
        return this;
    }

    boolean jobLocksOff() {
        return withoutJobLocks;
    }

    public boolean isEmpty() {
        return armed.isEmpty() && pauses.isEmpty() && deadlocks.isEmpty() && !withoutJobLocks;
    }

    /**
     * Runs {@code action} (which starts agent contexts on this thread, e.g. {@code AgentContext.start}
     * or the CLI) with these faults in every context it starts.
     */
    public <T> T around(ThrowingSupplier<T> action) {
        if (isEmpty()) {
            return action.get();
        }
        return SpringApplication.withHook(application -> new SpringApplicationRunListener() {
            @Override
            public void contextPrepared(ConfigurableApplicationContext context) {
                context.getBeanFactory().addBeanPostProcessor(new FaultPoints(Faults.this));
            }
        }, action);
    }

    /** The point is passed: waits if a pause is set there, then fails if it is armed (once). */
    void pass(String point) {
        Duration pause = pauses.get(point);
        if (pause != null) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (armed.remove(point)) {
            throw new InjectedFailure(point);
        }
        if (deadlocks.remove(point)) {
            throw new org.springframework.dao.DeadlockLoserDataAccessException("Injected deadlock at " + point,
                    new java.sql.SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting "
                            + "transaction", "40001", 1213));
        }
    }

    /** The JVM arguments that give a separate agent process ({@link AgentWithFaults}) these faults. */
    List<String> jvmArguments() {
        List<String> args = new ArrayList<>();
        args.add("-D" + FAIL_AT + "=" + String.join(",", armed));
        List<String> paused = new ArrayList<>();
        pauses.forEach((point, pause) -> paused.add(point + "=" + pause.toMillis()));
        args.add("-D" + PAUSE_AT + "=" + String.join(",", paused));
        args.add("-D" + WITHOUT_JOB_LOCKS + "=" + withoutJobLocks);
        return args;
    }

    /** The faults {@link #jvmArguments()} passed to this process. */
    static Faults fromSystemProperties() {
        Faults faults = parse(System.getProperty(FAIL_AT, ""), System.getProperty(PAUSE_AT, ""));
        faults.withoutJobLocks = Boolean.getBoolean(WITHOUT_JOB_LOCKS);
        return faults;
    }

    /** @param failAt points, comma-separated; @param pauseAt {@code point=millis}, comma-separated */
    static Faults parse(String failAt, String pauseAt) {
        Faults faults = new Faults();
        for (String point : failAt.split(",")) {
            if (!point.isBlank()) {
                faults.armed.add(point.trim());
            }
        }
        for (String pause : pauseAt.split(",")) {
            if (!pause.isBlank()) {
                String[] parts = pause.split("=");
                faults.pauses.put(parts[0].trim(), Duration.ofMillis(Long.parseLong(parts[1].trim())));
            }
        }
        return faults;
    }
}

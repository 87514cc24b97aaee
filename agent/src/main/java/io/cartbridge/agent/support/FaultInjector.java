package io.cartbridge.agent.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Named points in the jobs where tests make the agent fail, to prove that a restart converges to
 * the state of a run without failure. Off unless {@code cartbridge.testing.fail-at} lists points
 * (each fails once per process) or {@code cartbridge.testing.chunk-delay} slows chunks down so that
 * a test can kill the process mid-run. Never set in production.
 */
@Component
public class FaultInjector {

    /** Thrown at an armed point. */
    public static class InjectedFailure extends RuntimeException {
        InjectedFailure(String point) {
            super("Injected failure at " + point);
        }
    }

    private final Set<String> armed = ConcurrentHashMap.newKeySet();
    private final Duration chunkDelay;

    public FaultInjector(@Value("${cartbridge.testing.fail-at:}") String failAt,
                         @Value("${cartbridge.testing.chunk-delay:0ms}") Duration chunkDelay) {
        Arrays.stream(failAt.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(armed::add);
        this.chunkDelay = chunkDelay;
    }

    /** Arms a point (tests in the same process). */
    public void arm(String point) {
        armed.add(point);
    }

    /** Throws {@link InjectedFailure} if the point is armed, disarming it. */
    public void check(String point) {
        if (armed.remove(point)) {
            throw new InjectedFailure(point);
        }
    }

    /** Slows a chunk down when asked to (kill tests). */
    public void chunkDelay() {
        if (!chunkDelay.isZero()) {
            try {
                Thread.sleep(chunkDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

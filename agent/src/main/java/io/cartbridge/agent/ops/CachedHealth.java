package io.cartbridge.agent.ops;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health check whose answer is reused for a while: a load balancer or monitor asking every few seconds should
 * not open a cart connection and an SFTP login each time. A check that takes longer than its time limit answers
 * DOWN (a pool waiting for a dead database would otherwise hold the health endpoint for its own, longer, timeout).
 */
final class CachedHealth implements HealthIndicator {

    private static final ExecutorService CHECKS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "health-check");
        thread.setDaemon(true);
        return thread;
    });

    private final Supplier<Health> check;
    private final long ttlNanos;
    private final Duration limit;
    private Health last;
    private long checkedAt;

    /**
     * @param ttl   how long an answer is reused
     * @param limit how long a check may take before it answers DOWN
     */
    CachedHealth(Duration ttl, Duration limit, Supplier<Health> check) {
        this.check = check;
        this.ttlNanos = ttl.toNanos();
        this.limit = limit;
    }

    @Override
    public synchronized Health health() {
        long now = System.nanoTime();
        if (last == null || now - checkedAt >= ttlNanos) {
            CompletableFuture<Health> running = CompletableFuture.supplyAsync(check, CHECKS);
            try {
                last = running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                last = Health.down().withDetail("error", SafeText.reason(e.getCause())).build();
            } catch (TimeoutException e) {
                running.cancel(true);
                last = Health.down().withDetail("error", "no answer within " + limit.toSeconds() + "s").build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Health.unknown().build();
            }
            checkedAt = now;
        }
        return last;
    }
}

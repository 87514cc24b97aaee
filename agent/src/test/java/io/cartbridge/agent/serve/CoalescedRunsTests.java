package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescedRunsTests {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void manyRequestsWhileARunGoesQueueExactlyOneMoreRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstGoing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CoalescedRuns coalesced = new CoalescedRuns(() -> {
            int n = runs.incrementAndGet();
            if (n == 1) {
                firstGoing.countDown();
                await(release);
            } else {
                secondDone.countDown();
            }
        }, executor);

        assertThat(coalesced.request()).isTrue();
        assertThat(firstGoing.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(coalesced.request()).as("queued, not started").isFalse();
        }
        release.countDown();
        assertThat(secondDone.await(10, TimeUnit.SECONDS)).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !coalesced.running());
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aRequestAfterTheRunsEndedStartsANewRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CoalescedRuns coalesced = new CoalescedRuns(runs::incrementAndGet, executor);
        assertThat(coalesced.request()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !coalesced.running());
        assertThat(coalesced.request()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2 && !coalesced.running());
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aRunThatThrowsDoesNotLoseTheQueuedRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch going = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CoalescedRuns coalesced = new CoalescedRuns(() -> {
            if (runs.incrementAndGet() == 1) {
                going.countDown();
                await(release);
                throw new IllegalStateException("cannot start");
            }
        }, executor);
        coalesced.request();
        assertThat(going.await(10, TimeUnit.SECONDS)).isTrue();
        coalesced.request();
        release.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2 && !coalesced.running());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

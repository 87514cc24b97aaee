package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The trigger's poll of one connection: a change starts a run, unless the job is paused; then it runs on resume. */
class PolledConnectionTests {

    private final AtomicReference<String> cart = new AtomicReference<>("v1");
    private final AtomicBoolean paused = new AtomicBoolean();
    private final List<String> runs = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PolledConnection polled = new PolledConnection("eu-shop", cart::get,
            new Drain(new ServeProperties(null, null, null, null, null)), Runnable::run, runs::add, paused::get,
            new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void aChangeStartsOneRunAndNoChangeNone() {
        polled.poll();
        assertThat(runs).as("the first poll only records").isEmpty();
        cart.set("v2");
        polled.poll();
        polled.poll();
        assertThat(runs).containsExactly("eu-shop");
    }

    @Test
    void aChangeWhilePausedStartsNoRunAndIsRunAtTheFirstPollAfterTheResume() {
        polled.poll();
        paused.set(true);
        cart.set("v2");
        polled.poll();
        cart.set("v3");
        polled.poll();
        polled.poll();
        assertThat(runs).isEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsOnlyOnce("order-export for eu-shop (trigger): paid "
                + "orders changed, but the job is paused; it runs when resumed");

        paused.set(false);
        polled.poll();
        assertThat(runs).as("owed, though the cart did not change since").containsExactly("eu-shop");
        polled.poll();
        assertThat(runs).hasSize(1);
    }
}

package io.cartbridge.agent.cart.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.support.LocalHttpsServer;
import org.junit.jupiter.api.Test;

/**
 * The request timeout covers the whole answer, its body included. Behind a TLS proxy that did not pass the shop's
 * close on (socat without {@code shut-close} in front of PHP's own server, whose answers end with the connection),
 * the headers came and the body never ended: Java's own request timeout stops at the headers, and the write-back
 * waited for good.
 */
class CartApiClientTimeoutTests {

    @Test
    void anAnswerWhoseBodyStallsIsATimeoutWorthAnotherAttempt() {
        CountDownLatch release = new CountDownLatch(1);
        try (LocalHttpsServer shop = new LocalHttpsServer(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);                  // chunked: the body ends when the server says so
            OutputStream body = exchange.getResponseBody();
            body.write("{\"id\": 1, ".getBytes(StandardCharsets.UTF_8));
            body.flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        })) {
            CartApiSettings settings = new CartApiSettings(1000.0, Duration.ofSeconds(5), Duration.ofMillis(800), 1,
                    Duration.ofMillis(1));
            CartApiClient client = new CartApiClient(URI.create(shop.url() + "/"), "Basic eDp5", settings, shop.clientTls(),
                    (status, bytes) -> new CartApiErrors.Reason("http_" + status, ""));
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.get("orders/1")).isInstanceOf(CartApiClient.Transient.class)
                    .hasMessage("no answer within 800 ms (GET orders/1)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            release.countDown();                                     // before the server stops
        } finally {
            release.countDown();
        }
    }
}

package io.cartbridge.agent.cart.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.support.LocalHttpsServer;
import org.junit.jupiter.api.Test;

class CartApiClientTests {

    @Test
    void anAnswerWhoseBodyNeverEndsIsARetriedTimeoutNotAHungRun() {
        CountDownLatch release = new CountDownLatch(1);
        try (LocalHttpsServer shop = new LocalHttpsServer(exchange -> {
            // the headers and a first byte go out at once, the rest never comes
            exchange.sendResponseHeaders(200, 100);
            OutputStream out = exchange.getResponseBody();
            out.write('<');
            out.flush();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        })) {
            CartApiClient client = new CartApiClient(URI.create(shop.url() + "/api/"), "Basic eDo=",
                    new CartApiSettings(1000.0, Duration.ofMillis(300), Duration.ofMillis(300), 2, Duration.ofMillis(1)),
                    shop.clientTls(), (status, body) -> new CartApiErrors.Reason("http_" + status, ""));
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.retrying("reading", () -> client.exchange("GET", "orders", "application/xml",
                    null, null))).isInstanceOf(CartApiUnavailable.class).hasMessageContaining("2 attempts")
                    .hasMessageContaining("no answer within 300 ms (GET orders)");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(client.requests()).isEqualTo(2);
            release.countDown();
        }
    }
}

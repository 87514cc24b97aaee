package io.cartbridge.agent.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import org.junit.jupiter.api.Test;

/** The line {@code check} prints for a store's web API, from what the platform's probe found or met. */
class CartCheckTests {

    @Test
    void theApiLineSaysWhatTheProbeFoundOrWhyItFailed() {
        assertThat(CartCheck.api("eu", () -> "https://shop.example.com: key accepted, orders readable").line())
                .isEqualTo("cart API: OK (https://shop.example.com: key accepted, orders readable)");
        assertThat(CartCheck.api("eu", () -> {
            throw new CartApiRefusal(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.", "GET wc/v3/orders");
        }).line()).isEqualTo("cart API: refused: 401 woocommerce_rest_authentication_error \"Consumer key is invalid.\" "
                + "(GET wc/v3/orders)");
        CheckResult down = CartCheck.api("eu", () -> {
            throw new CartApiUnavailable("listing an order: the shop did not answer in 4 attempts, the last: "
                    + "ConnectException: null (GET wc/v3/orders)", null);
        });
        assertThat(down.ok()).isFalse();
        assertThat(down.connection()).isEqualTo("eu");
        assertThat(down.line()).isEqualTo("cart API: listing an order: the shop did not answer in 4 attempts, the last: "
                + "ConnectException: null (GET wc/v3/orders)");
    }
}

package io.cartbridge.agent.cart.api;

import java.util.List;

import io.cartbridge.agent.cart.ShipmentSink.Refusal;

/**
 * The shop did not answer a call usefully within the configured attempts (timeouts, 5xx, broken connections):
 * the run fails and a later run (or a restart) tries again, looking before it writes.
 */
public final class CartApiUnavailable extends RuntimeException {

    public CartApiUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * For an API sink's plain {@code apply}, which has no way to report refusals one by one: fails when there were any.
     *
     * @param who the platform, for the message: "the shop", "Magento"
     */
    public static void unlessNoneRefused(String who, List<Refusal> refused) {
        if (!refused.isEmpty()) {
            throw new CartApiUnavailable(who + " refused " + refused.size() + " shipment(s), the first: "
                    + refused.get(0).reason(), null);
        }
    }
}

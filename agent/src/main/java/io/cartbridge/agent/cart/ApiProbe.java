package io.cartbridge.agent.cart;

/**
 * For {@code check}: one harmless read from a store's web API with the configured credentials, so that a wrong
 * address, a refused key or an unreachable shop shows before the first shipment needs the API.
 */
@FunctionalInterface
public interface ApiProbe {

    /**
     * Reads from the API.
     *
     * @return what was found, for the check's line: "https://shop.example.com: key accepted, orders readable"
     * @throws io.cartbridge.agent.cart.api.CartApiRefusal    when the platform refused the read (a wrong key: 401)
     * @throws io.cartbridge.agent.cart.api.CartApiUnavailable when it did not answer usefully
     */
    String probe();
}

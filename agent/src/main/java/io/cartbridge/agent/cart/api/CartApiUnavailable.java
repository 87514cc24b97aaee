package io.cartbridge.agent.cart.api;

/**
 * The shop did not answer a call usefully within the configured attempts (timeouts, 5xx, broken connections):
 * the run fails and a later run (or a restart) tries again, looking before it writes.
 */
public final class CartApiUnavailable extends RuntimeException {

    public CartApiUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

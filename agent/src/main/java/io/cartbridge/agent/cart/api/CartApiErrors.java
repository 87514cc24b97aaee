package io.cartbridge.agent.cart.api;

/**
 * How one platform words an error answer: reads the platform's code and message from a 4xx or 5xx body (JSON for
 * WooCommerce and Magento, XML for PrestaShop's webservice).
 */
@FunctionalInterface
public interface CartApiErrors {

    /**
     * The platform's reason.
     *
     * @param status the HTTP status
     * @param body   the answer's bytes, possibly empty or not the platform's format at all (a proxy's HTML page)
     * @return the code and message; {@code http_<status>} and "" when the body says nothing readable
     */
    Reason read(int status, byte[] body);

    /** A platform's error code and message. */
    record Reason(String code, String message) {
    }
}

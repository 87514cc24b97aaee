package io.cartbridge.agent.cart.api;

/**
 * The shop answered a call with a 4xx: the request is wrong for it (an unknown order, a key without write
 * permission, a value it rejects), so sending it again would get the same answer. The message is the platform's
 * own: {@code 404 woocommerce_rest_shop_order_invalid_id "Invalid ID." (GET wc/v3/orders/7)}; never a credential.
 */
public final class CartApiRefusal extends RuntimeException {

    private final int status;
    private final String code;

    public CartApiRefusal(int status, String code, String message, String call) {
        super(status + " " + code + " \"" + message + "\" (" + call + ")");
        this.status = status;
        this.code = code;
    }

    /** {@return the HTTP status, 400 to 499} */
    public int status() {
        return status;
    }

    /** {@return the platform's error code, e.g. WooCommerce's {@code woocommerce_rest_shop_order_invalid_id}} */
    public String code() {
        return code;
    }
}

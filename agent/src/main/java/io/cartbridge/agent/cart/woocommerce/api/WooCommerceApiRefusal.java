package io.cartbridge.agent.cart.woocommerce.api;

/**
 * The shop answered a call with a 4xx: the request is wrong for it (an unknown order, a key without write
 * permission, a value it rejects), so sending it again would get the same answer. The message is the platform's
 * own: {@code 404 woocommerce_rest_shop_order_invalid_id "Invalid ID." (GET wc/v3/orders/7)}; never the key.
 */
public final class WooCommerceApiRefusal extends RuntimeException {

    private final int status;
    private final String code;

    WooCommerceApiRefusal(int status, String code, String message, String call) {
        super(status + " " + code + " \"" + message + "\" (" + call + ")");
        this.status = status;
        this.code = code;
    }

    /** {@return the HTTP status, 400 to 499} */
    public int status() {
        return status;
    }

    /** {@return WooCommerce's error code, e.g. {@code woocommerce_rest_shop_order_invalid_id}} */
    public String code() {
        return code;
    }
}

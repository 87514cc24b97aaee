package io.cartbridge.agent.cart.woocommerce.api;

import io.cartbridge.agent.cart.api.CartApiClient;

/**
 * Whether the shop runs the WooCommerce Shipment Tracking extension, whose REST endpoints
 * ({@code wc-shipment-tracking/v3/orders/<id>/shipment-trackings}) then take the tracking numbers, so that the
 * extension's own code stores them and adds them to the completed e-mail. Asked once per plugin, from the REST
 * index ({@code GET /wp-json/}), whose {@code namespaces} list every installed API.
 */
public final class WooCommerceApiTracking {

    static final String NAMESPACE = "wc-shipment-tracking/v3";

    private final CartApiClient api;
    private volatile Boolean installed;

    public WooCommerceApiTracking(CartApiClient api) {
        this.api = api;
    }

    /** {@return whether the extension's REST API is there; the index is read on the first call only} */
    public boolean installed() {
        if (installed == null) {
            boolean found = false;
            for (var namespace : api.retrying("reading the REST index", () -> api.get("")).path("namespaces")) {
                found |= NAMESPACE.equals(namespace.asText());
            }
            installed = found;
        }
        return installed;
    }
}

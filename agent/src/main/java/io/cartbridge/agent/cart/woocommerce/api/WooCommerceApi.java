package io.cartbridge.agent.cart.woocommerce.api;

import javax.net.ssl.SSLContext;

import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.cart.api.CartApiClient;

/**
 * One store's write-back through the WooCommerce REST API ({@code write-back: api}): the client, with its rate
 * limit shared by the store's connections, and the sinks that use it. Made once per store by the plugin.
 */
public final class WooCommerceApi {

    private final CartApiClient client;
    private final String url;
    private final WooCommerceApiTracking tracking;
    private final String store;
    private final CartCalls calls;

    /**
     * @param tls   verifies the shop's certificate; {@link CartApiClient#jvmTrust()} in production
     * @param store the store's name, the ledger's key of its calls
     */
    public WooCommerceApi(WooCommerceApiProperties properties, SSLContext tls, String store, CartCalls calls) {
        this.client = properties.client(tls);
        this.url = properties.url();
        this.tracking = new WooCommerceApiTracking(client);
        this.store = store;
        this.calls = calls;
    }

    public ShipmentSink shipmentSink() {
        return new WooCommerceApiShipmentSink(client, tracking, store, calls);
    }

    /** The stock writes through {@code products/batch} and {@code products/<id>/variations/batch}. */
    public WooCommerceApiStock stock() {
        return new WooCommerceApiStock(client);
    }

    /**
     * For {@code check}: lists one order (the key is accepted and may read orders) and reads the REST index (is the
     * Shipment Tracking extension there). A key's write permission shows only on a write: WooCommerce tells it in
     * no read.
     */
    public String probe() {
        client.retrying("listing an order", () -> client.get("wc/v3/orders?per_page=1&_fields=id"));
        return url + ": key accepted, orders readable, Shipment Tracking extension "
                + (tracking.installed() ? "installed (tracking numbers through its API)" : "not installed (tracking in order meta)");
    }

    /** {@return the requests sent so far, for the benchmark} */
    public long requests() {
        return client.requests();
    }
}

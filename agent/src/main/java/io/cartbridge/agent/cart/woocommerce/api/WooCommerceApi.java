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
    private final WooCommerceApiTracking tracking;
    private final String store;
    private final CartCalls calls;

    /**
     * @param tls   verifies the shop's certificate; {@link CartApiClient#jvmTrust()} in production
     * @param store the store's name, the ledger's key of its calls
     */
    public WooCommerceApi(WooCommerceApiProperties properties, SSLContext tls, String store, CartCalls calls) {
        this.client = properties.client(tls);
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

    /** {@return the requests sent so far, for the benchmark} */
    public long requests() {
        return client.requests();
    }
}

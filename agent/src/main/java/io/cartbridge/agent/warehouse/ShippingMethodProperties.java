package io.cartbridge.agent.warehouse;

import java.util.Map;

/**
 * How the cart's shipping methods map to the warehouse's carriers and service levels, e.g.
 * {@code cartbridge.shipping-methods.flat_rate.carrier=UPSN} and
 * {@code cartbridge.shipping-methods.flat_rate.service=GND} (the shorthand's), or
 * {@code cartbridge.connections.<name>.shipping-methods.*} (a connection's; see
 * {@link io.cartbridge.agent.connections.Connections}).
 *
 * @param shippingMethods       cart shipping method id (WooCommerce {@code method_id}) to carrier and service
 * @param shippingMethodsStrict ({@code cartbridge.shipping-methods-strict}) hold orders whose shipping method has no mapping (default true); when
 *                              false they go out without carrier and the warehouse picks one
 */
public record ShippingMethodProperties(Map<String, Carrier> shippingMethods, Boolean shippingMethodsStrict) {

    /**
     * @param carrier the carrier's SCAC, e.g. {@code UPSN}, {@code FDEG}, {@code USPS}
     * @param service the service level code, e.g. {@code GND}, {@code 2D}
     */
    public record Carrier(String carrier, String service) {
    }

    public ShippingMethodProperties {
        shippingMethods = shippingMethods == null ? Map.of() : Map.copyOf(shippingMethods);
        shippingMethodsStrict = shippingMethodsStrict == null ? Boolean.TRUE : shippingMethodsStrict;
    }
}

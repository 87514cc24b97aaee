package io.cartbridge.agent.connections;

import java.util.List;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;

/**
 * A connection resolved: its store's settings, its partner's settings with the connection's envelope ids
 * on top, the countries it takes and its shipping methods. Secrets stay masked in {@link #toString()}
 * (the store's and partner's records mask theirs).
 *
 * @param name            the connection's name ({@code default} for the single-shop shorthand)
 * @param store           the store's name
 * @param cart            the store's settings
 * @param partner         the partner's effective settings; {@link WarehouseProperties#id()} is the partner's name
 * @param shipToCountries upper-case ISO 3166 alpha-2 codes; empty when it takes every other country
 * @param shippingMethods this pair's shipping methods
 */
public record Connection(String name, String store, CartProperties cart, WarehouseProperties partner,
                         List<String> shipToCountries, ShippingMethodProperties shippingMethods) {

    public Connection {
        shipToCountries = List.copyOf(shipToCountries);
    }

    /** Whether this is its store's fallback: the connection without a country list. */
    public boolean takesEveryCountry() {
        return shipToCountries.isEmpty();
    }
}

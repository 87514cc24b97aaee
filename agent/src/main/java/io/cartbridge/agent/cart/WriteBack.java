package io.cartbridge.agent.cart;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * How shipments and stock reach one store's cart: {@code cartbridge.stores.<store>.write-back}.
 *
 * <p>{@link #SQL} writes the platform's tables directly: fast, needs nothing but the database, but skips what the
 * shop does itself when an order ships (its e-mails to the buyer, other plugins' hooks, a persistent object cache).
 * {@link #API} goes through the platform's own API, as if the shop owner had shipped the order, so the buyer hears
 * of it; it needs the platform's API credentials. Reading orders stays on the database either way.
 */
public enum WriteBack {

    /** Direct table writes (the default, and the demo's). */
    SQL,
    /** The platform's own API: WooCommerce REST API v3, Magento 2's REST API, PrestaShop's webservice. */
    API;

    /**
     * The setting's value.
     *
     * @param property the property's full name, for the message
     */
    public static WriteBack parse(String value, String property) {
        if (value == null || value.isBlank()) {
            return SQL;
        }
        return switch (value.trim().toLowerCase()) {
            case "sql" -> SQL;
            case "api" -> API;
            default -> throw new ConfigurationException(property + " must be api or sql, not '" + value.trim() + "'");
        };
    }
}

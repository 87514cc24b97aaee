package io.cartbridge.agent.cart.woocommerce;

import java.math.BigDecimal;

import io.cartbridge.agent.cart.woocommerce.WooCommerceStockWrites.Item;

/**
 * Where the stock of one inventory call goes once {@link WooCommerceInventorySink} has read the items: the tables
 * ({@link WooCommerceStockWrites}) or the REST API ({@link WooCommerceApiStockWrites}).
 */
interface WooCommerceStockWriter {

    /** Adds the writes the item needs to reach the quantity; false when it is there already. */
    boolean add(Item item, BigDecimal quantity);

    /** {@return the items written} */
    int changed();

    /** Sends the collected writes. */
    void flush();
}

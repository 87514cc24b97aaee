package io.cartbridge.agent.connections;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;

/**
 * What one connection's steps work with: its settings, its store's database and its partner's item ids. Holds no
 * run state: readers, writers, SFTP sessions and counters belong to each step execution.
 *
 * @param connection the connection's settings
 * @param cart       its store's database (shared with the store's other connections: a pool of connections)
 * @param items      how its partner names items
 */
public record ConnectionContext(Connection connection, CartDatabase cart, ItemIdentity items) {

    public String name() {
        return connection.name();
    }

    public String store() {
        return connection.store();
    }

    /** {@return the partner's effective settings, with this connection's envelope ids} */
    public WarehouseProperties partner() {
        return connection.partner();
    }

    public String partnerId() {
        return connection.partner().id();
    }

    public ShippingMethodProperties shipping() {
        return connection.shippingMethods();
    }
}

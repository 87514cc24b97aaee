package io.cartbridge.agent.connections;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cartbridge.agent.cart.CartDatabases;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.warehouse.ItemIdentity;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Each connection's {@link ConnectionContext}, made at first use; item ids loaded once per partner. When the agent
 * starts with settings that hold, every partner's item ids are loaded then, so that a broken SKU cross-reference
 * stops the agent at start-up, naming the property and line, rather than a run later.
 */
@Component
public class ConnectionContexts implements SmartInitializingSingleton {

    private final Connections connections;
    private final CartDatabases carts;
    private final Map<String, ItemIdentity> itemsOfPartner = new ConcurrentHashMap<>();

    ConnectionContexts(Connections connections, CartDatabases carts) {
        this.connections = connections;
        this.carts = carts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Connection> all;
        try {
            all = connections.all();
        } catch (ConfigurationException e) {
            return;             // commands that need no connection run; those that do say what is wrong
        }
        all.forEach(c -> of(c.name()));
    }

    /** {@return the context of the connection of that name} */
    public ConnectionContext of(String name) {
        Connection connection = connections.get(name);
        ItemIdentity items = itemsOfPartner.computeIfAbsent(connection.partner().id(), p -> ItemIdentity.of(connection.partner()));
        return new ConnectionContext(connection, carts.of(connection.store(), connection.cart()), items);
    }

    /** {@return the contexts of the partner's connections, in declared order} */
    public List<ConnectionContext> ofPartner(String partner) {
        return connections.all().stream().filter(c -> c.partner().id().equals(partner)).map(c -> of(c.name())).toList();
    }

    public Connections connections() {
        return connections;
    }
}

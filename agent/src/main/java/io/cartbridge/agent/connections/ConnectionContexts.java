package io.cartbridge.agent.connections;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cartbridge.agent.cart.CartDatabases;
import io.cartbridge.agent.warehouse.ItemIdentity;
import org.springframework.stereotype.Component;

/** Each connection's {@link ConnectionContext}, made at first use; item ids loaded once per partner. */
@Component
public class ConnectionContexts {

    private final Connections connections;
    private final CartDatabases carts;
    private final Map<String, ItemIdentity> itemsOfPartner = new ConcurrentHashMap<>();

    ConnectionContexts(Connections connections, CartDatabases carts) {
        this.connections = connections;
        this.carts = carts;
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

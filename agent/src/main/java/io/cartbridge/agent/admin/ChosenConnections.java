package io.cartbridge.agent.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;

/**
 * The connections an admin command covers: the one named by {@code --connection}, else every one configured.
 *
 * @param chosen  the connections the command covers, in declared order
 * @param several whether the agent has more than one connection: output then says whose each part is
 */
record ChosenConnections(List<Connection> chosen, boolean several) {

    static final String NONE_CONFIGURED = "no connection configured: set cartbridge.stores.<store>.*, "
            + "cartbridge.partners.<partner>.* and cartbridge.connections.<name>.store and .partner "
            + "(or, for one shop, cartbridge.cart.* and cartbridge.warehouse.*)";

    /**
     * @param name the connection named by {@code --connection}, or null for all
     * @throws ConfigurationException when none is configured, or none has that name (naming those there are)
     */
    static ChosenConnections of(Connections connections, String name) {
        List<Connection> all = configured(connections);
        return new ChosenConnections(name == null ? all : List.of(connections.get(name)), all.size() > 1);
    }

    /** Every connection, checked; at least one. */
    static List<Connection> configured(Connections connections) {
        List<Connection> all = connections.all();
        if (all.isEmpty()) {
            throw new ConfigurationException(NONE_CONFIGURED);
        }
        return all;
    }

    /**
     * The chosen connections by the ledger rows they share: the ledger keeps an order or a file per store and
     * partner, so two connections of one store to one partner (split by ship-to country) see the same rows.
     */
    List<LedgerGroup> ledgerGroups() {
        Map<List<String>, LedgerGroup> groups = new LinkedHashMap<>();
        for (Connection c : chosen) {
            groups.computeIfAbsent(List.of(c.store(), c.partner().id()),
                    k -> new LedgerGroup(c.store(), c.partner().id(), new ArrayList<>())).connections().add(c.name());
        }
        return List.copyOf(groups.values());
    }

    /** Connections whose ledger rows are the same: one store's, at one partner. */
    record LedgerGroup(String store, String partner, List<String> connections) {

        /** {@code connection eu-shop (store eu, partner acme)} */
        String heading() {
            return (connections.size() == 1 ? "connection " : "connections ") + String.join(", ", connections)
                    + " (store " + store + ", partner " + partner + ")";
        }
    }
}

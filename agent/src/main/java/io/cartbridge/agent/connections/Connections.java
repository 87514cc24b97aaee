package io.cartbridge.agent.connections;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The stores, partners and connections the agent serves, checked and resolved, and the routing of an
 * order to its connection.
 *
 * <p>Configured either as maps ({@code cartbridge.stores.<store>.*}, {@code cartbridge.partners.<partner>.*},
 * {@code cartbridge.connections.<name>.*}), or with today's single-shop settings ({@code cartbridge.cart.*},
 * {@code cartbridge.warehouse.*}, {@code cartbridge.shipping-methods.*}), the shorthand for one store
 * {@value #DEFAULT}, one partner named by {@code cartbridge.warehouse.id} and one connection {@value #DEFAULT};
 * giving both is an error. Binding only fails on a value of the wrong type: every other check waits until
 * something needs a connection, so commands that need none (such as {@code executions}) run without settings.
 * Every error names the property path.
 *
 * <p>A store's connections never share a ship-to country (an error names the property), so routing does not depend on
 * the order the settings come in (command-line and environment settings do not keep it).
 */
public final class Connections {

    /** The name of the store and connection the single-shop shorthand makes. */
    public static final String DEFAULT = "default";

    private final ConnectionSettings settings;
    private List<Connection> resolved;

    private Connections(ConnectionSettings settings) {
        this.settings = settings;
    }

    /** Binds the settings; fails only on a value that does not convert (Spring's error names the property). */
    public static Connections bind(Binder binder) {
        return new Connections(ConnectionSettings.bind(binder));
    }

    /**
     * Every connection, in declared order, checked and resolved; none when nothing is configured.
     *
     * @throws ConfigurationException naming the property of the first problem
     */
    public synchronized List<Connection> all() {
        if (resolved == null) {
            resolved = List.copyOf(settings.resolve());
        }
        return resolved;
    }

    /** The connection of that name. */
    public Connection get(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigurationException("no connection '" + name + "'; connections: "
                        + String.join(", ", all().stream().map(Connection::name).toList())));
    }

    /**
     * The connection that takes an order of {@code store} shipped to {@code countryCode}: the store's connection whose
     * ship-to countries contain it, else the store's one without a country list; empty when
     * none takes it (the order is then held: no warehouse ships there).
     */
    public Optional<Connection> route(String store, String countryCode) {
        String country = countryCode == null ? "" : countryCode.trim().toUpperCase(Locale.ROOT);
        List<Connection> ofStore = all().stream().filter(c -> c.store().equals(store)).toList();
        return ofStore.stream().filter(c -> c.shipToCountries().contains(country)).findFirst()
                .or(() -> ofStore.stream().filter(Connection::takesEveryCountry).findFirst());
    }

    /**
     * Checks that the jobs can start: the settings are not given twice, there is at least one connection, and every
     * connection's settings hold (each error names its property).
     */
    public void requireJobsCanRun() {
        settings.requireNotBoth();
        if (settings.shorthandGiven() == null && settings.mapsGiven() == null) {
            // nothing set: say what the single-shop settings need, as before there were maps
            settings.cart().validate();
            settings.warehouse().validate();
        }
        if (all().isEmpty()) {
            throw new ConfigurationException(ConnectionSettings.CONNECTIONS + " must name at least one connection (store and partner)");
        }
    }

    /** {@return the store's connection first by name: it holds the orders no connection of the store takes} */
    public Connection firstOfStore(String store) {
        return all().stream().filter(c -> c.store().equals(store)).min(java.util.Comparator.comparing(Connection::name))
                .orElseThrow(() -> new ConfigurationException("no connection of store '" + store + "'"));
    }

    /** {@return the names of the partners of the connections, in declared order, each once} */
    public List<String> partners() {
        return all().stream().map(c -> c.partner().id()).distinct().toList();
    }
}

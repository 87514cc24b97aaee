package io.cartbridge.agent.connections;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;
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
 * <p>Connections keep their declared order: routing takes the first that matches.
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
     * The connection that takes an order of {@code store} shipped to {@code countryCode}: the first of the store's
     * connections whose ship-to countries contain it, else the store's one without a country list; empty when
     * none takes it (the order is then held: no warehouse ships there).
     */
    public Optional<Connection> route(String store, String countryCode) {
        String country = countryCode == null ? "" : countryCode.trim().toUpperCase(Locale.ROOT);
        List<Connection> ofStore = all().stream().filter(c -> c.store().equals(store)).toList();
        return ofStore.stream().filter(c -> c.shipToCountries().contains(country)).findFirst()
                .or(() -> ofStore.stream().filter(Connection::takesEveryCountry).findFirst());
    }

    /**
     * Checks that the jobs, which run one connection today, can start: the settings are not given twice, and the
     * maps (checked whole) hold exactly one connection. The shorthand is checked by the jobs themselves, as before.
     */
    public void requireJobsCanRun() {
        settings.requireNotBoth();
        if (settings.mapsGiven() == null) {
            return;
        }
        List<Connection> all = all();
        if (all.isEmpty()) {
            throw new ConfigurationException(ConnectionSettings.CONNECTIONS + " must name at least one connection (store and partner)");
        }
        if (all.size() > 1) {
            throw new ConfigurationException("running several connections needs partitioned jobs: not yet (connections: "
                    + String.join(", ", all.stream().map(Connection::name).toList()) + "); configure one connection per agent");
        }
    }

    /** The store the jobs read today: the shorthand's, or that of the one connection of the maps. */
    public CartProperties jobCart() {
        return onlyConnection().map(c -> settings.stores().getOrDefault(c.store(), ConnectionSettings.NO_STORE))
                .orElse(settings.mapsGiven() == null ? settings.cart() : ConnectionSettings.NO_STORE);
    }

    /** The partner the jobs send to today: the shorthand's, or the effective one of the one connection of the maps. */
    public WarehouseProperties jobWarehouse() {
        return onlyConnection().map(settings::effectivePartner)
                .orElse(settings.mapsGiven() == null ? settings.warehouse() : ConnectionSettings.NO_PARTNER);
    }

    /** The shipping methods the jobs use today: the shorthand's, or those of the one connection of the maps. */
    public ShippingMethodProperties jobShippingMethods() {
        return new ShippingMethodProperties(onlyConnection().map(ConnectionProperties::shippingMethods)
                .orElse(settings.mapsGiven() == null ? settings.shippingMethods() : Map.of()), settings.shippingMethodsStrict());
    }

    private Optional<ConnectionProperties> onlyConnection() {
        return settings.shorthandGiven() == null && settings.connections().size() == 1
                ? Optional.of(settings.connections().values().iterator().next()) : Optional.empty();
    }
}

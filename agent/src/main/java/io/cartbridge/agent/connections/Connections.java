package io.cartbridge.agent.connections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
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

    static final String STORES = "cartbridge.stores";
    static final String PARTNERS = "cartbridge.partners";
    static final String CONNECTIONS = "cartbridge.connections";
    static final String SHIPPING_METHODS = "cartbridge.shipping-methods";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final CartProperties NO_STORE = new CartProperties(null, null, null, null, null, null);
    private static final WarehouseProperties NO_PARTNER =
            new WarehouseProperties(null, null, null, null, null, null, null, null, null);

    private final Map<String, CartProperties> stores;
    private final Map<String, WarehouseProperties> partners;
    private final Map<String, ConnectionProperties> connections;
    private final CartProperties cart;
    private final WarehouseProperties warehouse;
    private final Map<String, ShippingMethodProperties.Carrier> shippingMethods;
    private final boolean shippingMethodsStrict;
    private final String shorthandGiven;
    private final String mapsGiven;
    private List<Connection> resolved;

    private Connections(Map<String, CartProperties> stores, Map<String, WarehouseProperties> partners,
                        Map<String, ConnectionProperties> connections, BindResult<CartProperties> cart,
                        BindResult<WarehouseProperties> warehouse, Map<String, ShippingMethodProperties.Carrier> methods,
                        boolean strict) {
        this.stores = stores;
        this.partners = partners;
        this.connections = connections;
        this.cart = cart.orElse(NO_STORE);
        this.warehouse = warehouse.orElse(NO_PARTNER);
        this.shippingMethods = methods;
        this.shippingMethodsStrict = strict;
        this.shorthandGiven = cart.isBound() ? CartProperties.SHORTHAND : warehouse.isBound() ? WarehouseProperties.SHORTHAND
                : methods.isEmpty() ? null : SHIPPING_METHODS;
        this.mapsGiven = !stores.isEmpty() ? STORES : !partners.isEmpty() ? PARTNERS : connections.isEmpty() ? null : CONNECTIONS;
    }

    /** Binds the settings; fails only on a value that does not convert (Spring's error names the property). */
    public static Connections bind(Binder binder) {
        return new Connections(
                binder.bind(STORES, Bindable.mapOf(String.class, CartProperties.class)).orElseGet(LinkedHashMap::new),
                binder.bind(PARTNERS, Bindable.mapOf(String.class, WarehouseProperties.class)).orElseGet(LinkedHashMap::new),
                binder.bind(CONNECTIONS, Bindable.mapOf(String.class, ConnectionProperties.class)).orElseGet(LinkedHashMap::new),
                binder.bind(CartProperties.SHORTHAND, CartProperties.class),
                binder.bind(WarehouseProperties.SHORTHAND, WarehouseProperties.class),
                binder.bind(SHIPPING_METHODS, Bindable.mapOf(String.class, ShippingMethodProperties.Carrier.class))
                        .orElseGet(LinkedHashMap::new),
                binder.bind("cartbridge.shipping-methods-strict", Boolean.class).orElse(Boolean.TRUE));
    }

    /**
     * Every connection, in declared order, checked and resolved; none when nothing is configured.
     *
     * @throws ConfigurationException naming the property of the first problem
     */
    public synchronized List<Connection> all() {
        if (resolved == null) {
            resolved = List.copyOf(resolve());
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
        requireNotBoth();
        if (mapsGiven == null) {
            return;
        }
        List<Connection> all = all();
        if (all.isEmpty()) {
            throw new ConfigurationException(CONNECTIONS + " must name at least one connection (store and partner)");
        }
        if (all.size() > 1) {
            throw new ConfigurationException("running several connections needs partitioned jobs: not yet (connections: "
                    + String.join(", ", all.stream().map(Connection::name).toList()) + "); configure one connection per agent");
        }
    }

    /** The store the jobs read today: the shorthand's, or that of the one connection of the maps. */
    public CartProperties jobCart() {
        return onlyConnection().map(c -> stores.getOrDefault(c.store(), NO_STORE)).orElse(mapsGiven == null ? cart : NO_STORE);
    }

    /** The partner the jobs send to today: the shorthand's, or the effective one of the one connection of the maps. */
    public WarehouseProperties jobWarehouse() {
        return onlyConnection().map(c -> effectivePartner(c.partner(), c)).orElse(mapsGiven == null ? warehouse : NO_PARTNER);
    }

    /** The shipping methods the jobs use today: the shorthand's, or those of the one connection of the maps. */
    public ShippingMethodProperties jobShippingMethods() {
        return new ShippingMethodProperties(onlyConnection().map(ConnectionProperties::shippingMethods)
                .orElse(mapsGiven == null ? shippingMethods : Map.of()), shippingMethodsStrict);
    }

    private Optional<ConnectionProperties> onlyConnection() {
        return shorthandGiven == null && connections.size() == 1
                ? Optional.of(connections.values().iterator().next()) : Optional.empty();
    }

    private void requireNotBoth() {
        if (shorthandGiven != null && mapsGiven != null) {
            throw new ConfigurationException(shorthandGiven + ".* and " + mapsGiven + ".* are both set: the single-shop "
                    + "settings are shorthand for one connection '" + DEFAULT + "'; give one or the other");
        }
    }

    private List<Connection> resolve() {
        requireNotBoth();
        if (shorthandGiven != null) {
            cart.validate();
            warehouse.validate();
            return List.of(new Connection(DEFAULT, DEFAULT, cart, warehouse, List.of(),
                    new ShippingMethodProperties(shippingMethods, shippingMethodsStrict)));
        }
        List<Connection> all = new ArrayList<>();
        Map<String, String> fallbackOfStore = new HashMap<>();
        connections.forEach((name, c) -> {
            String at = CONNECTIONS + "." + name;
            requireName(at, "connection", name);
            CartProperties store = referenced(at + ".store", "store", c.store(), stores);
            WarehouseProperties partner = referenced(at + ".partner", "partner", c.partner(), partners);
            List<String> countries = countries(at + ".ship-to-countries", c.shipToCountries());
            if (countries.isEmpty()) {
                String other = fallbackOfStore.putIfAbsent(c.store(), name);
                if (other != null) {
                    throw new ConfigurationException(at + ".ship-to-countries must be set: connections '" + other + "' and '"
                            + name + "' would both take every country of store '" + c.store() + "'");
                }
            }
            if (c.x12().senderId() != null) {
                WarehouseProperties.requireX12Id(at + ".x12.sender-id", c.x12().senderId());
            }
            if (c.x12().senderQualifier() != null) {
                WarehouseProperties.requireQualifier(at + ".x12.sender-qualifier", c.x12().senderQualifier());
            }
            requireName(STORES + "." + c.store(), "store", c.store());
            store.validate(STORES + "." + c.store());
            requireName(PARTNERS + "." + c.partner(), "partner", c.partner());
            WarehouseProperties effective = effectivePartner(c.partner(), c);
            effective.validate(PARTNERS + "." + c.partner());
            all.add(new Connection(name, c.store(), store, effective, countries,
                    new ShippingMethodProperties(c.shippingMethods(), shippingMethodsStrict)));
        });
        return all;
    }

    private WarehouseProperties effectivePartner(String name, ConnectionProperties c) {
        WarehouseProperties partner = partners.get(name);
        if (partner == null) {
            return NO_PARTNER;
        }
        WarehouseProperties.X12 x = partner.x12();
        return partner.withId(name).withX12(new WarehouseProperties.X12(x.version(),
                c.x12().senderQualifier() == null ? x.senderQualifier() : c.x12().senderQualifier(),
                c.x12().senderId() == null ? x.senderId() : c.x12().senderId(),
                x.receiverQualifier(), x.receiverId(), x.usageIndicator(), x.elementSeparator(), x.segmentTerminator()));
    }

    private static <T> T referenced(String property, String kind, String name, Map<String, T> defined) {
        ConfigurationException.require(property, name);
        T value = defined.get(name);
        if (value == null) {
            throw new ConfigurationException(property + ": no " + kind + " '" + name + "'"
                    + (defined.isEmpty() ? "" : " (" + kind + "s: " + String.join(", ", defined.keySet()) + ")"));
        }
        return value;
    }

    private static void requireName(String property, String kind, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new ConfigurationException(property + ": a " + kind + " name must be 1-64 letters, digits, '-' or '_', not '"
                    + name + "'");
        }
    }

    private static List<String> countries(String property, List<String> codes) {
        List<String> countries = new ArrayList<>();
        for (String code : codes) {
            String country = code.trim().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw new ConfigurationException(property + ": '" + code + "' is not an ISO 3166 alpha-2 country code");
            }
            countries.add(country);
        }
        return countries;
    }
}

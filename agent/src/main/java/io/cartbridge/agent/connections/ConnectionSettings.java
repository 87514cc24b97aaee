package io.cartbridge.agent.connections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The settings as bound, before any check: the maps, the single-shop shorthand, and which of the two were
 * given. {@link #resolve()} checks them and makes the connections, naming the property of each problem.
 */
record ConnectionSettings(Map<String, CartProperties> stores, Map<String, WarehouseProperties> partners,
                          Map<String, ConnectionProperties> connections, CartProperties cart, WarehouseProperties warehouse,
                          Map<String, ShippingMethodProperties.Carrier> shippingMethods, boolean shippingMethodsStrict,
                          String shorthandGiven, String mapsGiven) {

    static final String STORES = "cartbridge.stores";
    static final String PARTNERS = "cartbridge.partners";
    static final String CONNECTIONS = "cartbridge.connections";
    static final String SHIPPING_METHODS = "cartbridge.shipping-methods";
    static final CartProperties NO_STORE = new CartProperties(null, null, null, null, null);
    static final WarehouseProperties NO_PARTNER = new WarehouseProperties(null, null, null, null, null, null, null, null, null, null, null);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Binds the settings; fails only on a value that does not convert (Spring's error names the property). */
    static ConnectionSettings bind(Binder binder) {
        Map<String, CartProperties> stores =
                binder.bind(STORES, Bindable.mapOf(String.class, CartProperties.class)).orElseGet(LinkedHashMap::new);
        stores.replaceAll((name, store) -> store.bindPlatform(binder, STORES + "." + name));
        Map<String, WarehouseProperties> partners =
                binder.bind(PARTNERS, Bindable.mapOf(String.class, WarehouseProperties.class)).orElseGet(LinkedHashMap::new);
        Map<String, ConnectionProperties> connections =
                binder.bind(CONNECTIONS, Bindable.mapOf(String.class, ConnectionProperties.class)).orElseGet(LinkedHashMap::new);
        BindResult<CartProperties> cart = binder.bind(CartProperties.SHORTHAND, CartProperties.class);
        BindResult<WarehouseProperties> warehouse = binder.bind(WarehouseProperties.SHORTHAND, WarehouseProperties.class);
        Map<String, ShippingMethodProperties.Carrier> methods = binder.bind(SHIPPING_METHODS,
                Bindable.mapOf(String.class, ShippingMethodProperties.Carrier.class)).orElseGet(LinkedHashMap::new);
        boolean strict = binder.bind("cartbridge.shipping-methods-strict", Boolean.class).orElse(Boolean.TRUE);
        String shorthandGiven = cart.isBound() ? CartProperties.SHORTHAND : warehouse.isBound() ? WarehouseProperties.SHORTHAND
                : methods.isEmpty() ? null : SHIPPING_METHODS;
        String mapsGiven = !stores.isEmpty() ? STORES : !partners.isEmpty() ? PARTNERS : connections.isEmpty() ? null : CONNECTIONS;
        return new ConnectionSettings(stores, partners, connections,
                cart.orElse(NO_STORE).bindPlatform(binder, CartProperties.SHORTHAND), warehouse.orElse(NO_PARTNER),
                methods, strict, shorthandGiven, mapsGiven);
    }

    void requireNotBoth() {
        if (shorthandGiven != null && mapsGiven != null) {
            throw new ConfigurationException(shorthandGiven + ".* and " + mapsGiven + ".* are both set: the single-shop "
                    + "settings are shorthand for one connection '" + Connections.DEFAULT + "'; give one or the other");
        }
    }

    /** Every connection, checked, in declared order; the shorthand's one, or none when nothing is set. */
    List<Connection> resolve() {
        requireNotBoth();
        if (shorthandGiven != null) {
            cart.validate();
            warehouse.validate();
            return List.of(new Connection(Connections.DEFAULT, Connections.DEFAULT, cart, warehouse, List.of(),
                    new ShippingMethodProperties(shippingMethods, shippingMethodsStrict)));
        }
        List<Connection> all = new ArrayList<>();
        Map<String, String> fallbackOfStore = new HashMap<>();
        Map<String, String> connectionOfStoreCountry = new HashMap<>();
        connections.forEach((name, c) -> {
            String at = CONNECTIONS + "." + name;
            requireName(at, "connection", name);
            CartProperties store = referenced(at + ".store", "store", c.store(), stores);
            referenced(at + ".partner", "partner", c.partner(), partners);
            List<String> countries = countries(at + ".ship-to-countries", c.shipToCountries());
            for (String country : countries) {
                // command-line and environment settings do not keep their order: routing must not depend on it
                String other = connectionOfStoreCountry.putIfAbsent(c.store() + ":" + country, name);
                if (other != null && !other.equals(name)) {
                    throw new ConfigurationException(at + ".ship-to-countries: " + country + " is also in connection '" + other
                            + "' of store '" + c.store() + "'; an order to " + country + " must go to one warehouse");
                }
            }
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
            WarehouseProperties partner = effectivePartner(c);
            partner.validate(PARTNERS + "." + c.partner());
            all.add(new Connection(name, c.store(), store, partner, countries,
                    new ShippingMethodProperties(c.shippingMethods(), shippingMethodsStrict)));
        });
        return all;
    }

    /** The connection's partner named by its key, with the connection's own sender ids over the partner's. */
    WarehouseProperties effectivePartner(ConnectionProperties c) {
        WarehouseProperties partner = partners.get(c.partner());
        if (partner == null) {
            return NO_PARTNER;
        }
        WarehouseProperties.X12 x = partner.x12();
        WarehouseProperties.Edifact e = partner.edifact();
        return partner.withId(c.partner()).withX12(new WarehouseProperties.X12(x.version(),
                c.x12().senderQualifier() == null ? x.senderQualifier() : c.x12().senderQualifier(),
                c.x12().senderId() == null ? x.senderId() : c.x12().senderId(),
                x.receiverQualifier(), x.receiverId(), x.usageIndicator(), x.elementSeparator(), x.segmentTerminator()))
                .withEdifact(new WarehouseProperties.Edifact(
                        c.edifact().senderId() == null ? e.senderId() : c.edifact().senderId(),
                        c.edifact().senderQualifier() == null ? e.senderQualifier() : c.edifact().senderQualifier(),
                        e.recipientId(), e.recipientQualifier(), e.syntaxIdentifier(), e.syntaxVersion(), e.directory(),
                        e.associationCode(), e.testIndicator()))
                .withXml(partner.xml().withSenderId(c.xml().senderId() == null ? partner.xml().senderId() : c.xml().senderId()));
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

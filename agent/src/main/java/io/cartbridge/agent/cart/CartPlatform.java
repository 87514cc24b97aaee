package io.cartbridge.agent.cart;

import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * One cart platform, registered by name: {@code woocommerce}, later {@code magento2}, {@code prestashop},
 * {@code sql}. A platform package provides one implementation and lists it in
 * {@code META-INF/services/io.cartbridge.agent.cart.CartPlatform}; the core finds it there
 * ({@link CartPlatforms}) and never names or constructs a platform's classes.
 *
 * <p>A store chooses its platform with {@code cartbridge.stores.<store>.platform} (or, for one shop,
 * {@code cartbridge.cart.platform}); the platform's own settings are under the store's key followed by the
 * platform's name: {@code cartbridge.stores.<store>.<name>.*}, e.g. {@code cartbridge.stores.shop.woocommerce.storage}.
 * The settings common to every platform (URL, user, password, table prefix) stay with the store.
 */
public interface CartPlatform {

    /** {@return the platform's name: the value of {@code platform} and the key of its settings; lower case} */
    String name();

    /** {@return the table prefix of a standard install, used when the store sets none: {@code wp_}, {@code ps_}, ""} */
    default String defaultTablePrefix() {
        return "";
    }

    /**
     * {@return the JDBC URL prefixes of the databases the platform's statements run on} MariaDB (and MySQL) unless the
     * platform says otherwise; {@link CartProperties#validate()} refuses a store URL of any other kind, naming them.
     */
    default List<String> jdbcUrlPrefixes() {
        return List.of("jdbc:mariadb:", "jdbc:mysql:");
    }

    /**
     * Binds this platform's settings of one store from {@code <prefix>.*}, where {@code prefix} is the store's key
     * followed by {@link #name()} ({@code cartbridge.stores.shop.woocommerce}); an absent section gives the defaults.
     * Fails only on a value that does not convert (Spring's error names the property): the checks wait for
     * {@link PlatformSettings#validate(String)}.
     */
    PlatformSettings bind(Binder binder, String prefix);

    /**
     * The tables, without prefix, that together say a database holds this platform's store (the first one names
     * the prefix: every table ending with it is tried): {@code check} names the platform and prefix it recognises
     * when a store's settings point at another platform's tables. Empty for a platform without fixed tables.
     */
    default java.util.List<String> signatureTables() {
        return java.util.List.of();
    }

    /**
     * The plugin for one store, whose settings have been validated. Called once per store, on first use; the
     * plugin is shared by the store's connections and used from several threads (each call of its methods
     * makes its own readers and sinks).
     */
    CartPlugin open(CartStore store);
}

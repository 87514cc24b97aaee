package io.cartbridge.agent.cart;

import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where the shop's database is and which cart platform it holds: one store, bound from
 * {@code cartbridge.stores.<store>.*}, or from {@code cartbridge.cart.*}, the shorthand for one store
 * {@code default} (see {@link io.cartbridge.agent.connections.Connections}). The platform's own settings are
 * bound by the platform ({@link CartPlatform#bind}) from {@code <store's key>.<platform>.*}, e.g.
 * {@code cartbridge.stores.shop.woocommerce.storage}.
 *
 * @param platform    cart platform, a name {@link CartPlatforms} knows: {@code woocommerce} (the default)
 * @param url         JDBC URL of the cart's database, e.g. {@code jdbc:mariadb://db:3306/wordpress}; MariaDB, or for a
 *                    platform that runs on it ({@code sql}) PostgreSQL
 * @param username    database user of the cart
 * @param password    database password of the cart (secret: never logged)
 * @param tablePrefix table prefix of the install (the platform's standard one when not set: {@code wp_} for
 *                    WooCommerce); letters, digits and underscores only
 * @param settings    the platform's own settings, as it bound them; not bound from a property of this name
 * @param writeBack   {@code api} or {@code sql} (the default): how shipments and stock reach the cart, see
 *                    {@link WriteBack}; bound from {@code <store's key>.write-back} with the platform's settings
 * @param boundAt     where these settings were bound ({@code cartbridge.stores.<store>} or {@code cartbridge.cart}),
 *                    for messages; not bound from a property
 */
public record CartProperties(String platform, String url, String username, String password,
                             String tablePrefix, PlatformSettings settings, String writeBack, String boundAt) {

    /** Where today's single-shop settings are bound. */
    public static final String SHORTHAND = "cartbridge.cart";

    /** The platform of a store that names none: the only one there was before platforms were registered. */
    static final String DEFAULT_PLATFORM = "woocommerce";

    /** The properties Spring binds; the platform's settings are defaults until {@link #bindPlatform}. */
    @ConstructorBinding
    public CartProperties(String platform, String url, String username, String password, String tablePrefix) {
        this(platform, url, username, password, tablePrefix, null, null, SHORTHAND);
    }

    public CartProperties {
        platform = platform == null ? DEFAULT_PLATFORM : platform.trim().toLowerCase();
        boundAt = boundAt == null ? SHORTHAND : boundAt;
        CartPlatforms platforms = CartPlatforms.installed();
        if (platforms.has(platform)) {
            CartPlatform known = platforms.get(platform, boundAt + ".platform");
            if (tablePrefix == null) {
                tablePrefix = known.defaultTablePrefix();
            }
            if (settings == null) {
                settings = known.bind(new Binder(), boundAt + "." + platform);
            }
        }
    }

    /**
     * These settings with the platform's own bound from {@code <prefix>.<platform>.*}; as they are when the platform
     * is unknown (then {@link #validate(String)} says so).
     *
     * @param prefix where the store's settings are: {@code cartbridge.stores.shop} or {@code cartbridge.cart}
     */
    public CartProperties bindPlatform(Binder binder, String prefix) {
        CartPlatforms platforms = CartPlatforms.installed();
        if (!platforms.has(platform)) {
            return new CartProperties(platform, url, username, password, tablePrefix, null, null, prefix);
        }
        PlatformSettings bound = platforms.get(platform, prefix + ".platform").bind(binder, prefix + "." + platform);
        String chosen = binder.bind(prefix + ".write-back", String.class).orElse(null);
        return new CartProperties(platform, url, username, password, tablePrefix, bound, chosen, prefix);
    }

    @Override
    public String toString() {
        return "CartProperties[platform=" + platform + ", url=" + url + ", username=" + username
                + ", password=" + (password == null ? null : "****") + ", tablePrefix=" + tablePrefix
                + ", writeBack=" + writeBack + ", " + platform + "=" + settings + "]";
    }

    /** The table prefix, checked: it is put into SQL text, so it must be a plain identifier. */
    public String validatedTablePrefix() {
        return validatedTablePrefix(boundAt);
    }

    private String validatedTablePrefix(String prefix) {
        if (!TablePrefix.valid(tablePrefix)) {
            throw new ConfigurationException(prefix + ".table-prefix must be letters, digits and "
                    + "underscores (at most 32), not '" + tablePrefix + "'");
        }
        return tablePrefix;
    }

    /** Checks the settings a job needs to reach the cart, naming properties under where they were bound. */
    public void validate() {
        validate(boundAt);
    }

    /**
     * {@link #validate()} for the store bound at {@code prefix}: each message names the property under it,
     * e.g. {@code cartbridge.stores.shop-eu.url}; the platform checks its own settings under
     * {@code <prefix>.<platform>}.
     */
    public void validate(String prefix) {
        CartPlatform known = CartPlatforms.installed().get(platform, prefix + ".platform");
        settings.validate(prefix + "." + platform);
        ConfigurationException.require(prefix + ".url", url);
        if (known.jdbcUrlPrefixes().stream().noneMatch(url::startsWith)) {
            throw new ConfigurationException(prefix + ".url must be a MariaDB JDBC URL "
                    + "(jdbc:mariadb://host:port/database)" + (known.jdbcUrlPrefixes().contains("jdbc:postgresql:")
                    ? " or a PostgreSQL one (jdbc:postgresql://host:port/database)" : ""));
        }
        validatedTablePrefix(prefix);
        if (writeBack(prefix) == WriteBack.API) {
            settings.validateApi(prefix + "." + platform, prefix + ".write-back");
        }
    }

    /** {@return how shipments and stock reach the cart} */
    public WriteBack writeBackMode() {
        return writeBack(boundAt);
    }

    private WriteBack writeBack(String prefix) {
        return WriteBack.parse(writeBack, prefix + ".write-back");
    }
}

package io.cartbridge.agent.cart;

import java.util.regex.Pattern;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * Where the shop's database is and which cart platform it holds: one store, bound from
 * {@code cartbridge.stores.<store>.*}, or from {@code cartbridge.cart.*}, the shorthand for one store
 * {@code default} (see {@link io.cartbridge.agent.connections.Connections}).
 *
 * @param platform    cart platform: {@code woocommerce}
 * @param url         JDBC URL of the cart's MariaDB, e.g. {@code jdbc:mariadb://db:3306/wordpress}
 * @param username    database user of the cart
 * @param password    database password of the cart (secret: never logged)
 * @param tablePrefix table prefix of the install ({@code wp_} for WooCommerce); letters, digits and
 *                    underscores only
 * @param woocommerce WooCommerce specifics
 */
public record CartProperties(String platform, String url, String username, String password,
                             String tablePrefix, WooCommerce woocommerce) {

    /** Where today's single-shop settings are bound. */
    public static final String SHORTHAND = "cartbridge.cart";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{0,32}");

    /**
     * @param storage where orders live: {@code hpos} (custom order tables, the default since
     *                WooCommerce 8.2) or {@code posts} (legacy {@code wp_posts} storage)
     */
    public record WooCommerce(String storage) {
    }

    public CartProperties {
        platform = platform == null ? "woocommerce" : platform.trim().toLowerCase();
        if (tablePrefix == null) {
            tablePrefix = "wp_";
        }
        if (woocommerce == null) {
            woocommerce = new WooCommerce("hpos");
        }
    }

    @Override
    public String toString() {
        return "CartProperties[platform=" + platform + ", url=" + url + ", username=" + username
                + ", password=" + (password == null ? null : "****") + ", tablePrefix=" + tablePrefix
                + ", woocommerce=" + woocommerce + "]";
    }

    /** The table prefix, checked: it is put into SQL text, so it must be a plain identifier. */
    public String validatedTablePrefix() {
        return validatedTablePrefix(SHORTHAND);
    }

    private String validatedTablePrefix(String prefix) {
        if (!IDENTIFIER.matcher(tablePrefix).matches()) {
            throw new ConfigurationException(prefix + ".table-prefix must be letters, digits and "
                    + "underscores (at most 32), not '" + tablePrefix + "'");
        }
        return tablePrefix;
    }

    /** Checks the settings a job needs to reach the cart. */
    public void validate() {
        validate(SHORTHAND);
    }

    /**
     * {@link #validate()} for the store bound at {@code prefix}: each message names the property under it,
     * e.g. {@code cartbridge.stores.shop-eu.url}.
     */
    public void validate(String prefix) {
        if (!platform.equals("woocommerce")) {
            throw new ConfigurationException(prefix + ".platform must be one of [woocommerce], not '"
                    + platform + "'");
        }
        String storage = woocommerce.storage() == null ? "hpos" : woocommerce.storage();
        if (!storage.equals("hpos") && !storage.equals("posts")) {
            throw new ConfigurationException(prefix + ".woocommerce.storage must be hpos or posts, not '"
                    + storage + "'");
        }
        ConfigurationException.require(prefix + ".url", url);
        if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw new ConfigurationException(prefix + ".url must be a MariaDB JDBC URL "
                    + "(jdbc:mariadb://host:port/database)");
        }
        validatedTablePrefix(prefix);
    }
}

package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.cart.TablePrefix;

/**
 * Puts the install's table prefix into the plugin's SQL. The statements are constants written with
 * {@code wp_}; only the prefix, validated as an identifier by the cart settings, is substituted.
 */
final class WooCommerceTables {

    private final String prefix;

    WooCommerceTables(String prefix) {
        this.prefix = TablePrefix.checked(prefix);
    }

    /** The statement with each {@code wp_} table prefix replaced by the install's. */
    String sql(String statement) {
        return prefix.equals("wp_") ? statement : statement.replace("wp_", prefix);
    }

}

package io.cartbridge.agent.cart.prestashop;

import io.cartbridge.agent.cart.TablePrefix;

/**
 * Puts the install's table prefix into the plugin's SQL. The statements are constants written with {@code ps_};
 * only the prefix, validated as an identifier by the cart settings, is substituted.
 */
final class PrestaShopTables {

    private final String prefix;

    PrestaShopTables(String prefix) {
        this.prefix = TablePrefix.checked(prefix);
    }

    String prefix() {
        return prefix;
    }

    /** The statement with each {@code ps_} table prefix replaced by the install's. */
    String sql(String statement) {
        return prefix.equals("ps_") ? statement : statement.replace("ps_", prefix);
    }

}

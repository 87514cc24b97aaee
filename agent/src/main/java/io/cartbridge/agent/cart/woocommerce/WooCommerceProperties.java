package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.config.ConfigurationException;

/**
 * WooCommerce's own settings of one store: {@code cartbridge.stores.<store>.woocommerce.*}, or
 * {@code cartbridge.cart.woocommerce.*} for one shop.
 *
 * @param storage where orders live: {@code hpos} (custom order tables, the default since WooCommerce 8.2) or
 *                {@code posts} (legacy {@code wp_posts} storage)
 */
public record WooCommerceProperties(String storage) implements PlatformSettings {

    public WooCommerceProperties {
        storage = storage == null ? "hpos" : storage.trim();
    }

    @Override
    public void validate(String prefix) {
        if (!storage.equals("hpos") && !storage.equals("posts")) {
            throw new ConfigurationException(prefix + ".storage must be hpos or posts, not '" + storage + "'");
        }
    }

    @Override
    public String describe() {
        return storage + " storage";
    }

    boolean hpos() {
        return !"posts".equals(storage);
    }
}

package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApiProperties;
import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * WooCommerce's own settings of one store: {@code cartbridge.stores.<store>.woocommerce.*}, or
 * {@code cartbridge.cart.woocommerce.*} for one shop.
 *
 * @param storage where orders live: {@code hpos} (custom order tables, the default since WooCommerce 8.2) or
 *                {@code posts} (legacy {@code wp_posts} storage)
 * @param api     the shop's REST API, used when the store's {@code write-back} is {@code api}
 */
public record WooCommerceProperties(String storage, WooCommerceApiProperties api) implements PlatformSettings {

    @ConstructorBinding
    public WooCommerceProperties {
        storage = storage == null ? "hpos" : storage.trim();
        api = api == null ? WooCommerceApiProperties.none() : api;
    }

    public WooCommerceProperties(String storage) {
        this(storage, null);
    }

    @Override
    public void validate(String prefix) {
        if (!storage.equals("hpos") && !storage.equals("posts")) {
            throw new ConfigurationException(prefix + ".storage must be hpos or posts, not '" + storage + "'");
        }
    }

    @Override
    public void validateApi(String prefix, String writeBackProperty) {
        api.validate(prefix + ".api");
    }

    @Override
    public String describe() {
        return storage + " storage";
    }

    boolean hpos() {
        return !"posts".equals(storage);
    }
}

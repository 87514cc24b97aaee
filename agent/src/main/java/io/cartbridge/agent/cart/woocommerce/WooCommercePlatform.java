package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.cart.CartPlatform;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.CartStore;
import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.cart.WriteBack;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApi;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.jdbc.core.JdbcTemplate;

/** WooCommerce on MariaDB, registered as {@code woocommerce}; its settings are {@link WooCommerceProperties}. */
public final class WooCommercePlatform implements CartPlatform {

    @Override
    public java.util.List<String> signatureTables() {
        return java.util.List.of("woocommerce_order_items", "woocommerce_order_itemmeta", "options");
    }

    @Override
    public String name() {
        return "woocommerce";
    }

    @Override
    public String defaultTablePrefix() {
        return "wp_";
    }

    @Override
    public PlatformSettings bind(Binder binder, String prefix) {
        return binder.bind(prefix, WooCommerceProperties.class).orElseGet(() -> new WooCommerceProperties(null));
    }

    @Override
    public CartPlugin open(CartStore store) {
        WooCommerceProperties settings = store.settings(WooCommerceProperties.class);
        WooCommerceApi api = store.writeBack() == WriteBack.API
                ? new WooCommerceApi(settings.api(), CartApiClient.jvmTrust(), store.name(), store.calls()) : null;
        return new WooCommercePlugin(new JdbcTemplate(store.dataSource()), store.tablePrefix(), settings.storage(),
                store.prefix(), api);
    }
}

package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.cart.CartPlatform;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.CartStore;
import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.cart.WriteBack;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.magento2.api.Magento2Api;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Magento Open Source / Adobe Commerce 2.4 on MariaDB, registered as {@code magento2}; its settings are
 * {@link Magento2Properties}. A standard install has no table prefix.
 */
public final class Magento2Platform implements CartPlatform {

    @Override
    public String name() {
        return "magento2";
    }

    @Override
    public java.util.List<String> signatureTables() {
        return java.util.List.of("sales_order_item", "sales_order", "sales_shipment", "store");
    }

    @Override
    public PlatformSettings bind(Binder binder, String prefix) {
        return binder.bind(prefix, Magento2Properties.class).orElseGet(() -> new Magento2Properties(null, null, null));
    }

    @Override
    public CartPlugin open(CartStore store) {
        Magento2Properties settings = store.settings(Magento2Properties.class);
        Magento2Plugin.Api api = store.writeBack() == WriteBack.API
                ? new Magento2Plugin.Api(new Magento2Api(settings.api(), CartApiClient.jvmTrust()), store.name(), store.calls())
                : null;
        return new Magento2Plugin(new JdbcTemplate(store.dataSource()), store.tablePrefix(), settings, store.prefix(), api);
    }
}

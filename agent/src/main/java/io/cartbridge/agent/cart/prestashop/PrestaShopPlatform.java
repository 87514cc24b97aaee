package io.cartbridge.agent.cart.prestashop;

import io.cartbridge.agent.cart.CartPlatform;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.CartStore;
import io.cartbridge.agent.cart.PlatformSettings;
import io.cartbridge.agent.cart.WriteBack;
import io.cartbridge.agent.cart.api.CartApiClient;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.jdbc.core.JdbcTemplate;

/** PrestaShop 8 on MariaDB, registered as {@code prestashop}; its settings are {@link PrestaShopProperties}. */
public final class PrestaShopPlatform implements CartPlatform {

    @Override
    public java.util.List<String> signatureTables() {
        return java.util.List.of("order_detail", "orders", "order_state", "stock_available");
    }

    @Override
    public String name() {
        return "prestashop";
    }

    @Override
    public String defaultTablePrefix() {
        return "ps_";
    }

    @Override
    public PlatformSettings bind(Binder binder, String prefix) {
        return binder.bind(prefix, PrestaShopProperties.class).orElseGet(() -> new PrestaShopProperties(null, null, null));
    }

    @Override
    public CartPlugin open(CartStore store) {
        PrestaShopProperties settings = store.settings(PrestaShopProperties.class);
        PrestaShopApiCalls api = store.writeBack() == WriteBack.API
                ? new PrestaShopApiCalls(settings.api().client(CartApiClient.jvmTrust())) : null;
        return new PrestaShopPlugin(new JdbcTemplate(store.dataSource()), store.tablePrefix(), settings, store.prefix(),
                api, store.name(), store.calls());
    }
}

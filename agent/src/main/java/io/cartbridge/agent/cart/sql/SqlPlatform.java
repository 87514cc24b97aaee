package io.cartbridge.agent.cart.sql;

import java.util.List;

import io.cartbridge.agent.cart.CartPlatform;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.CartStore;
import io.cartbridge.agent.cart.PlatformSettings;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The generic SQL plugin, registered as {@code sql}: for a cart without a plugin of its own, whose statements are given
 * in configuration ({@link SqlProperties}). It runs on MariaDB and on PostgreSQL.
 */
public final class SqlPlatform implements CartPlatform {

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public List<String> jdbcUrlPrefixes() {
        return List.of("jdbc:mariadb:", "jdbc:mysql:", "jdbc:postgresql:");
    }

    @Override
    public PlatformSettings bind(Binder binder, String prefix) {
        return binder.bind(prefix, SqlProperties.class)
                .orElseGet(() -> new SqlProperties(null, null, null, null, null, null, null, null, null));
    }

    @Override
    public CartPlugin open(CartStore store) {
        return new SqlPlugin(store.dataSource(), store.settings(SqlProperties.class), store.prefix() + ".sql");
    }
}

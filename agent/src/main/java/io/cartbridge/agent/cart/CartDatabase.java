package io.cartbridge.agent.cart;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.cart.woocommerce.WooCommercePlugin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The connection to the shop's database and the plugin for its platform. Created on first use, so
 * that commands which never touch the cart (listing executions, say) need no cart settings.
 */
@Component
public class CartDatabase implements DisposableBean {

    private final CartProperties properties;
    private HikariDataSource dataSource;
    private CartPlugin plugin;

    CartDatabase(CartProperties properties) {
        this.properties = properties;
    }

    /** The plugin of the configured platform; validates the settings first. */
    public synchronized CartPlugin plugin() {
        if (plugin == null) {
            properties.validate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource());
            plugin = new WooCommercePlugin(jdbc, properties.validatedTablePrefix(),
                    properties.woocommerce().storage() == null ? "hpos" : properties.woocommerce().storage());
        }
        return plugin;
    }

    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            properties.validate();
            HikariDataSource ds = new HikariDataSource();
            ds.setPoolName("cart");
            ds.setJdbcUrl(properties.url());
            ds.setUsername(properties.username());
            ds.setPassword(properties.password());
            ds.setMaximumPoolSize(4);
            ds.setMinimumIdle(0);
            ds.addDataSourceProperty("rewriteBatchedStatements", "true");
            ds.addDataSourceProperty("useBulkStmts", "true");
            // server-side prepared statements: the page queries (IN lists of a page of ids) are parsed once per
            // connection, not on every page, and rows come back in the binary protocol, cheaper to decode
            ds.addDataSourceProperty("useServerPrepStmts", "true");
            dataSource = ds;
        }
        return dataSource;
    }

    @Override
    public synchronized void destroy() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}

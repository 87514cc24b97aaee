package io.cartbridge.agent.cart.prestashop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.support.TestDatabase;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The PrestaShop demo shop of {@code sample-data/prestashop} in a test database, under any table prefix. */
public final class PrestaShopTestStore implements AutoCloseable {

    private static final Path SAMPLE = Path.of("..", "sample-data", "prestashop");

    private final String url;
    private final String prefix;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;

    public PrestaShopTestStore(String prefix) {
        this.url = TestDatabase.create("presta");
        this.prefix = prefix;
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(TestDatabase.user());
        ds.setPassword(TestDatabase.password());
        ds.setPoolName("test-prestashop");
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(0);
        // the driver settings the agent's cart pools run with
        ds.setDataSourceProperties(io.cartbridge.agent.cart.CartDatabase.driverProperties(url));
        this.dataSource = ds;
        this.jdbc = new JdbcTemplate(ds);
        run("schema.sql");
        run("demo-store.sql");
    }

    private void run(String script) {
        String sql;
        try {
            sql = Files.readString(SAMPLE.resolve(script), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!prefix.equals("ps_")) {
            sql = sql.replace("ps_", prefix);
        }
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(dataSource);
    }

    public String url() {
        return url;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The plugin on this shop, shop 1 with the default settings. */
    PrestaShopPlugin plugin() {
        return new PrestaShopPlugin(jdbc, prefix, new PrestaShopProperties(null, null, null), "cartbridge.stores.shop");
    }

    String sql(String statement) {
        return statement.replace("ps_", prefix);
    }

    long currentState(long order) {
        return jdbc.queryForObject(sql("SELECT current_state FROM ps_orders WHERE id_order = ?"), Long.class, order);
    }

    String tracking(long order) {
        return jdbc.queryForObject(sql("SELECT tracking_number FROM ps_order_carrier WHERE id_order = ?"), String.class, order);
    }

    java.util.List<Long> history(long order) {
        return jdbc.queryForList(sql("SELECT id_order_state FROM ps_order_history WHERE id_order = ? ORDER BY id_order_history"),
                Long.class, order);
    }

    /** {@code quantity/physical/reserved} of a stock row of shop 1. */
    String stock(long product, long combination) {
        return jdbc.queryForObject(sql("""
                SELECT CONCAT(quantity, '/', physical_quantity, '/', reserved_quantity) FROM ps_stock_available
                WHERE id_product = ? AND id_product_attribute = ? AND id_shop = 1 AND id_shop_group = 0"""),
                String.class, product, combination);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

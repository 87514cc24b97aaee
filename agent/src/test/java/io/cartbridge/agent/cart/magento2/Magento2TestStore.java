package io.cartbridge.agent.cart.magento2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.support.TestDatabase;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The Magento 2.4.6 demo shop of {@code sample-data/magento2} in a test database, under any table prefix, and the
 * queries Magento's admin runs to show it: the order and shipment grids, order state, the salable quantity.
 */
public final class Magento2TestStore implements AutoCloseable {

    private static final Path SAMPLE = Path.of("..", "sample-data", "magento2");
    private static final Pattern TABLE = Pattern.compile("CREATE TABLE `([a-z0-9_]+)`");

    private final String url;
    private final String prefix;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Pattern tables;

    public Magento2TestStore(String prefix) {
        this.url = TestDatabase.create("magento");
        this.prefix = prefix;
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(TestDatabase.user());
        ds.setPassword(TestDatabase.password());
        ds.setPoolName("test-magento2");
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(0);
        // the driver settings the agent's cart pools run with
        ds.setDataSourceProperties(io.cartbridge.agent.cart.CartDatabase.driverProperties(url));
        this.dataSource = ds;
        this.jdbc = new JdbcTemplate(ds);
        String schema = read("schema.sql");
        List<String> names = new ArrayList<>();
        Matcher m = TABLE.matcher(schema);
        while (m.find()) {
            names.add(m.group(1));
        }
        this.tables = Pattern.compile("(?<![A-Za-z0-9_])(" + String.join("|", names) + ")(?![A-Za-z0-9_])");
        run(schema);
        run(read("demo-store.sql"));
    }

    private static String read(String script) {
        try {
            return Files.readString(SAMPLE.resolve(script), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String sql) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                new ByteArrayResource(sql(sql).getBytes(StandardCharsets.UTF_8)));
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(dataSource);
    }

    public String url() {
        return url;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The plugin on this shop with the default settings. */
    Magento2Plugin plugin() {
        return new Magento2Plugin(jdbc, prefix, new Magento2Properties(null, null, null), "cartbridge.stores.shop");
    }

    /** The statement with Magento's table names under this shop's prefix. */
    String sql(String statement) {
        return prefix.isEmpty() ? statement : tables.matcher(statement).replaceAll(prefix + "$1");
    }

    /** {@code state/status} of the order, as the admin's order view shows them. */
    String order(long orderId) {
        return jdbc.queryForObject(sql("SELECT CONCAT(state, '/', status) FROM sales_order WHERE entity_id = ?"),
                String.class, orderId);
    }

    /** The admin's order grid status of the order. */
    String gridStatus(long orderId) {
        return jdbc.queryForObject(sql("SELECT status FROM sales_order_grid WHERE entity_id = ?"), String.class, orderId);
    }

    /** The admin's shipment grid rows of the order: {@code increment_id order_increment_id total_qty order_status shipping_name}. */
    List<String> shipmentGrid(long orderId) {
        return jdbc.queryForList(sql("""
                SELECT CONCAT_WS(' ', increment_id, order_increment_id, CAST(total_qty AS DOUBLE), order_status, shipping_name)
                FROM sales_shipment_grid WHERE order_id = ? ORDER BY entity_id"""), String.class, orderId);
    }

    /** {@code qty_shipped} of an order item. */
    BigDecimal shipped(long itemId) {
        return jdbc.queryForObject(sql("SELECT qty_shipped FROM sales_order_item WHERE item_id = ?"), BigDecimal.class, itemId);
    }

    /** The quantity of the SKU at the default source. */
    BigDecimal sourceQuantity(String sku) {
        return jdbc.queryForObject(sql("SELECT quantity FROM inventory_source_item WHERE source_code = 'default' AND sku = ?"),
                BigDecimal.class, sku);
    }

    /**
     * MSI's salable quantity of the SKU in Default Stock ({@code GetProductSalableQty}): the quantity of the stock's
     * sources that are in stock (the stock index) plus the stock's reservations, less the minimum quantity (0 here).
     */
    BigDecimal salable(String sku) {
        return jdbc.queryForObject(sql("""
                SELECT (SELECT COALESCE(SUM(s.quantity), 0) FROM inventory_source_item s
                        JOIN inventory_source_stock_link l ON l.source_code = s.source_code AND l.stock_id = 1
                        WHERE s.sku = ? AND s.status = 1)
                     + (SELECT COALESCE(SUM(r.quantity), 0) FROM inventory_reservation r WHERE r.stock_id = 1 AND r.sku = ?)"""),
                BigDecimal.class, sku, sku);
    }

    /** The legacy stock item's {@code qty/is_in_stock} of the product with this SKU. */
    String legacyStock(String sku) {
        return jdbc.queryForObject(sql("""
                SELECT CONCAT(CAST(si.qty AS DOUBLE), '/', si.is_in_stock) FROM cataloginventory_stock_item si
                JOIN catalog_product_entity e ON e.entity_id = si.product_id WHERE e.sku = ?"""), String.class, sku);
    }

    /** How many rows the table has, for the "twice changes nothing" checks. */
    int count(String table) {
        return jdbc.queryForObject(sql("SELECT COUNT(*) FROM " + table), Integer.class);
    }

    List<Map<String, Object>> rows(String statement, Object... args) {
        return jdbc.queryForList(sql(statement), args);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

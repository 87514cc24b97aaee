package io.cartbridge.bench;

import javax.sql.DataSource;

import io.cartbridge.agent.demo.DemoStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a Magento 2.4 store with MSI ({@code sample-data/magento2/schema.sql}, no table prefix) for the write-back
 * benchmark: the default source and stock, products with stock at the default source and in the legacy stock item
 * ({@code STOCK-000001}...), and orders in {@code processing} of two simple items each ({@code SKU-A} × 1,
 * {@code SKU-B} × 2), ids from 1001. Rows made by MariaDB's sequence engine, in one statement per table.
 */
final class Magento2BenchStore {

    private static final String SOURCE = """
            INSERT INTO inventory_source (source_code, name, enabled, country_id, postcode, use_default_carrier_config)
            VALUES ('default', 'Default Source', 1, 'US', '00000', 1)""";
    private static final String STOCK = "INSERT INTO inventory_stock (stock_id, name) VALUES (1, 'Default Stock')";
    private static final String LEGACY_STOCK =
            "INSERT INTO cataloginventory_stock (stock_id, website_id, stock_name) VALUES (1, 0, 'Default')";
    private static final String LINK = """
            INSERT INTO inventory_source_stock_link (link_id, stock_id, source_code, priority) VALUES (1, 1, 'default', 1)""";
    private static final String PRODUCTS = """
            INSERT INTO catalog_product_entity (entity_id, attribute_set_id, type_id, sku)
            SELECT seq, 4, 'simple', CONCAT('STOCK-', LPAD(seq, 6, '0')) FROM seq_1_to_%d""";
    private static final String STOCK_ITEMS = """
            INSERT INTO cataloginventory_stock_item (product_id, stock_id, qty, is_in_stock, manage_stock, use_config_manage_stock)
            SELECT seq, 1, 10, 1, 1, 1 FROM seq_1_to_%d""";
    private static final String STOCK_STATUS = """
            INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status)
            SELECT seq, 0, 1, 10, 1 FROM seq_1_to_%d""";
    private static final String SOURCE_ITEMS = """
            INSERT INTO inventory_source_item (source_code, sku, quantity, status)
            SELECT 'default', CONCAT('STOCK-', LPAD(seq, 6, '0')), 10, 1 FROM seq_1_to_%d""";
    private static final String ORDERS = """
            INSERT INTO sales_order (entity_id, state, status, store_id, increment_id, shipping_description)
            SELECT 1000 + seq, 'processing', 'processing', NULL, LPAD(1000 + seq, 9, '0'), 'Flat Rate - Fixed' FROM seq_1_to_%d""";
    private static final String ITEMS = """
            INSERT INTO sales_order_item (item_id, order_id, store_id, product_id, product_type, is_virtual, sku, name,
                                          qty_ordered, qty_invoiced, qty_shipped, qty_refunded, qty_canceled, price, weight)
            SELECT 2 * seq - 1 + s.k, 1000 + seq, NULL, NULL, 'simple', 0, IF(s.k = 0, 'SKU-A', 'SKU-B'), 'Item', 1 + s.k,
                   1 + s.k, 0, 0, 0, 10, 0.5
            FROM seq_1_to_%d CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) s""";

    private Magento2BenchStore() {
    }

    /** The Magento tables, the default source and stock, and the legacy default stock. */
    static void createSchema(DataSource cart) {
        DemoStore.runScript(cart, "sample-data/magento2/schema.sql", "", "");
        JdbcTemplate jdbc = new JdbcTemplate(cart);
        jdbc.update(SOURCE);
        jdbc.update(STOCK);
        jdbc.update(LINK);
        jdbc.update(LEGACY_STOCK);
    }

    /** {@code count} managed simple products with 10 units each at the default source. */
    static void seedStockedProducts(JdbcTemplate jdbc, int count) {
        for (String statement : new String[] {PRODUCTS, STOCK_ITEMS, STOCK_STATUS, SOURCE_ITEMS}) {
            jdbc.update(statement.formatted(count));
        }
    }

    /** Orders 1001 to 1000 + {@code count}, each of 1 × SKU-A and 2 × SKU-B, invoiced and not shipped. */
    static void seedOrders(JdbcTemplate jdbc, int count) {
        jdbc.update(ORDERS.formatted(count));
        jdbc.update(ITEMS.formatted(count));
    }
}

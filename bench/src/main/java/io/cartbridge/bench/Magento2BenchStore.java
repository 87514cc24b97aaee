package io.cartbridge.bench;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.cartbridge.agent.demo.DemoStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a Magento 2.4.6 store with MSI ({@code sample-data/magento2/schema.sql}, no prefix) for the benchmark, shaped
 * as {@link BenchStore} shapes a WooCommerce one: website {@code base}, store 1, Default Stock 1 with source
 * {@code default}, {@value BenchStore#PRODUCTS} simple products, and paid orders (state and status {@code processing},
 * invoiced) of 2-3 lines each with a shipping and a billing address, an order grid row and one {@code order_placed}
 * reservation per line, as a checkout writes them; or products with stock for a snapshot. Batched inserts, explicit ids.
 */
final class Magento2BenchStore {

    private static final int BATCH = 5_000;
    private static final List<String> SETUP = List.of(
            "INSERT INTO store_website (website_id, code, name, sort_order, default_group_id, is_default) VALUES (1, 'base', 'Main Website', 0, 1, 1)",
            "INSERT INTO store_group (group_id, website_id, name, root_category_id, default_store_id, code) VALUES (1, 1, 'Main Website Store', 2, 1, 'main_website_store')",
            "INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) VALUES (1, 'default', 1, 1, 'Default Store View', 0, 1)",
            "INSERT INTO directory_country_region (region_id, country_id, code, default_name) VALUES (23, 'US', 'IL', 'Illinois')",
            """
            INSERT INTO sales_order_status (status, label) VALUES ('complete', 'Complete'), ('processing', 'Processing'),
              ('pending', 'Pending'), ('holded', 'On Hold')""",
            """
            INSERT INTO sales_order_status_state (status, state, is_default, visible_on_front) VALUES
              ('complete', 'complete', 1, 1), ('processing', 'processing', 1, 1), ('pending', 'new', 1, 1), ('holded', 'holded', 1, 1)""",
            "INSERT INTO sales_sequence_meta (meta_id, entity_type, store_id, sequence_table) VALUES (2, 'shipment', 1, 'sequence_shipment_1')",
            """
            INSERT INTO sales_sequence_profile (profile_id, meta_id, prefix, suffix, start_value, step, max_value, warning_value, is_active)
            VALUES (2, 2, NULL, NULL, 1, 1, 4294967295, 4294966295, 1)""",
            "INSERT INTO inventory_source (source_code, name, enabled, country_id, postcode, use_default_carrier_config) VALUES ('default', 'Default Source', 1, 'US', '00000', 1)",
            "INSERT INTO inventory_stock (stock_id, name) VALUES (1, 'Default Stock')",
            "INSERT INTO inventory_source_stock_link (link_id, stock_id, source_code, priority) VALUES (1, 1, 'default', 1)",
            "INSERT INTO inventory_stock_sales_channel (type, code, stock_id) VALUES ('website', 'base', 1)",
            "INSERT INTO cataloginventory_stock (stock_id, website_id, stock_name) VALUES (1, 0, 'Default')");
    private static final String PRODUCT = """
            INSERT INTO catalog_product_entity (entity_id, attribute_set_id, type_id, sku, has_options, required_options,
                                                created_at, updated_at)
            VALUES (?, 4, 'simple', ?, 0, 0, ?, ?)""";
    private static final String SOURCE_ITEM = """
            INSERT INTO inventory_source_item (source_code, sku, quantity, status) VALUES ('default', ?, ?, 1)""";
    private static final String STOCK_ITEM = """
            INSERT INTO cataloginventory_stock_item (product_id, stock_id, qty, is_in_stock, manage_stock,
                                                     use_config_manage_stock, website_id)
            VALUES (?, 1, ?, 1, 1, 1, 0)""";
    private static final String STOCK_STATUS = """
            INSERT INTO cataloginventory_stock_status (product_id, website_id, stock_id, qty, stock_status) VALUES (?, 0, 1, ?, 1)""";
    private static final String ORDER = """
            INSERT INTO sales_order (entity_id, state, status, shipping_description, is_virtual, store_id, customer_id,
                                     base_grand_total, base_total_paid, grand_total, total_paid, total_qty_ordered,
                                     customer_is_guest, billing_address_id, shipping_address_id, increment_id,
                                     base_currency_code, order_currency_code, customer_email, customer_firstname,
                                     customer_lastname, shipping_method, created_at, updated_at, total_item_count)
            VALUES (?, 'processing', 'processing', 'Flat Rate - Fixed', 0, 1, NULL, 30, 30, 30, 30, ?, 1, ?, ?, ?, 'USD',
                    'USD', ?, 'Buyer', ?, 'flatrate_flatrate', ?, ?, ?)""";
    private static final String ADDRESS = """
            INSERT INTO sales_order_address (entity_id, parent_id, region_id, address_type, firstname, lastname, street, city,
                                             region, postcode, country_id, telephone, email)
            VALUES (?, ?, 23, ?, 'Buyer', ?, ?, 'Springfield', 'Illinois', '62701', 'US', '555-0100', ?)""";
    private static final String ITEM = """
            INSERT INTO sales_order_item (order_id, store_id, product_id, product_type, product_options, is_virtual, sku,
                                          name, qty_ordered, qty_invoiced, qty_shipped, qty_refunded, qty_canceled, price,
                                          base_price, row_total, base_row_total, weight, row_weight, created_at, updated_at)
            VALUES (?, 1, ?, 'simple', '{"info_buyRequest":{"qty":1}}', 0, ?, ?, ?, ?, 0, 0, 0, 10, 10, 10, 10, 0.3, 0.3, ?, ?)""";
    private static final String GRID = """
            INSERT INTO sales_order_grid (entity_id, status, store_id, customer_id, base_grand_total, base_total_paid,
                                          grand_total, total_paid, increment_id, base_currency_code, order_currency_code,
                                          shipping_name, billing_name, created_at, updated_at, shipping_information,
                                          customer_email, customer_name, payment_method)
            VALUES (?, 'processing', 1, NULL, 30, 30, 30, 30, ?, 'USD', 'USD', ?, ?, ?, ?, 'Flat Rate - Fixed', ?, ?, 'checkmo')""";
    private static final String RESERVATION = """
            INSERT INTO inventory_reservation (stock_id, sku, quantity, metadata) VALUES (1, ?, ?, ?)""";

    private Magento2BenchStore() {
    }

    /** The Magento tables with website, store, order statuses, the shipment sequence and the Default Stock and source. */
    static void createSchema(DataSource cart) {
        DemoStore.runScript(cart, "sample-data/magento2/schema.sql", "", "");
        JdbcTemplate jdbc = new JdbcTemplate(cart);
        SETUP.forEach(jdbc::update);
    }

    /** {@code count} simple products with stock 10 each, SKUs STOCK-000001..., ids from 100001. */
    static void seedStockedProducts(JdbcTemplate jdbc, int count) {
        seedProducts(jdbc, 100_000, count, BenchStore::stockSku, 10);
        jdbc.execute("ANALYZE TABLE catalog_product_entity, inventory_source_item, cataloginventory_stock_item, "
                + "cataloginventory_stock_status, inventory_reservation");
    }

    private static void seedProducts(JdbcTemplate jdbc, long firstId, int count, java.util.function.IntFunction<String> sku,
                                     int quantity) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> products = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        List<Object[]> stock = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long id = firstId + i;
            products.add(new Object[] {id, sku.apply(i), now, now});
            sources.add(new Object[] {sku.apply(i), quantity});
            stock.add(new Object[] {id, quantity});
            if (products.size() == BATCH || i == count) {
                jdbc.batchUpdate(PRODUCT, products);
                jdbc.batchUpdate(SOURCE_ITEM, sources);
                jdbc.batchUpdate(STOCK_ITEM, stock);
                jdbc.batchUpdate(STOCK_STATUS, stock);
                products.clear();
                sources.clear();
                stock.clear();
            }
        }
    }

    /** {@code orders} paid, invoiced orders in {@code processing} of 2-3 lines of the bench's products. */
    static void seed(JdbcTemplate jdbc, int orders) {
        seedProducts(jdbc, 0, BenchStore.PRODUCTS, BenchStore::sku, 1000);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        Random random = new Random(BenchStore.SEED);
        List<Object[]> orderRows = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        List<Object[]> grid = new ArrayList<>();
        List<Object[]> reservations = new ArrayList<>();
        for (int o = 1; o <= orders; o++) {
            long id = 1000L + o;
            String number = "%09d".formatted(id);
            String lastname = "Number " + o;
            String email = "buyer" + o + "@example.com";
            int lines = 2 + random.nextInt(2);
            int units = 0;
            for (int l = 0; l < lines; l++) {
                int product = 1 + random.nextInt(BenchStore.PRODUCTS);
                int qty = 1 + random.nextInt(3);
                units += qty;
                items.add(new Object[] {id, product, BenchStore.sku(product), "Bench product " + product, qty, qty, now, now});
                reservations.add(new Object[] {BenchStore.sku(product), -qty,
                        "{\"event_type\":\"order_placed\",\"object_type\":\"order\",\"object_id\":\"\",\"object_increment_id\":\""
                                + number + "\"}"});
            }
            orderRows.add(new Object[] {id, units, 2 * id, 2 * id - 1, number, email, lastname, now, now, lines});
            addresses.add(new Object[] {2 * id - 1, id, "shipping", lastname, o + " Main Street", email});
            addresses.add(new Object[] {2 * id, id, "billing", lastname, o + " Main Street", email});
            grid.add(new Object[] {id, number, "Buyer " + lastname, "Buyer " + lastname, now, now, email, "Buyer " + lastname});
            if (orderRows.size() >= BATCH || o == orders) {
                jdbc.batchUpdate(ORDER, orderRows);
                jdbc.batchUpdate(ADDRESS, addresses);
                jdbc.batchUpdate(ITEM, items);
                jdbc.batchUpdate(GRID, grid);
                jdbc.batchUpdate(RESERVATION, reservations);
                for (List<Object[]> rows : List.of(orderRows, addresses, items, grid, reservations)) {
                    rows.clear();
                }
            }
        }
        jdbc.execute("ANALYZE TABLE sales_order, sales_order_address, sales_order_item, sales_order_grid, "
                + "sales_order_status_history, catalog_product_entity, inventory_source_item, inventory_reservation");
    }
}

package io.cartbridge.bench;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a WooCommerce store (HPOS) with many paid orders of 2-3 lines each, for the benchmark.
 * Batched inserts; ids are explicit so that a seeded store is the same every time.
 */
final class BenchStore {

    static final int PRODUCTS = 500;
    static final long SEED = 42;
    private static final int BATCH = 5_000;
    private static final String PRODUCT = """
            INSERT INTO wp_posts (ID, post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt,
                   post_status, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered,
                   post_type)
            VALUES (?, 1, ?, ?, '', ?, '', 'publish', ?, '', '', ?, ?, '', 'product')""";
    private static final String LOOKUP = """
            INSERT INTO wp_wc_product_meta_lookup (product_id, sku, stock_quantity, stock_status)
            VALUES (?, ?, 1000, 'instock')""";
    private static final String ORDER = """
            INSERT INTO wp_wc_orders (id, status, currency, type, total_amount, customer_id, billing_email,
                   date_created_gmt, date_updated_gmt, parent_order_id, payment_method)
            VALUES (?, 'wc-processing', 'USD', 'shop_order', 50, 0, ?, ?, ?, 0, 'stripe')""";
    private static final String ADDRESS = """
            INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, last_name, company, address_1,
                   address_2, city, state, postcode, country, email, phone)
            VALUES (?, ?, ?, ?, '', ?, '', ?, ?, ?, 'US', ?, ?)""";
    private static final String OPERATIONAL = """
            INSERT INTO wp_wc_order_operational_data (order_id, created_via, date_paid_gmt) VALUES (?, 'checkout', ?)""";
    private static final String ITEM = """
            INSERT INTO wp_woocommerce_order_items (order_item_id, order_item_name, order_item_type, order_id)
            VALUES (?, ?, ?, ?)""";
    private static final String ITEM_META = """
            INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value) VALUES (?, ?, ?)""";

    private static final String META = "INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (?, ?, ?)";
    private static final String STOCK_LOOKUP = """
            INSERT INTO wp_wc_product_meta_lookup (product_id, sku, stock_quantity, stock_status)
            VALUES (?, ?, 10, 'instock')""";

    private BenchStore() {
    }

    /** {@code count} products with managed stock (10 each), SKUs STOCK-000001..., ids from 100001. */
    static void seedStockedProducts(JdbcTemplate jdbc, int count) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> posts = new ArrayList<>();
        List<Object[]> meta = new ArrayList<>();
        List<Object[]> lookups = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long id = 100_000L + i;
            String sku = stockSku(i);
            posts.add(new Object[] {id, now, now, "Stocked product " + i, "stocked-" + i, now, now});
            meta.add(new Object[] {id, "_sku", sku});
            meta.add(new Object[] {id, "_manage_stock", "yes"});
            meta.add(new Object[] {id, "_stock", "10"});
            meta.add(new Object[] {id, "_stock_status", "instock"});
            meta.add(new Object[] {id, "_backorders", "no"});
            lookups.add(new Object[] {id, sku});
            if (posts.size() == BATCH || i == count) {
                jdbc.batchUpdate(PRODUCT, posts);
                jdbc.batchUpdate(META, meta);
                jdbc.batchUpdate(STOCK_LOOKUP, lookups);
                posts.clear();
                meta.clear();
                lookups.clear();
            }
        }
        jdbc.execute("ANALYZE TABLE wp_posts, wp_postmeta, wp_wc_product_meta_lookup");
    }

    static String sku(int product) {
        return "BENCH-%05d".formatted(product);
    }

    static String stockSku(int i) {
        return "STOCK-%06d".formatted(i);
    }

    static void seed(JdbcTemplate jdbc, int orders) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> products = new ArrayList<>();
        List<Object[]> lookups = new ArrayList<>();
        for (int p = 1; p <= PRODUCTS; p++) {
            products.add(new Object[] {p, now, now, "Bench product " + p, "bench-product-" + p, now, now});
            lookups.add(new Object[] {p, sku(p)});
        }
        jdbc.batchUpdate(PRODUCT, products);
        jdbc.batchUpdate(LOOKUP, lookups);
        Random random = new Random(SEED);
        long itemId = 0;
        List<Object[]> orderRows = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> operational = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        List<Object[]> meta = new ArrayList<>();
        for (int o = 1; o <= orders; o++) {
            long id = 1000L + o;
            String email = "buyer" + o + "@example.com";
            orderRows.add(new Object[] {id, email, now, now});
            for (String type : new String[] {"billing", "shipping"}) {
                addresses.add(new Object[] {id, type, "Buyer", "Number " + o, o + " Main Street", "Springfield",
                        "IL", "62701", email, "555-0100"});
            }
            operational.add(new Object[] {id, now});
            int lines = 2 + random.nextInt(2);
            for (int l = 0; l < lines; l++) {
                int product = 1 + random.nextInt(PRODUCTS);
                items.add(new Object[] {++itemId, "Bench product " + product, "line_item", id});
                meta.add(new Object[] {itemId, "_product_id", Integer.toString(product)});
                meta.add(new Object[] {itemId, "_variation_id", "0"});
                meta.add(new Object[] {itemId, "_qty", Integer.toString(1 + random.nextInt(3))});
            }
            items.add(new Object[] {++itemId, "Flat rate", "shipping", id});
            meta.add(new Object[] {itemId, "method_id", "flat_rate"});
            if (orderRows.size() >= BATCH || o == orders) {
                jdbc.batchUpdate(ORDER, orderRows);
                jdbc.batchUpdate(ADDRESS, addresses);
                jdbc.batchUpdate(OPERATIONAL, operational);
                jdbc.batchUpdate(ITEM, items);
                jdbc.batchUpdate(ITEM_META, meta);
                orderRows.clear();
                addresses.clear();
                operational.clear();
                items.clear();
                meta.clear();
            }
        }
        // a live store has table statistics; freshly bulk-loaded tables do not until analysed
        jdbc.execute("ANALYZE TABLE wp_wc_orders, wp_wc_order_addresses, wp_woocommerce_order_items, "
                + "wp_woocommerce_order_itemmeta, wp_wc_product_meta_lookup, wp_posts, wp_postmeta");
    }
}

package io.cartbridge.agent.support;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;


import io.cartbridge.agent.demo.DemoStore;
import io.cartbridge.edi.model.Address;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A WooCommerce store in a test database, built order by order. Every order is written to both
 * storages, HPOS tables and legacy posts, as WooCommerce does while its compatibility sync is on.
 */
public final class WooCommerceTestStore {

    /** A line: product (or variation) and quantity; {@code parent} is the product of a variation, else 0. */
    public record Line(long productId, long parent, String quantity, String name) {
        public static Line of(long productId, int quantity, String name) {
            return new Line(productId, 0, Integer.toString(quantity), name);
        }
    }

    private final String url;
    private final String prefix;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private long itemId = 100;

    public WooCommerceTestStore(String prefix) {
        this(TestDatabase.create("shop"), prefix);
    }

    /** A store under {@code prefix} in the database at {@code url}, which may hold other stores under other prefixes. */
    public WooCommerceTestStore(String url, String prefix) {
        this.url = url;
        this.prefix = prefix;
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(TestDatabase.user());
        ds.setPassword(TestDatabase.password());
        ds.setPoolName("test-shop");
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(0);
        ds.setIdleTimeout(10_000);        // a store a test leaves open gives its connections back soon
        this.dataSource = ds;
        this.jdbc = new JdbcTemplate(ds);
        DemoStore.createSchema(ds, prefix);
    }

    /** Closes the store's connections (the database stays). */
    public void close() {
        dataSource.close();
    }

    public String url() {
        return url;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    private String t(String table) {
        return prefix + table;
    }

    public WooCommerceTestStore product(long id, String sku, String gtin) {
        post(id, 0, "product", "publish", "Product " + id);
        jdbc.update("INSERT INTO " + t("wc_product_meta_lookup") + " (product_id, sku, stock_quantity, stock_status) VALUES (?, ?, 10, 'instock')",
                id, sku == null ? "" : sku);
        if (sku != null) {
            meta(id, "_sku", sku);
        }
        if (gtin != null) {
            meta(id, "_global_unique_id", gtin);
        }
        return this;
    }

    public WooCommerceTestStore variation(long id, long parent, String sku) {
        post(id, parent, "product_variation", "publish", "Variation " + id);
        jdbc.update("INSERT INTO " + t("wc_product_meta_lookup") + " (product_id, sku, stock_quantity, stock_status) VALUES (?, ?, 10, 'instock')",
                id, sku == null ? "" : sku);
        meta(id, "_sku", sku == null ? "" : sku);
        return this;
    }

    public WooCommerceTestStore order(long id, String status, Address shipTo, String shippingMethod, List<Line> lines) {
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(2026, 11, 20, 10, 0).plusMinutes(id));
        jdbc.update("INSERT INTO " + t("wc_orders") + " (id, status, currency, type, total_amount, customer_id, billing_email, "
                + "date_created_gmt, date_updated_gmt, parent_order_id, customer_note) VALUES (?, ?, 'USD', 'shop_order', 10, 0, ?, ?, ?, 0, ?)",
                id, status, shipTo == null ? "buyer@example.com" : shipTo.email(), created, created, "note " + id);
        jdbc.update("INSERT INTO " + t("wc_order_operational_data") + " (order_id, created_via, date_paid_gmt) VALUES (?, 'checkout', ?)",
                id, created);
        post(id, 0, "shop_order", status, "Order " + id);
        jdbc.update("UPDATE " + t("posts") + " SET post_excerpt = ?, post_date_gmt = ? WHERE ID = ?", "note " + id, created, id);
        meta(id, "_billing_email", shipTo == null ? "buyer@example.com" : shipTo.email());
        if (shipTo != null) {
            String[] names = shipTo.name().split(" ", 2);
            jdbc.update("INSERT INTO " + t("wc_order_addresses") + " (order_id, address_type, first_name, last_name, company, "
                    + "address_1, address_2, city, state, postcode, country, email, phone) VALUES (?, 'shipping', ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                    id, names[0], names.length > 1 ? names[1] : "", nz(shipTo.company()), shipTo.line1(), nz(shipTo.line2()),
                    shipTo.city(), nz(shipTo.state()), nz(shipTo.postalCode()), shipTo.country(), shipTo.phone());
            jdbc.update("INSERT INTO " + t("wc_order_addresses") + " (order_id, address_type, first_name, last_name, "
                    + "address_1, city, country, email, phone) VALUES (?, 'billing', ?, ?, ?, ?, ?, ?, ?)",
                    id, names[0], names.length > 1 ? names[1] : "", shipTo.line1(), shipTo.city(), shipTo.country(),
                    shipTo.email(), shipTo.phone());
            meta(id, "_shipping_first_name", names[0]);
            meta(id, "_shipping_last_name", names.length > 1 ? names[1] : "");
            meta(id, "_shipping_company", nz(shipTo.company()));
            meta(id, "_shipping_address_1", shipTo.line1());
            meta(id, "_shipping_address_2", nz(shipTo.line2()));
            meta(id, "_shipping_city", shipTo.city());
            meta(id, "_shipping_state", nz(shipTo.state()));
            meta(id, "_shipping_postcode", nz(shipTo.postalCode()));
            meta(id, "_shipping_country", shipTo.country());
            meta(id, "_billing_phone", shipTo.phone());
        }
        for (Line line : lines) {
            long item = item(id, line.name(), "line_item");
            boolean variation = line.parent() != 0;
            itemMeta(item, "_product_id", Long.toString(variation ? line.parent() : line.productId()));
            itemMeta(item, "_variation_id", Long.toString(variation ? line.productId() : 0));
            itemMeta(item, "_qty", line.quantity());
            itemMeta(item, "_line_total", "10.00");
        }
        if (shippingMethod != null) {
            long item = item(id, "Shipping", "shipping");
            itemMeta(item, "method_id", shippingMethod);
            itemMeta(item, "instance_id", "1");
        }
        long fee = item(id, "Gift wrap fee", "fee");
        itemMeta(fee, "_line_total", "2.00");
        long coupon = item(id, "SAVE10", "coupon");
        itemMeta(coupon, "discount_amount", "1.00");
        return this;
    }

    /**
     * Leaves the orders in one storage only, {@code hpos} or {@code posts}, as a shop keeps them with
     * WooCommerce's compatibility sync off: a run that read the other storage would find no orders.
     */
    public WooCommerceTestStore ordersOnlyIn(String storage) {
        if (storage.equals("hpos")) {
            jdbc.update("DELETE m FROM " + t("postmeta") + " m JOIN " + t("posts") + " p ON p.ID = m.post_id WHERE p.post_type = 'shop_order'");
            jdbc.update("DELETE FROM " + t("posts") + " WHERE post_type = 'shop_order'");
        } else if (storage.equals("posts")) {
            for (String table : List.of("wc_orders_meta", "wc_order_addresses", "wc_order_operational_data", "wc_orders")) {
                jdbc.update("DELETE FROM " + t(table));
            }
        } else {
            throw new IllegalArgumentException(storage);
        }
        return this;
    }

    /** Order notes on the order, oldest first. */
    public List<String> notes(long orderId) {
        return jdbc.queryForList("SELECT comment_content FROM " + t("comments")
                + " WHERE comment_post_ID = ? AND comment_type = 'order_note' ORDER BY comment_ID", String.class, orderId);
    }

    /** Stock meta of a product or variation: {@code _manage_stock}, {@code _stock}, {@code _stock_status}, {@code _backorders}. */
    public WooCommerceTestStore stock(long productId, String manageStock, String stock, String stockStatus, String backorders) {
        meta(productId, "_manage_stock", manageStock);
        if (stock != null) {
            meta(productId, "_stock", stock);
        }
        meta(productId, "_stock_status", stockStatus);
        meta(productId, "_backorders", backorders);
        return this;
    }

    /** The value of an order meta key in HPOS ({@code wc_orders_meta}), or {@code null}; fails if the key repeats. */
    public String hposMeta(long orderId, String key) {
        List<String> values = jdbc.queryForList("SELECT meta_value FROM " + t("wc_orders_meta")
                + " WHERE order_id = ? AND meta_key = ?", String.class, orderId, key);
        if (values.size() > 1) {
            throw new AssertionError(key + " repeats on order " + orderId + " in HPOS");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** The value of a post meta key, or {@code null}; fails if the key repeats. */
    public String postMeta(long postId, String key) {
        List<String> values = jdbc.queryForList("SELECT meta_value FROM " + t("postmeta")
                + " WHERE post_id = ? AND meta_key = ?", String.class, postId, key);
        if (values.size() > 1) {
            throw new AssertionError(key + " repeats on post " + postId);
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** The order's status in HPOS ({@code wc_orders.status}). */
    public String hposStatus(long orderId) {
        return jdbc.queryForObject("SELECT status FROM " + t("wc_orders") + " WHERE id = ?", String.class, orderId);
    }

    /** The order's status in posts storage ({@code posts.post_status}). */
    public String postStatus(long orderId) {
        return jdbc.queryForObject("SELECT post_status FROM " + t("posts") + " WHERE ID = ?", String.class, orderId);
    }

    /** A row count of a table of the store (name without prefix), for "nothing was written" checks. */
    public int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + t(table), Integer.class);
        return n == null ? 0 : n;
    }

    private long item(long orderId, String name, String type) {
        long id = ++itemId;
        jdbc.update("INSERT INTO " + t("woocommerce_order_items") + " (order_item_id, order_item_name, order_item_type, order_id) VALUES (?, ?, ?, ?)",
                id, name, type, orderId);
        return id;
    }

    private void itemMeta(long item, String key, String value) {
        jdbc.update("INSERT INTO " + t("woocommerce_order_itemmeta") + " (order_item_id, meta_key, meta_value) VALUES (?, ?, ?)", item, key, value);
    }

    public void meta(long postId, String key, String value) {
        jdbc.update("INSERT INTO " + t("postmeta") + " (post_id, meta_key, meta_value) VALUES (?, ?, ?)", postId, key, value);
    }

    private void post(long id, long parent, String type, String status, String title) {
        jdbc.update("INSERT INTO " + t("posts") + " (ID, post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, "
                + "post_status, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered, post_parent, post_type) "
                + "VALUES (?, 1, NOW(), UTC_TIMESTAMP(), '', ?, '', ?, ?, '', '', NOW(), UTC_TIMESTAMP(), '', ?, ?)",
                id, title, status, type + "-" + id, parent, type);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}

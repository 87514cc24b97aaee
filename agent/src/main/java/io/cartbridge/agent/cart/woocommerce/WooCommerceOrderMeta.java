package io.cartbridge.agent.cart.woocommerce;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order meta in one storage: {@code wc_orders_meta} for HPOS, {@code postmeta} for posts storage.
 * A key is one row per order here (as WooCommerce's {@code update_meta_data} keeps it); an update
 * changes every row of the key, an absent key is inserted.
 */
final class WooCommerceOrderMeta {

    /** {@code %s}: one bound placeholder per key. */
    private static final String HPOS_READ = """
            SELECT meta_key, meta_value FROM wp_wc_orders_meta
            WHERE order_id = ? AND meta_key IN (%s) ORDER BY id""";
    private static final String HPOS_UPDATE = """
            UPDATE wp_wc_orders_meta SET meta_value = ? WHERE order_id = ? AND meta_key = ?""";
    private static final String HPOS_INSERT = """
            INSERT INTO wp_wc_orders_meta (meta_value, order_id, meta_key) VALUES (?, ?, ?)""";

    /** {@code %s}: one bound placeholder per key. */
    private static final String POSTS_READ = """
            SELECT meta_key, meta_value FROM wp_postmeta
            WHERE post_id = ? AND meta_key IN (%s) ORDER BY meta_id""";
    private static final String POSTS_UPDATE = """
            UPDATE wp_postmeta SET meta_value = ? WHERE post_id = ? AND meta_key = ?""";
    private static final String POSTS_INSERT = """
            INSERT INTO wp_postmeta (meta_value, post_id, meta_key) VALUES (?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final String readSql;
    private final String updateSql;
    private final String insertSql;

    WooCommerceOrderMeta(JdbcTemplate jdbc, WooCommerceTables tables, boolean hpos) {
        this.jdbc = jdbc;
        this.readSql = tables.sql(hpos ? HPOS_READ : POSTS_READ);
        this.updateSql = tables.sql(hpos ? HPOS_UPDATE : POSTS_UPDATE);
        this.insertSql = tables.sql(hpos ? HPOS_INSERT : POSTS_INSERT);
    }

    /** The values of these keys on the order; the first row wins when a key repeats. */
    Map<String, String> read(long orderId, Collection<String> keys) {
        Map<String, String> values = new HashMap<>();
        Object[] args = new Object[keys.size() + 1];
        args[0] = orderId;
        int i = 1;
        for (String key : keys) {
            args[i++] = key;
        }
        jdbc.query(readSql.formatted(WooCommerceTables.placeholders(keys.size())),
                rs -> {
                    values.putIfAbsent(rs.getString(1), rs.getString(2));
                }, args);
        return values;
    }

    /** Sets the keys' values, updating the keys present in {@code existing} and inserting the others. */
    void write(long orderId, Map<String, String> values, Map<String, String> existing) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (existing.containsKey(e.getKey())) {
                jdbc.update(updateSql, e.getValue(), orderId, e.getKey());
            } else {
                jdbc.update(insertSql, e.getValue(), orderId, e.getKey());
            }
        }
    }
}

package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order meta in one storage: {@code wc_orders_meta} for HPOS, {@code postmeta} for posts storage.
 * A key is one row per order here (as WooCommerce's {@code update_meta_data} keeps it); an update
 * changes every row of the key, an absent key is inserted.
 */
final class WooCommerceOrderMeta {

    /** {@code %s}: one bound placeholder per order id, then one per key. */
    private static final String HPOS_READ = """
            SELECT order_id, meta_key, meta_value FROM wp_wc_orders_meta
            WHERE order_id IN (%s) AND meta_key IN (%s) ORDER BY id""";
    private static final String HPOS_UPDATE = """
            UPDATE wp_wc_orders_meta SET meta_value = ? WHERE order_id = ? AND meta_key = ?""";
    private static final String HPOS_INSERT = """
            INSERT INTO wp_wc_orders_meta (meta_value, order_id, meta_key) VALUES (?, ?, ?)""";

    /** {@code %s}: one bound placeholder per order id, then one per key. */
    private static final String POSTS_READ = """
            SELECT post_id, meta_key, meta_value FROM wp_postmeta
            WHERE post_id IN (%s) AND meta_key IN (%s) ORDER BY meta_id""";
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
        return readAll(List.of(orderId), keys).getOrDefault(orderId, new HashMap<>());
    }

    /** Order id → the values of these keys on it, for each order that has any; the first row wins. */
    Map<Long, Map<String, String>> readAll(Collection<Long> orderIds, Collection<String> keys) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        if (orderIds.isEmpty()) {
            return values;
        }
        List<Object> args = new ArrayList<>(orderIds);
        args.addAll(keys);
        jdbc.query(readSql.formatted(SqlRows.placeholders(orderIds.size()),
                        SqlRows.placeholders(keys.size())),
                rs -> {
                    values.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).putIfAbsent(rs.getString(2), rs.getString(3));
                }, args.toArray());
        return values;
    }

    /** Sets the keys' values, updating the keys present in {@code existing} and inserting the others. */
    void write(long orderId, Map<String, String> values, Map<String, String> existing) {
        Writes writes = new Writes();
        writes.put(orderId, values, existing);
        writeAll(writes);
    }

    /** Runs the updates and inserts collected, as two JDBC batches. */
    void writeAll(Writes writes) {
        if (!writes.updates.isEmpty()) {
            jdbc.batchUpdate(updateSql, writes.updates);
        }
        if (!writes.inserts.isEmpty()) {
            jdbc.batchUpdate(insertSql, writes.inserts);
        }
    }

    /** Meta values to write to several orders at once: an update for a key the order has, else an insert. */
    static final class Writes {

        private final List<Object[]> updates = new ArrayList<>();
        private final List<Object[]> inserts = new ArrayList<>();

        void put(long orderId, Map<String, String> values, Map<String, String> existing) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                Object[] row = {e.getValue(), orderId, e.getKey()};
                (existing.containsKey(e.getKey()) ? updates : inserts).add(row);
            }
        }
    }
}

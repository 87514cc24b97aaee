package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stock writes of one inventory call: what each managed item needs to reach its level, sent as
 * multi-row statements of up to {@value SqlRows#BLOCK} rows (one for the post meta, one for the lookup
 * table per block), so a batch of a thousand changed items costs two statements. Existing meta
 * rows are updated by their {@code meta_id}, missing ones inserted by the same statement.
 */
final class WooCommerceStockWrites implements WooCommerceStockWriter {

    /** {@code %s}: one {@code (?, ?, ?, ?)} group per row ({@link SqlRows#update}); a NULL meta_id inserts a new row. */
    private static final String UPSERT_META = """
            INSERT INTO wp_postmeta (meta_id, post_id, meta_key, meta_value) VALUES %s
            ON DUPLICATE KEY UPDATE meta_value = VALUES(meta_value)""";
    /** {@code %s}: one {@code (?, ?, ?)} group per row; only for rows read from the table in this transaction. */
    private static final String UPSERT_LOOKUP = """
            INSERT INTO wp_wc_product_meta_lookup (product_id, stock_quantity, stock_status) VALUES %s
            ON DUPLICATE KEY UPDATE stock_quantity = VALUES(stock_quantity), stock_status = VALUES(stock_status)""";

    /** One product or variation as read: its stock meta (value and meta_id per key) and lookup row. */
    static final class Item {
        final long id;
        final Map<String, String> meta = new HashMap<>(8);
        final Map<String, Long> metaIds = new HashMap<>(8);
        boolean inLookup;
        BigDecimal lookupQuantity;
        String lookupStatus;

        Item(long id) {
            this.id = id;
        }

        boolean managed() {
            return "yes".equals(meta.get("_manage_stock"));
        }
    }

    private final JdbcTemplate jdbc;
    private final String upsertMeta;
    private final String upsertLookup;
    private final List<Object[]> metaRows = new ArrayList<>();
    private final List<Object[]> lookupRows = new ArrayList<>();
    private int changed;

    WooCommerceStockWrites(JdbcTemplate jdbc, WooCommerceTables tables) {
        this.jdbc = jdbc;
        this.upsertMeta = tables.sql(UPSERT_META);
        this.upsertLookup = tables.sql(UPSERT_LOOKUP);
    }

    /** WooCommerce's rule: in stock above zero, else on backorder when backorders are allowed, else out of stock. */
    static String status(BigDecimal quantity, String backorders) {
        return quantity.signum() > 0 ? "instock"
                : "yes".equals(backorders) || "notify".equals(backorders) ? "onbackorder" : "outofstock";
    }

    @Override
    public boolean add(Item item, BigDecimal quantity) {
        if (!needsWrite(item, quantity)) {
            return false;
        }
        String status = status(quantity, item.meta.get("_backorders"));
        boolean stockSame = same(item.meta.get("_stock"), quantity);
        boolean statusSame = status.equals(item.meta.get("_stock_status"));
        boolean lookupSame = lookupSame(item, quantity, status);
        if (!stockSame) {
            metaRows.add(new Object[] {item.metaIds.get("_stock"), item.id, "_stock", WooCommerceShipmentState.plain(quantity)});
        }
        if (!statusSame) {
            metaRows.add(new Object[] {item.metaIds.get("_stock_status"), item.id, "_stock_status", status});
        }
        if (!lookupSame) {
            lookupRows.add(new Object[] {item.id, quantity.doubleValue(), status});
        }
        changed++;
        return true;
    }

    /** Whether the item's stock meta or lookup row differ from what the quantity makes them. */
    static boolean needsWrite(Item item, BigDecimal quantity) {
        String status = status(quantity, item.meta.get("_backorders"));
        return !same(item.meta.get("_stock"), quantity) || !status.equals(item.meta.get("_stock_status"))
                || !lookupSame(item, quantity, status);
    }

    private static boolean lookupSame(Item item, BigDecimal quantity, String status) {
        return !item.inLookup || (item.lookupQuantity != null && item.lookupQuantity.compareTo(quantity) == 0
                && status.equals(item.lookupStatus));
    }

    @Override
    public int changed() {
        return changed;
    }

    @Override
    public void flush() {
        SqlRows.update(jdbc, upsertMeta, metaRows);
        SqlRows.update(jdbc, upsertLookup, lookupRows);
        metaRows.clear();
        lookupRows.clear();
    }

    private static boolean same(String current, BigDecimal quantity) {
        try {
            return current != null && !current.isBlank() && new BigDecimal(current.trim()).compareTo(quantity) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

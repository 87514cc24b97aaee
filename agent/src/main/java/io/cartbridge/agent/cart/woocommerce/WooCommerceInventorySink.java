package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.woocommerce.WooCommerceStockWrites.Item;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock levels onto WooCommerce products and variations with {@code _manage_stock = 'yes'}: the
 * {@code _stock} and {@code _stock_status} post meta and the {@code wc_product_meta_lookup} row.
 * Per chunk of {@value #CHUNK} SKUs: one query for the lookup table, one for {@code _sku} meta of
 * SKUs missing there, one for the stock meta; then one multi-row statement each for the post meta
 * and the lookup table, for the changed items only (see {@link WooCommerceStockWrites}).
 */
final class WooCommerceInventorySink implements InventorySink {

    static final int CHUNK = 1000;

    /** {@code %s}: one bound placeholder per SKU. */
    private static final String BY_LOOKUP = """
            SELECT product_id, sku, stock_quantity, stock_status FROM wp_wc_product_meta_lookup
            WHERE sku IN (%s)""";
    /** {@code %s}: one bound placeholder per SKU. */
    private static final String BY_META = """
            SELECT m.post_id, m.meta_value FROM wp_postmeta m
            JOIN wp_posts p ON p.ID = m.post_id AND p.post_type IN ('product', 'product_variation')
            WHERE m.meta_key = '_sku' AND m.meta_value IN (%s)""";
    /** {@code %s}: one bound placeholder per product id. */
    private static final String STOCK_META = """
            SELECT post_id, meta_key, meta_value, meta_id FROM wp_postmeta
            WHERE post_id IN (%s) AND meta_key IN ('_manage_stock', '_stock', '_stock_status', '_backorders')""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String byLookup;
    private final String byMeta;
    private final String stockMeta;
    private final WooCommerceTables tables;
    private final java.util.function.Supplier<WooCommerceStockWriter> writer;

    WooCommerceInventorySink(JdbcTemplate jdbc, TransactionTemplate transaction, WooCommerceTables tables) {
        this(jdbc, transaction, tables, null);
    }

    /** @param writer where the stock goes (the REST API, say); {@code null} for the tables */
    WooCommerceInventorySink(JdbcTemplate jdbc, TransactionTemplate transaction, WooCommerceTables tables,
                             java.util.function.Supplier<WooCommerceStockWriter> writer) {
        this.writer = writer != null ? writer : () -> new WooCommerceStockWrites(jdbc, tables);
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.byLookup = tables.sql(BY_LOOKUP);
        this.byMeta = tables.sql(BY_META);
        this.stockMeta = tables.sql(STOCK_META);
        this.tables = tables;
    }

    @Override
    public InventoryResult apply(List<StockLevel> levels) {
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        for (StockLevel level : levels) {
            if (level.sku() != null && !level.sku().isBlank() && level.quantity() != null) {
                wanted.remove(level.sku().trim());
                wanted.put(level.sku().trim(), level.quantity());
            }
        }
        List<String> skus = new ArrayList<>(wanted.keySet());
        return transaction.execute(status -> {
            WooCommerceStockWriter writes = writer.get();
            int unchanged = 0;
            List<String> unknown = new ArrayList<>();
            List<String> unmanaged = new ArrayList<>();
            for (int from = 0; from < skus.size(); from += CHUNK) {
                List<String> chunk = skus.subList(from, Math.min(skus.size(), from + CHUNK));
                Map<String, Item> items = find(chunk);
                Set<String> atLevel = new HashSet<>();
                List<Item> toRead = new ArrayList<>(items.size());
                items.forEach((sku, item) -> {
                    if (atLevelInLookup(item, wanted.get(sku))) {
                        atLevel.add(sku);
                    } else {
                        toRead.add(item);
                    }
                });
                stock(toRead);
                for (String sku : chunk) {
                    Item item = items.get(sku);
                    if (atLevel.contains(sku)) {
                        unchanged++;
                    } else if (item == null) {
                        unknown.add(sku);
                    } else if (!item.managed()) {
                        unmanaged.add(sku);
                    } else if (!writes.add(item, wanted.get(sku))) {
                        unchanged++;
                    }
                }
            }
            writes.flush();
            return new InventoryResult(writes.changed(), unchanged, unknown, unmanaged);
        });
    }

    /**
     * True when the item's lookup row already shows this quantity and a status that goes with it.
     * WooCommerce keeps {@code wc_product_meta_lookup} in step with {@code _stock} and
     * {@code _stock_status} (and leaves its quantity NULL when stock is not managed), so such an item
     * needs neither a write nor a read of its meta: an unchanged item costs one row of one query.
     */
    private static boolean atLevelInLookup(Item item, BigDecimal quantity) {
        if (!item.inLookup || item.lookupQuantity == null || item.lookupQuantity.compareTo(quantity) != 0) {
            return false;
        }
        return quantity.signum() > 0 ? "instock".equals(item.lookupStatus)
                : "outofstock".equals(item.lookupStatus) || "onbackorder".equals(item.lookupStatus);
    }

    /** The product or variation of each SKU: the lookup table first, {@code _sku} meta for the others. */
    private Map<String, Item> find(List<String> skus) {
        Map<String, Item> items = new HashMap<>();
        jdbc.query(byLookup.formatted(SqlRows.placeholders(skus.size())), rs -> {
            Item item = new Item(rs.getLong(1));
            item.inLookup = true;
            double quantity = rs.getDouble(3);
            item.lookupQuantity = rs.wasNull() ? null : BigDecimal.valueOf(quantity);
            item.lookupStatus = rs.getString(4);
            items.merge(rs.getString(2).trim(), item, WooCommerceInventorySink::lowerId);
        }, skus.toArray());
        List<String> missing = skus.stream().filter(sku -> !items.containsKey(sku)).toList();
        if (!missing.isEmpty()) {
            jdbc.query(byMeta.formatted(SqlRows.placeholders(missing.size())), rs -> {
                items.merge(rs.getString(2).trim(), new Item(rs.getLong(1)), WooCommerceInventorySink::lowerId);
            }, missing.toArray());
        }
        return items;
    }

    /** Of two products with one SKU, the older (lower id) wins, whatever order the rows came in. */
    private static Item lowerId(Item a, Item b) {
        return a.id <= b.id ? a : b;
    }

    /** Loads the stock meta of the items (unsorted: sorting costs MariaDB more than comparing ids here). */
    private void stock(java.util.Collection<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<Long, Item> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.id, item));
        jdbc.query(stockMeta.formatted(SqlRows.placeholders(byId.size())), rs -> {
            Item item = byId.get(rs.getLong(1));
            String key = rs.getString(2);
            long metaId = rs.getLong(4);
            Long seen = item.metaIds.get(key);
            if (seen == null || metaId < seen) {          // the first row of a repeated key wins, as in WordPress
                item.meta.put(key, rs.getString(3));
                item.metaIds.put(key, metaId);
            }
        }, byId.keySet().toArray());
    }
}

package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quantities ordered per SKU on one order, the SKU resolved as the order source does: the
 * variation if the line has one, else the product; {@code wc_product_meta_lookup.sku} first, the
 * {@code _sku} post meta for products missing from the lookup table.
 */
final class WooCommerceOrderSkus {

    /** A line without a SKU; it cannot be confirmed by SKU, so the order never counts as fully shipped. */
    static final String NO_SKU = "";

    /** {@code %s}: one bound placeholder per order id. */
    private static final String LINES = """
            SELECT i.order_id, i.order_item_id, m.meta_key, m.meta_value
            FROM wp_woocommerce_order_items i
            JOIN wp_woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id
                 AND m.meta_key IN ('_product_id', '_variation_id', '_qty')
            WHERE i.order_id IN (%s) AND i.order_item_type = 'line_item'""";
    /** {@code %s}: one bound placeholder per product id. */
    private static final String LOOKUP_SKUS = """
            SELECT product_id, sku FROM wp_wc_product_meta_lookup WHERE product_id IN (%s)""";
    /** {@code %s}: one bound placeholder per product id. */
    private static final String META_SKUS = """
            SELECT post_id, meta_value FROM wp_postmeta WHERE post_id IN (%s) AND meta_key = '_sku'""";

    private final JdbcTemplate jdbc;
    private final String linesSql;
    private final String lookupSql;
    private final String metaSql;

    WooCommerceOrderSkus(JdbcTemplate jdbc, WooCommerceTables tables) {
        this.jdbc = jdbc;
        this.linesSql = tables.sql(LINES);
        this.lookupSql = tables.sql(LOOKUP_SKUS);
        this.metaSql = tables.sql(META_SKUS);
    }

    /** SKU → quantity ordered (summed over lines); lines without a SKU under {@link #NO_SKU}. */
    Map<String, BigDecimal> ordered(long orderId) {
        return orderedAll(List.of(orderId)).get(orderId);
    }

    /**
     * Order id → (SKU → quantity ordered) for each order asked for, with an empty map for an order
     * without lines; three queries whatever the number of orders.
     */
    Map<Long, Map<String, BigDecimal>> orderedAll(Collection<Long> orderIds) {
        Map<Long, Map<String, BigDecimal>> ordered = new HashMap<>();
        if (orderIds.isEmpty()) {
            return ordered;
        }
        Map<Long, Long> orderOfItem = new HashMap<>();
        Map<Long, Map<String, String>> items = new LinkedHashMap<>();
        jdbc.query(linesSql.formatted(SqlRows.placeholders(orderIds.size())), rs -> {
            long item = rs.getLong(2);
            orderOfItem.put(item, rs.getLong(1));
            items.computeIfAbsent(item, k -> new HashMap<>()).put(rs.getString(3), rs.getString(4));
        }, orderIds.toArray());
        Map<Long, Long> refs = new HashMap<>();
        items.forEach((item, meta) -> {
            refs.put(item, WooCommerceLineItems.productRef(meta));
        });
        Map<Long, String> skus = skus(refs.values());
        for (Long orderId : orderIds) {
            ordered.put(orderId, new LinkedHashMap<>());
        }
        items.forEach((item, meta) -> {
            String sku = skus.getOrDefault(refs.get(item), NO_SKU);
            ordered.get(orderOfItem.get(item)).merge(sku, quantityOrZero(meta), BigDecimal::add);
        });
        return ordered;
    }

    private Map<Long, String> skus(Collection<Long> refs) {
        Set<Long> ids = new LinkedHashSet<>(refs);
        ids.remove(0L);
        Map<Long, String> skus = new HashMap<>();
        if (ids.isEmpty()) {
            return skus;
        }
        String in = SqlRows.placeholders(ids.size());
        Map<Long, String> lookup = new HashMap<>();
        jdbc.query(lookupSql.formatted(in), rs -> {
            lookup.put(rs.getLong(1), trim(rs.getString(2)));
        }, ids.toArray());
        Map<Long, String> meta = new HashMap<>();
        jdbc.query(metaSql.formatted(in), rs -> {
            meta.putIfAbsent(rs.getLong(1), trim(rs.getString(2)));
        }, ids.toArray());
        for (Long id : ids) {
            String sku = lookup.containsKey(id) ? lookup.get(id) : meta.get(id);
            if (sku != null && !sku.isEmpty()) {
                skus.put(id, sku);
            }
        }
        return skus;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static BigDecimal quantityOrZero(Map<String, String> itemMeta) {
        BigDecimal quantity = WooCommerceLineItems.quantity(itemMeta);
        return quantity == null ? BigDecimal.ZERO : quantity;
    }
}

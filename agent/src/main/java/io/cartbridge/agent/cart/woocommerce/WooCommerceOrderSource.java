package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.NumericOrderIds;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.edi.model.Address;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paid WooCommerce orders ({@code shop_order} in {@code wc-processing}), a page at a time: one query
 * for the orders and their addresses, one for their line and shipping items, one for the SKUs. The cursor is the
 * order id, in decimal.
 */
final class WooCommerceOrderSource implements OrderSource {

    private static final String HPOS_ORDERS = """
            SELECT o.id, o.date_created_gmt AS created, o.customer_note, o.billing_email,
                   s.first_name, s.last_name, s.company, s.address_1, s.address_2, s.city, s.state,
                   s.postcode, s.country, s.phone, s.email, b.phone AS billing_phone
            FROM wp_wc_orders o
            LEFT JOIN wp_wc_order_addresses s ON s.order_id = o.id AND s.address_type = 'shipping'
            LEFT JOIN wp_wc_order_addresses b ON b.order_id = o.id AND b.address_type = 'billing'
            WHERE o.type = 'shop_order' AND o.status = 'wc-processing' AND o.id > ?
            ORDER BY o.id
            LIMIT ?""";

    private static final String POSTS_ORDERS = """
            SELECT p.ID AS id, p.post_date_gmt AS created, p.post_excerpt AS customer_note,
                   MAX(CASE WHEN m.meta_key = '_billing_email' THEN m.meta_value END) AS billing_email,
                   MAX(CASE WHEN m.meta_key = '_shipping_first_name' THEN m.meta_value END) AS first_name,
                   MAX(CASE WHEN m.meta_key = '_shipping_last_name' THEN m.meta_value END) AS last_name,
                   MAX(CASE WHEN m.meta_key = '_shipping_company' THEN m.meta_value END) AS company,
                   MAX(CASE WHEN m.meta_key = '_shipping_address_1' THEN m.meta_value END) AS address_1,
                   MAX(CASE WHEN m.meta_key = '_shipping_address_2' THEN m.meta_value END) AS address_2,
                   MAX(CASE WHEN m.meta_key = '_shipping_city' THEN m.meta_value END) AS city,
                   MAX(CASE WHEN m.meta_key = '_shipping_state' THEN m.meta_value END) AS state,
                   MAX(CASE WHEN m.meta_key = '_shipping_postcode' THEN m.meta_value END) AS postcode,
                   MAX(CASE WHEN m.meta_key = '_shipping_country' THEN m.meta_value END) AS country,
                   MAX(CASE WHEN m.meta_key = '_shipping_phone' THEN m.meta_value END) AS phone,
                   NULL AS email,
                   MAX(CASE WHEN m.meta_key = '_billing_phone' THEN m.meta_value END) AS billing_phone
            FROM wp_posts p
            LEFT JOIN wp_postmeta m ON m.post_id = p.ID AND m.meta_key IN ('_billing_email',
                 '_shipping_first_name', '_shipping_last_name', '_shipping_company', '_shipping_address_1',
                 '_shipping_address_2', '_shipping_city', '_shipping_state', '_shipping_postcode',
                 '_shipping_country', '_shipping_phone', '_billing_phone')
            WHERE p.post_type = 'shop_order' AND p.post_status = 'wc-processing' AND p.ID > ?
            GROUP BY p.ID, p.post_date_gmt, p.post_excerpt
            ORDER BY p.ID
            LIMIT ?""";

    /**
     * Line and shipping items with the meta CartBridge needs, one row per (item, meta); pivoted in
     * Java, which is cheaper than a GROUP BY and its temporary table, and put in item order there too
     * (an ORDER BY costs the server a filesort). {@code %s}: bound placeholders.
     */
    private static final String ITEMS = """
            SELECT i.order_id, i.order_item_id, i.order_item_type, i.order_item_name, m.meta_key, m.meta_value
            FROM wp_woocommerce_order_items i
            LEFT JOIN wp_woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id
                 AND m.meta_key IN ('_product_id', '_variation_id', '_qty', 'method_id')
            WHERE i.order_id IN (%s) AND i.order_item_type IN ('line_item', 'shipping')""";

    /**
     * Custom order numbers (Sequential Order Numbers and similar plugins keep the number customers see
     * in {@code _order_number}); without one, the order id is the number, as in WooCommerce itself.
     */
    private static final String HPOS_ORDER_NUMBERS = """
            SELECT order_id, meta_value FROM wp_wc_orders_meta WHERE order_id IN (%s) AND meta_key = '_order_number'""";
    private static final String POSTS_ORDER_NUMBERS = """
            SELECT post_id, meta_value FROM wp_postmeta WHERE post_id IN (%s) AND meta_key = '_order_number'""";

    /** SKUs from the product lookup table, which WooCommerce keeps in step with {@code _sku}. */
    private static final String LOOKUP_SKUS = """
            SELECT product_id, sku FROM wp_wc_product_meta_lookup WHERE product_id IN (%s)""";

    /**
     * Product meta by product id: {@code _global_unique_id} (GTIN), and {@code _sku} for products
     * missing from the lookup table.
     */
    private static final String META = """
            SELECT post_id, meta_key, meta_value FROM wp_postmeta
            WHERE post_id IN (%s) AND meta_key IN ('_global_unique_id', '_sku')""";

    private final JdbcTemplate jdbc;
    private final String ordersSql;
    private final String itemsSql;
    private final String orderNumbersSql;
    private final String lookupSql;
    private final String metaSql;
    private final WooCommerceOrderSkus skus;

    WooCommerceOrderSource(JdbcTemplate jdbc, WooCommerceTables tables, boolean hpos) {
        this.jdbc = jdbc;
        this.skus = new WooCommerceOrderSkus(jdbc, tables);
        this.ordersSql = tables.sql(hpos ? HPOS_ORDERS : POSTS_ORDERS);
        this.itemsSql = tables.sql(ITEMS);
        this.orderNumbersSql = tables.sql(hpos ? HPOS_ORDER_NUMBERS : POSTS_ORDER_NUMBERS);
        this.lookupSql = tables.sql(LOOKUP_SKUS);
        this.metaSql = tables.sql(META);
    }

    @Override
    public List<CartOrder> page(String afterCursor, int limit) {
        long afterKey = afterCursor == null ? 0 : orderId(afterCursor);
        List<Header> headers = jdbc.query(ordersSql, WooCommerceOrderSource::header, afterKey, limit);
        if (headers.isEmpty()) {
            return List.of();
        }
        Object[] ids = headers.stream().map(Header::id).toArray();
        List<Item> items = items(ids);
        Map<Long, Product> products = products(items);
        Map<Long, String> numbers = new HashMap<>();
        jdbc.query(orderNumbersSql.formatted(SqlRows.placeholders(ids.length)), rs -> {
            String number = blankToNull(rs.getString(2));
            if (number != null) {
                numbers.put(rs.getLong(1), number);
            }
        }, ids);
        Map<Long, List<Item>> itemsByOrder = new HashMap<>();
        for (Item item : items) {
            itemsByOrder.computeIfAbsent(item.orderId(), k -> new ArrayList<>()).add(item);
        }
        List<CartOrder> orders = new ArrayList<>(headers.size());
        for (Header header : headers) {
            orders.add(order(header, numbers.get(header.id()), itemsByOrder.getOrDefault(header.id(), List.of()), products));
        }
        return orders;
    }

    @Override
    public Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : cartOrderIds) {
            try {
                ids.add(Long.parseLong(id.trim()));
            } catch (NumberFormatException e) {
                // not a WooCommerce order id: no such order
            }
        }
        Map<String, Map<String, BigDecimal>> units = new HashMap<>();
        skus.orderedAll(ids).forEach((orderId, bySku) -> {
            Map<String, BigDecimal> withSku = new HashMap<>(bySku);
            withSku.remove(WooCommerceOrderSkus.NO_SKU);
            units.put(Long.toString(orderId), withSku);
        });
        return units;
    }

    private static long orderId(String cursor) {
        return NumericOrderIds.cursor(cursor, "WooCommerce");
    }

    private Map<Long, Product> products(List<Item> items) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Item item : items) {
            if (item.productRef() != null) {
                ids.add(item.productRef());
            }
        }
        Map<Long, Product> products = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return products;
        }
        Object[] args = ids.toArray();
        String in = SqlRows.placeholders(ids.size());
        Map<Long, String> skus = new HashMap<>();
        jdbc.query(lookupSql.formatted(in), rs -> {
            skus.put(rs.getLong(1), blankToNull(rs.getString(2)));
        }, args);
        Map<Long, String> metaSkus = new HashMap<>();
        Map<Long, String> gtins = new HashMap<>();
        jdbc.query(metaSql.formatted(in), rs -> {
            String key = rs.getString(2);
            if ("_global_unique_id".equals(key)) {
                gtins.put(rs.getLong(1), gtin(rs.getString(3)));
            } else if ("_sku".equals(key)) {
                metaSkus.put(rs.getLong(1), blankToNull(rs.getString(3)));
            }
        }, args);
        for (Long id : ids) {
            String sku = skus.containsKey(id) ? skus.get(id) : metaSkus.get(id);
            products.put(id, new Product(sku, gtins.get(id)));
        }
        return products;
    }

    private static CartOrder order(Header h, String orderNumber, List<Item> items, Map<Long, Product> products) {
        List<CartOrderLine> lines = new ArrayList<>();
        String shippingMethod = null;
        for (Item item : items) {
            if ("shipping".equals(item.type())) {
                shippingMethod = shippingMethod == null ? blankToNull(item.methodId()) : shippingMethod;
                continue;
            }
            Product product = item.productRef() == null ? null : products.get(item.productRef());
            lines.add(new CartOrderLine(lines.size() + 1,
                    item.productRef() == null ? null : item.productRef().toString(),
                    product == null ? null : product.sku(), product == null ? null : product.gtin(),
                    item.name(), item.quantity()));
        }
        String id = Long.toString(h.id());
        return new CartOrder(id, id, orderNumber == null ? id : orderNumber, h.created(), h.shipTo(), shippingMethod,
                blankToNull(h.customerNote()), lines);
    }

    /**
     * Columns by position (both order queries select the same columns in the same order): a look-up by label
     * is a case-insensitive search of the row's columns, fifteen times a row.
     */
    private static Header header(ResultSet rs, int row) throws SQLException {
        String name = (nullToEmpty(rs.getString(5)) + " " + nullToEmpty(rs.getString(6))).trim();
        String line1 = blankToNull(rs.getString(8));
        String phone = blankToNull(rs.getString(14));
        String email = blankToNull(rs.getString(15));
        Address shipTo = line1 == null ? null : new Address(blankToNull(name), blankToNull(rs.getString(7)),
                line1, blankToNull(rs.getString(9)), blankToNull(rs.getString(10)),
                blankToNull(rs.getString(11)), blankToNull(rs.getString(12)),
                blankToNull(rs.getString(13)),
                phone != null ? phone : blankToNull(rs.getString(16)),
                email != null ? email : blankToNull(rs.getString(4)));
        Timestamp created = rs.getTimestamp(2);
        return new Header(rs.getLong(1), created == null ? null : created.toLocalDateTime(), shipTo,
                rs.getString(3));
    }

    private List<Item> items(Object[] orderIds) {
        Map<Long, ItemRow> rows = new TreeMap<>();
        jdbc.query(itemsSql.formatted(SqlRows.placeholders(orderIds.length)), rs -> {
            ItemRow row = rows.computeIfAbsent(rs.getLong(2), id -> new ItemRow());
            row.orderId = rs.getLong(1);
            row.type = rs.getString(3);
            row.name = row.name == null ? rs.getString(4) : row.name;
            String key = rs.getString(5);
            if (key != null) {
                row.meta.put(key, rs.getString(6));
            }
        }, orderIds);
        List<Item> items = new ArrayList<>(rows.size());
        for (ItemRow row : rows.values()) {
            long ref = WooCommerceLineItems.productRef(row.meta);
            items.add(new Item(row.orderId, row.type, row.name, ref > 0 ? ref : null,
                    WooCommerceLineItems.quantity(row.meta), row.meta.get("method_id")));
        }
        return items;
    }

    /** One item while its meta rows are collected. */
    private static final class ItemRow {
        long orderId;
        String type;
        String name;
        final Map<String, String> meta = new HashMap<>(8);
    }


    /** A GTIN is 8, 12, 13 or 14 digits; anything else in the field is not used as one. */
    private static String gtin(String value) {
        String v = blankToNull(value);
        return v != null && v.matches("\\d{8}|\\d{12,14}") ? v : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    private record Header(long id, java.time.LocalDateTime created, Address shipTo, String customerNote) {
    }

    private record Item(long orderId, String type, String name, Long productRef, BigDecimal quantity, String methodId) {
    }

    private record Product(String sku, String gtin) {
    }
}

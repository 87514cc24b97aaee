package io.cartbridge.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bare program's reading: paid WooCommerce orders (HPOS tables) in id order, a keyset page at a
 * time, each with its shipping address (billing email as the fallback), then one query for the page's
 * line items with quantity and SKU (the variation's, else the product's, from the product lookup table).
 * Line items are in item id order within their order.
 */
final class BarePages implements AutoCloseable {

    private static final String ORDERS = """
            SELECT o.id, o.date_created_gmt, o.billing_email, s.first_name, s.last_name, s.address_1, s.address_2,
                   s.city, s.state, s.postcode, s.country, s.phone, s.email
            FROM wp_wc_orders o
            LEFT JOIN wp_wc_order_addresses s ON s.order_id = o.id AND s.address_type = 'shipping'
            WHERE o.type = 'shop_order' AND o.status = 'wc-processing' AND o.id > ?
            ORDER BY o.id
            LIMIT ?""";
    /**
     * One row per (line item, meta): the product and variation rows carry that product's SKU from the
     * lookup table. Pivoted in Java: cheaper than joining the meta table once per key. {@code %s}: one
     * bound placeholder per order of the page.
     */
    private static final String ITEMS = """
            SELECT i.order_id, i.order_item_id, i.order_item_name, m.meta_key, m.meta_value, l.sku
            FROM wp_woocommerce_order_items i
            LEFT JOIN wp_woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id
                 AND m.meta_key IN ('_product_id', '_variation_id', '_qty')
            LEFT JOIN wp_wc_product_meta_lookup l ON m.meta_key <> '_qty' AND l.product_id = CAST(m.meta_value AS UNSIGNED)
            WHERE i.order_id IN (%s) AND i.order_item_type = 'line_item'""";

    private final Connection cart;
    private final int pageSize;
    private final PreparedStatement orders;
    private final PreparedStatement fullPageItems;
    private long after;

    /** Pages of orders after the order id {@code after}. */
    BarePages(Connection cart, long after, int pageSize) throws SQLException {
        this.cart = cart;
        this.pageSize = pageSize;
        this.after = after;
        this.orders = cart.prepareStatement(ORDERS);
        this.fullPageItems = cart.prepareStatement(ITEMS.formatted(placeholders(pageSize)));
    }

    /** {@return the next page of orders with their lines, empty at the end} */
    List<Bare940.Order> next() throws SQLException {
        orders.setLong(1, after);
        orders.setInt(2, pageSize);
        List<Bare940.Order> page = new ArrayList<>(pageSize);
        Map<Long, List<Bare940.Line>> lines = new HashMap<>(pageSize * 2);
        try (ResultSet rs = orders.executeQuery()) {
            while (rs.next()) {
                Timestamp created = rs.getTimestamp(2);
                String email = rs.getString(13);
                Bare940.Order order = new Bare940.Order(rs.getLong(1), created == null ? null : created.toLocalDateTime(),
                        (text(rs.getString(4)) + " " + text(rs.getString(5))).strip(), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        email == null || email.isBlank() ? rs.getString(3) : email, new ArrayList<>(4));
                page.add(order);
                lines.put(order.id(), order.lines());
            }
        }
        if (page.isEmpty()) {
            return page;
        }
        after = page.get(page.size() - 1).id();
        PreparedStatement items = page.size() == pageSize ? fullPageItems
                : cart.prepareStatement(ITEMS.formatted(placeholders(page.size())));
        try {
            for (int i = 0; i < page.size(); i++) {
                items.setLong(i + 1, page.get(i).id());
            }
            Map<Long, Item> byId = new TreeMap<>();
            try (ResultSet rs = items.executeQuery()) {
                while (rs.next()) {
                    Item item = byId.computeIfAbsent(rs.getLong(2), id -> new Item());
                    item.orderId = rs.getLong(1);
                    item.name = rs.getString(3);
                    String key = rs.getString(4);
                    if ("_qty".equals(key)) {
                        item.quantity = quantity(rs.getString(5));
                    } else if ("_variation_id".equals(key)) {
                        item.variationSku = rs.getString(6);
                    } else if ("_product_id".equals(key)) {
                        item.productSku = rs.getString(6);
                    }
                }
            }
            for (Item item : byId.values()) {
                String sku = item.variationSku == null || item.variationSku.isBlank() ? item.productSku : item.variationSku;
                lines.get(item.orderId).add(new Bare940.Line(sku, item.quantity, item.name));
            }
        } finally {
            if (items != fullPageItems) {
                items.close();
            }
        }
        return page;
    }

    /** An order the warehouse can ship: an address and lines, each with a SKU and a positive quantity. */
    static boolean complete(Bare940.Order order) {
        if (order.line1() == null || order.line1().isBlank() || order.lines().isEmpty()) {
            return false;
        }
        for (Bare940.Line line : order.lines()) {
            if (line.sku() == null || line.sku().isBlank() || line.quantity() < 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        try (orders; fullPageItems) {
            // both closed
        }
    }

    /** A line item while its meta rows are read. */
    private static final class Item {
        long orderId;
        String name;
        int quantity;
        String productSku;
        String variationSku;
    }

    /** {@code _qty} as a whole number, or 0 when it is not one. */
    private static int quantity(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}

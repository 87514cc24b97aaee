package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.NumericOrderIds;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.edi.model.Address;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Magento orders to ship, a page at a time: state {@code processing} with one of the configured statuses, and at least
 * one item Magento would still ship ({@link Magento2OrderItems}); an order whose physical items have all shipped, or that
 * has none, is not handed out. The ship-to address is the order's {@code shipping} row of {@code sales_order_address}
 * (its {@code street} holds the lines separated by newlines; the region's code from {@code directory_country_region}
 * when the address names one). The order number is the {@code increment_id} the customer sees, the shipping method
 * Magento's {@code carrier_method} code ({@code flatrate_flatrate}). The cursor is {@code sales_order.entity_id}.
 */
final class Magento2OrderSource implements OrderSource {

    /**
     * {@code %s}: one bound placeholder per status. The items are counted in a scalar subquery, not tested with
     * {@code EXISTS}: MariaDB may turn an {@code EXISTS} into a semi-join materialised over every order item of the shop
     * (once per page, so a page costs as much as the shop has open orders), where the count is one lookup of the order's items
     * ({@code SALES_ORDER_ITEM_ORDER_ID}) per order, read in {@code entity_id} order from the state index, up to the limit.
     */
    private static final String ORDERS = """
            SELECT o.entity_id, o.increment_id, o.created_at, o.shipping_method, o.customer_note, o.customer_email,
                   a.firstname, a.middlename, a.lastname, a.company, a.street, a.city, r.code, a.region, a.postcode,
                   a.country_id, a.telephone, a.email
            FROM {sales_order} o
            LEFT JOIN {sales_order_address} a ON a.parent_id = o.entity_id AND a.address_type = 'shipping'
            LEFT JOIN {directory_country_region} r ON r.region_id = a.region_id
            WHERE o.entity_id > ? AND o.state = 'processing' AND o.status IN (%s)
              AND (SELECT COUNT(*) FROM {sales_order_item} i LEFT JOIN {sales_order_item} p ON p.item_id = i.parent_item_id
                   WHERE i.order_id = o.entity_id AND """ + " " + Magento2OrderItems.SHIPPABLE + """

                     AND COALESCE(i.qty_ordered, 0) - GREATEST(COALESCE(i.qty_shipped, 0), COALESCE(i.qty_refunded, 0))
                         - COALESCE(i.qty_canceled, 0) > 0) > 0
            ORDER BY o.entity_id
            LIMIT ?""";

    private final JdbcTemplate jdbc;
    private final String ordersSql;
    private final List<String> statuses;
    private final Magento2OrderItems items;

    Magento2OrderSource(JdbcTemplate jdbc, Magento2Tables tables, List<String> statuses) {
        this.jdbc = jdbc;
        this.ordersSql = tables.sql(ORDERS).formatted(SqlRows.placeholders(statuses.size()));
        this.statuses = statuses;
        this.items = new Magento2OrderItems(jdbc, tables);
    }

    @Override
    public List<CartOrder> page(String afterCursor, int limit) {
        List<Object> args = new ArrayList<>();
        args.add(afterCursor == null ? 0 : orderId(afterCursor));
        args.addAll(statuses);
        args.add(limit);
        List<Header> headers = jdbc.query(ordersSql, Magento2OrderSource::header, args.toArray());
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Magento2OrderItems.Item>> byOrder = items.items(headers.stream().map(Header::id).toList());
        List<CartOrder> orders = new ArrayList<>(headers.size());
        for (Header h : headers) {
            List<CartOrderLine> lines = new ArrayList<>();
            for (Magento2OrderItems.Item item : byOrder.getOrDefault(h.id(), List.of())) {
                if (item.toShip().signum() > 0) {
                    lines.add(new CartOrderLine(lines.size() + 1, item.productId() == null ? null : item.productId().toString(),
                            item.skuOrNull(), null, item.name(), item.toShip()));
                }
            }
            String id = Long.toString(h.id());
            orders.add(new CartOrder(id, id, h.number(), h.created(), h.shipTo(), h.shippingMethod(), h.note(), lines));
        }
        return orders;
    }

    @Override
    public Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds) {
        Map<String, Map<String, BigDecimal>> units = new HashMap<>();
        Set<Long> ids = orderIds(cartOrderIds);
        items.items(ids).forEach((orderId, orderItems) -> {
            Map<String, BigDecimal> bySku = new LinkedHashMap<>();
            for (Magento2OrderItems.Item item : orderItems) {
                if (item.skuOrNull() != null && item.toShip().signum() > 0) {
                    bySku.merge(item.skuOrNull(), item.toShip(), BigDecimal::add);
                }
            }
            units.put(Long.toString(orderId), bySku);
        });
        ids.forEach(id -> units.putIfAbsent(Long.toString(id), Map.of()));
        return units;
    }

    /** The ids that are Magento order ids ({@code entity_id}); anything else names no order. */
    static Set<Long> orderIds(Collection<String> cartOrderIds) {
        return NumericOrderIds.of(cartOrderIds);
    }

    private static long orderId(String cursor) {
        return NumericOrderIds.cursor(cursor, "Magento");
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        Address shipTo = null;
        String street = rs.getString(11);
        if (street != null && !street.isBlank()) {
            List<String> lines = street.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
            String name = String.join(" ", nonBlank(rs.getString(7), rs.getString(8), rs.getString(9)));
            String region = blankToNull(rs.getString(13)) != null ? rs.getString(13).trim() : blankToNull(rs.getString(14));
            String email = blankToNull(rs.getString(18));
            shipTo = new Address(blankToNull(name), blankToNull(rs.getString(10)), lines.get(0),
                    lines.size() > 1 ? String.join(", ", lines.subList(1, lines.size())) : null,
                    blankToNull(rs.getString(12)), region, blankToNull(rs.getString(15)), blankToNull(rs.getString(16)),
                    blankToNull(rs.getString(17)), email != null ? email : blankToNull(rs.getString(6)));
        }
        Timestamp created = rs.getTimestamp(3);
        return new Header(rs.getLong(1), rs.getString(2), created == null ? null : created.toLocalDateTime(),
                blankToNull(rs.getString(4)), blankToNull(rs.getString(5)), shipTo);
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v.trim());
            }
        }
        return kept;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private record Header(long id, String number, LocalDateTime created, String shippingMethod, String note,
                          Address shipTo) {
    }
}

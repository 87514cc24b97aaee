package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The order items Magento ships, as its {@code ShipmentFactory} picks them: an item that is not virtual and not a
 * "dummy" for shipping ({@code Order\Item::isDummy(true)}). A configurable product is its parent row (which carries the
 * child's SKU and the quantities), its child row is the dummy; a bundle shipped separately ({@code shipment_type} 1 in
 * the parent's {@code product_options}) is its children, one shipped together is the bundle row. Virtual and
 * downloadable items never ship. A product deleted from the catalog since still ships under the SKU on its row.
 * The units left to ship are {@code Order\Item::getSimpleQtyToShip()}: ordered, less the larger of shipped and refunded,
 * less cancelled.
 */
final class Magento2OrderItems {

    /**
     * The condition, on item {@code i} with its parent {@code p}, that Magento ships the item itself. A bundle's children
     * are looked up among the order's items: Magento has no index on {@code parent_item_id}.
     */
    static final String SHIPPABLE = """
            COALESCE(i.is_virtual, 0) = 0
            AND CASE WHEN p.item_id IS NOT NULL THEN COALESCE(JSON_VALUE(p.product_options, '$.shipment_type'), '0') = '1'
                     ELSE NOT (COALESCE(JSON_VALUE(i.product_options, '$.shipment_type'), '0') = '1'
                               AND EXISTS (SELECT 1 FROM {sales_order_item} c WHERE c.order_id = i.order_id AND c.parent_item_id = i.item_id)) END""";

    /** {@code %s}: one bound placeholder per order id. */
    private static final String ITEMS = """
            SELECT i.order_id, i.item_id, i.product_id, i.product_type, i.sku, i.name, i.price, i.weight,
                   COALESCE(i.qty_ordered, 0), COALESCE(i.qty_shipped, 0), COALESCE(i.qty_refunded, 0),
                   COALESCE(i.qty_canceled, 0), COALESCE(i.qty_invoiced, 0)
            FROM {sales_order_item} i
            LEFT JOIN {sales_order_item} p ON p.item_id = i.parent_item_id
            WHERE i.order_id IN (%s) AND """ + " " + SHIPPABLE + """

            ORDER BY i.order_id, i.item_id""";

    /** One item Magento ships, with its quantities as stored. */
    record Item(long orderId, long itemId, Long productId, String productType, String sku, String name, BigDecimal price,
                BigDecimal weight, BigDecimal ordered, BigDecimal shipped, BigDecimal refunded, BigDecimal cancelled) {

        /** {@code getSimpleQtyToShip()}: what is left to ship, never below zero. */
        BigDecimal toShip() {
            return ordered.subtract(shipped.max(refunded)).subtract(cancelled).max(BigDecimal.ZERO);
        }

        /** What ships in all, earlier shipments included: {@link #toShip()} plus what has shipped. */
        BigDecimal toShipInAll() {
            return toShip().add(shipped);
        }

        /** {@return this item with another quantity shipped: what the shop's API lists} */
        Item withShipped(BigDecimal quantity) {
            return new Item(orderId, itemId, productId, productType, sku, name, price, weight, ordered, quantity, refunded,
                    cancelled);
        }

        /** The SKU, or {@code null} when the row has none. */
        String skuOrNull() {
            return sku == null || sku.isBlank() ? null : sku.trim();
        }
    }

    private final JdbcTemplate jdbc;
    private final String itemsSql;

    Magento2OrderItems(JdbcTemplate jdbc, Magento2Tables tables) {
        this.jdbc = jdbc;
        this.itemsSql = tables.sql(ITEMS);
    }

    /** Order id → the items Magento ships, in item order (those shipped in full included). */
    Map<Long, List<Item>> items(Collection<Long> orderIds) {
        Map<Long, List<Item>> items = new HashMap<>();
        if (orderIds.isEmpty()) {
            return items;
        }
        jdbc.query(itemsSql.formatted(SqlRows.placeholders(orderIds.size())), rs -> {
            long productId = rs.getLong(3);
            Item item = new Item(rs.getLong(1), rs.getLong(2), rs.wasNull() ? null : productId, rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                    rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12));
            items.computeIfAbsent(item.orderId(), k -> new ArrayList<>()).add(item);
        }, orderIds.toArray());
        return items;
    }
}

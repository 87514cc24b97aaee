package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one new Magento shipment, as {@code ShipOrderInterface::execute} saves them: {@code sales_shipment} with
 * the next increment id of the store's shipment sequence, one {@code sales_shipment_item} per order item shipped (with
 * its {@code qty_shipped} raised on {@code sales_order_item}), one {@code sales_shipment_track} per tracking number, a
 * {@code sales_shipment_comment} naming the warehouse's shipment (how the plugin recognises a shipment it wrote), and,
 * once the order's state is settled, the admin grid's {@code sales_shipment_grid} row, copied from the order's grid row
 * as Magento's grid aggregator joins it.
 */
final class Magento2ShipmentRows {

    /**
     * The comment's text before the warehouse's shipment id. The id ends the comment's first line; what follows (the
     * note to the buyer that the API write-back adds) is not part of it.
     */
    static final String COMMENT_PREFIX = "Warehouse shipment ";

    private static final String SHIPMENT = """
            INSERT INTO {sales_shipment} (store_id, total_qty, order_id, customer_id, shipping_address_id, billing_address_id,
                                          increment_id, created_at, updated_at, packages)
            VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '[]')""";
    private static final String ITEM = """
            INSERT INTO {sales_shipment_item} (parent_id, price, weight, qty, product_id, order_item_id, name, sku)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SHIPPED = """
            UPDATE {sales_order_item} SET qty_shipped = COALESCE(qty_shipped, 0) + ?, updated_at = CURRENT_TIMESTAMP
            WHERE item_id = ?""";
    private static final String TRACK = """
            INSERT INTO {sales_shipment_track} (parent_id, order_id, track_number, title, carrier_code, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""";
    private static final String COMMENT = """
            INSERT INTO {sales_shipment_comment} (parent_id, is_customer_notified, is_visible_on_front, comment, created_at)
            VALUES (?, 0, 0, ?, CURRENT_TIMESTAMP)""";
    /** {@code %s}: one bound placeholder per shipment id. */
    private static final String GRID = """
            INSERT INTO {sales_shipment_grid} (entity_id, increment_id, store_id, order_increment_id, order_id, order_created_at,
                                               customer_name, total_qty, shipment_status, order_status, billing_address,
                                               shipping_address, billing_name, shipping_name, customer_email,
                                               customer_group_id, payment_method, shipping_information, created_at, updated_at)
            SELECT s.entity_id, s.increment_id, s.store_id, o.increment_id, s.order_id, o.created_at,
                   COALESCE(g.customer_name, TRIM(CONCAT_WS(' ', o.customer_firstname, o.customer_lastname)), ''),
                   s.total_qty, s.shipment_status, o.status, g.billing_address, g.shipping_address, g.billing_name,
                   g.shipping_name, o.customer_email, o.customer_group_id, g.payment_method, o.shipping_description,
                   s.created_at, s.updated_at
            FROM {sales_shipment} s
            JOIN {sales_order} o ON o.entity_id = s.order_id
            LEFT JOIN {sales_order_grid} g ON g.entity_id = s.order_id
            WHERE s.entity_id IN (%s)
            ON DUPLICATE KEY UPDATE order_status = VALUES(order_status), updated_at = VALUES(updated_at)""";

    /** One order item and the units of it a shipment ships. */
    record Shipped(Magento2OrderItems.Item item, BigDecimal quantity) {
    }

    /** The order a shipment is for, as locked. */
    record Order(long id, String incrementId, int storeId, Long customerId, Long shippingAddressId, Long billingAddressId) {
    }

    private final JdbcTemplate jdbc;
    private final Magento2Sequence sequence;
    private final String shipmentSql;
    private final String itemSql;
    private final String shippedSql;
    private final String trackSql;
    private final String commentSql;
    private final String gridSql;

    Magento2ShipmentRows(JdbcTemplate jdbc, Magento2Tables tables) {
        this.jdbc = jdbc;
        this.sequence = new Magento2Sequence(jdbc, tables);
        this.shipmentSql = tables.sql(SHIPMENT);
        this.itemSql = tables.sql(ITEM);
        this.shippedSql = tables.sql(SHIPPED);
        this.trackSql = tables.sql(TRACK);
        this.commentSql = tables.sql(COMMENT);
        this.gridSql = tables.sql(GRID);
    }

    /** {@return the warehouse shipment id a comment starting with {@link #COMMENT_PREFIX} names: the rest of its first line} */
    static String shipmentId(String comment) {
        String rest = comment.substring(COMMENT_PREFIX.length());
        int end = rest.indexOf('\n');
        return (end < 0 ? rest : rest.substring(0, end)).strip();
    }

    /**
     * Writes a shipment of these items and numbers, with a row of quantity 1 for each bundle shipped separately whose
     * children it ships (not counted in its total, as Magento counts no dummy item); {@return its {@code entity_id}}
     */
    long write(Order order, List<Shipped> shipped, List<Magento2OrderItems.Item> bundles, String warehouseShipmentId,
               String carrier, List<String> trackingNumbers) {
        BigDecimal total = shipped.stream().map(Shipped::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        String incrementId = sequence.next("shipment", order.storeId());
        jdbc.update(shipmentSql, order.storeId(), total, order.id(), order.customerId(), order.shippingAddressId(),
                order.billingAddressId(), incrementId);
        long shipmentId = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        List<Object[]> items = new ArrayList<>();
        List<Object[]> quantities = new ArrayList<>();
        for (Magento2OrderItems.Item bundle : bundles) {
            items.add(new Object[] {shipmentId, bundle.price(), bundle.weight(), BigDecimal.ONE, bundle.productId(),
                    bundle.itemId(), bundle.name(), bundle.sku()});
            quantities.add(new Object[] {BigDecimal.ONE, bundle.itemId()});
        }
        for (Shipped s : shipped) {
            Magento2OrderItems.Item item = s.item();
            items.add(new Object[] {shipmentId, item.price(), item.weight(), s.quantity(), item.productId(), item.itemId(),
                    item.name(), item.sku()});
            quantities.add(new Object[] {s.quantity(), item.itemId()});
        }
        jdbc.batchUpdate(itemSql, items);
        jdbc.batchUpdate(shippedSql, quantities);
        List<Object[]> tracks = new ArrayList<>();
        for (String number : trackingNumbers) {
            if (number != null && !number.isBlank()) {
                tracks.add(new Object[] {shipmentId, order.id(), number.trim(), Magento2Carriers.title(carrier),
                        Magento2Carriers.code(carrier)});
            }
        }
        if (!tracks.isEmpty()) {
            jdbc.batchUpdate(trackSql, tracks);
        }
        jdbc.update(commentSql, shipmentId, COMMENT_PREFIX + warehouseShipmentId);
        return shipmentId;
    }

    /** The admin grid rows of these shipments, written once their orders' status is final. */
    void grid(Collection<Long> shipmentIds) {
        if (!shipmentIds.isEmpty()) {
            jdbc.update(gridSql.formatted(SqlRows.placeholders(shipmentIds.size())), shipmentIds.toArray());
        }
    }
}

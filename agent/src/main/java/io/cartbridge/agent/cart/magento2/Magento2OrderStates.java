package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The order's side of a shipment, as Magento saves an order it shipped: its state moves from {@code processing} to
 * {@code complete} (with the state's default status from {@code sales_order_status_state}) when nothing is left to ship
 * and nothing to invoice ({@code ResourceModel\Order\Handler\State::check}); a partial shipment, or one of an order not
 * yet invoiced, leaves state and status. Either way the order is saved ({@code updated_at}), and its row of the admin
 * grid {@code sales_order_grid} follows. The note the core wrote goes to {@code sales_order_status_history}.
 */
final class Magento2OrderStates {

    /**
     * Items Magento would still invoice ({@code Order::canInvoice}): not a dummy for invoicing, with units neither invoiced
     * nor cancelled. Children are calculated separately when the bundle's {@code product_calculations} is 0.
     */
    private static final String TO_INVOICE = """
            SELECT COUNT(*) FROM {sales_order_item} i
            LEFT JOIN {sales_order_item} p ON p.item_id = i.parent_item_id
            WHERE i.order_id = ?
              AND CASE WHEN p.item_id IS NOT NULL THEN COALESCE(JSON_VALUE(p.product_options, '$.product_calculations'), '1') = '0'
                       ELSE NOT (COALESCE(JSON_VALUE(i.product_options, '$.product_calculations'), '1') = '0'
                                 AND EXISTS (SELECT 1 FROM {sales_order_item} c WHERE c.order_id = i.order_id AND c.parent_item_id = i.item_id)) END
              AND COALESCE(i.qty_ordered, 0) - COALESCE(i.qty_invoiced, 0) - COALESCE(i.qty_canceled, 0) > 0""";
    private static final String COMPLETE_STATUS = """
            SELECT status FROM {sales_order_status_state} WHERE state = 'complete' ORDER BY is_default DESC, status LIMIT 1""";
    private static final String COMPLETE = """
            UPDATE {sales_order} SET state = 'complete', status = ?, updated_at = CURRENT_TIMESTAMP
            WHERE entity_id = ? AND state = 'processing'""";
    private static final String SAVED = """
            UPDATE {sales_order} SET updated_at = CURRENT_TIMESTAMP WHERE entity_id = ?""";
    /** {@code %s}: one bound placeholder per order id. */
    private static final String GRID = """
            UPDATE {sales_order_grid} g JOIN {sales_order} o ON o.entity_id = g.entity_id
            SET g.status = o.status, g.updated_at = o.updated_at
            WHERE g.entity_id IN (%s)""";
    private static final String NOTE = """
            INSERT INTO {sales_order_status_history} (parent_id, is_customer_notified, is_visible_on_front, comment, status,
                                                      created_at, entity_name)
            SELECT entity_id, 0, 0, ?, status, CURRENT_TIMESTAMP, ? FROM {sales_order} WHERE entity_id = ?""";

    private final JdbcTemplate jdbc;
    private final String toInvoiceSql;
    private final String completeStatusSql;
    private final String completeSql;
    private final String savedSql;
    private final String gridSql;
    private final String noteSql;

    Magento2OrderStates(JdbcTemplate jdbc, Magento2Tables tables) {
        this.jdbc = jdbc;
        this.toInvoiceSql = tables.sql(TO_INVOICE);
        this.completeStatusSql = tables.sql(COMPLETE_STATUS);
        this.completeSql = tables.sql(COMPLETE);
        this.savedSql = tables.sql(SAVED);
        this.gridSql = tables.sql(GRID);
        this.noteSql = tables.sql(NOTE);
    }

    /**
     * Saves a shipped order: complete when {@code nothingToShip} and Magento has nothing left to invoice.
     *
     * @return whether the order is now complete
     */
    boolean shipped(long orderId, boolean nothingToShip) {
        if (nothingToShip && jdbc.queryForObject(toInvoiceSql, Long.class, orderId) == 0) {
            List<String> status = jdbc.queryForList(completeStatusSql, String.class);
            if (jdbc.update(completeSql, status.isEmpty() ? "complete" : status.get(0), orderId) == 1) {
                return true;
            }
        }
        jdbc.update(savedSql, orderId);
        return false;
    }

    /** The admin grid rows of these orders, after their state changed. */
    void grid(Collection<Long> orderIds) {
        if (!orderIds.isEmpty()) {
            jdbc.update(gridSql.formatted(SqlRows.placeholders(orderIds.size())), orderIds.toArray());
        }
    }

    /**
     * A comment on the order's history, with the order's current status, as Magento's {@code addCommentToStatusHistory}
     * writes it; {@code entityName} is {@code order} or {@code shipment} (what the comment is about).
     */
    void note(long orderId, String text, String entityName) {
        jdbc.update(noteSql, text, entityName, orderId);
    }
}

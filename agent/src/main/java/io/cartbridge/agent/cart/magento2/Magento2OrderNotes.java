package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.cart.OrderNotes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comments on the order's history ({@code sales_order_status_history}, "Comments History" on the admin's order page),
 * not notified to the customer and not shown on the storefront, with the order's status at the time, as an admin's
 * "Submit Comment" writes them. A comment already on the order with the same text is not added again. A chunk's notes
 * take three statements whatever their number: the orders' comments and statuses, read by order id, then one batch.
 */
final class Magento2OrderNotes implements OrderNotes {

    /** {@code %s}: one bound placeholder per order id. */
    private static final String EXISTING = """
            SELECT parent_id, comment FROM {sales_order_status_history} WHERE parent_id IN (%s)""";
    /** {@code %s}: one bound placeholder per order id. */
    private static final String STATUSES = """
            SELECT entity_id, status FROM {sales_order} WHERE entity_id IN (%s)""";
    private static final String ADD = """
            INSERT INTO {sales_order_status_history} (parent_id, is_customer_notified, is_visible_on_front, comment, status,
                                                      created_at, entity_name)
            VALUES (?, 0, 0, ?, ?, CURRENT_TIMESTAMP, 'order')""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String existingSql;
    private final String statusesSql;
    private final String addSql;

    Magento2OrderNotes(JdbcTemplate jdbc, TransactionTemplate transaction, Magento2Tables tables) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.existingSql = tables.sql(EXISTING);
        this.statusesSql = tables.sql(STATUSES);
        this.addSql = tables.sql(ADD);
    }

    @Override
    public int add(List<Note> notes) {
        Set<Long> orderIds = new LinkedHashSet<>();
        for (Note note : notes) {
            orderIds.addAll(Magento2OrderSource.orderIds(List.of(note.cartOrderId())));
        }
        if (orderIds.isEmpty()) {
            return 0;
        }
        Integer added = transaction.execute(status -> {
            String in = SqlRows.placeholders(orderIds.size());
            Set<String> existing = new HashSet<>();
            jdbc.query(existingSql.formatted(in), rs -> {
                existing.add(rs.getLong(1) + "\n" + rs.getString(2));
            }, orderIds.toArray());
            Map<Long, String> statuses = new HashMap<>();
            jdbc.query(statusesSql.formatted(in), rs -> {
                statuses.put(rs.getLong(1), rs.getString(2));
            }, orderIds.toArray());
            List<Object[]> rows = new ArrayList<>();
            for (Note note : notes) {
                Set<Long> ids = Magento2OrderSource.orderIds(List.of(note.cartOrderId()));
                if (ids.isEmpty() || !statuses.containsKey(ids.iterator().next())) {
                    continue;
                }
                long orderId = ids.iterator().next();
                if (existing.add(orderId + "\n" + note.text())) {
                    rows.add(new Object[] {orderId, note.text(), statuses.get(orderId)});
                }
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(addSql, rows);
            }
            return rows.size();
        });
        return added == null ? 0 : added;
    }
}

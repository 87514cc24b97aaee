package io.cartbridge.agent.cart.magento2;

import java.util.List;
import java.util.Set;

import io.cartbridge.agent.cart.OrderNotes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comments on the order's history ({@code sales_order_status_history}, "Comments History" on the admin's order page),
 * not notified to the customer and not shown on the storefront, with the order's status at the time, as an admin's
 * "Submit Comment" writes them. A comment already on the order with the same text is not added again.
 */
final class Magento2OrderNotes implements OrderNotes {

    private static final String EXISTS = """
            SELECT COUNT(*) FROM {sales_order_status_history} WHERE parent_id = ? AND comment = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Magento2OrderStates states;
    private final String existsSql;

    Magento2OrderNotes(JdbcTemplate jdbc, TransactionTemplate transaction, Magento2Tables tables) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.states = new Magento2OrderStates(jdbc, tables);
        this.existsSql = tables.sql(EXISTS);
    }

    @Override
    public int add(List<Note> notes) {
        Integer added = transaction.execute(status -> {
            int count = 0;
            for (Note note : notes) {
                Set<Long> ids = Magento2OrderSource.orderIds(List.of(note.cartOrderId()));
                if (ids.isEmpty()) {
                    continue;
                }
                long orderId = ids.iterator().next();
                if (jdbc.queryForObject(existsSql, Long.class, orderId, note.text()) == 0) {
                    states.note(orderId, note.text(), "order");
                    count++;
                }
            }
            return count;
        });
        return added == null ? 0 : added;
    }
}

package io.cartbridge.agent.cart.sql;

import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.cart.OrderNotes;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Order notes through the configured {@code order-note} statement, given {@code :order_id} and {@code :text}. The
 * statement itself leaves out a note whose text is already on the order (the contract), so that a retried step never
 * doubles one; its update count is the number of notes added.
 */
final class SqlOrderNotes implements OrderNotes {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;
    private final SqlOrderIds ids;

    SqlOrderNotes(NamedParameterJdbcTemplate jdbc, String sql, SqlOrderIds ids) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.ids = ids;
    }

    @Override
    public int add(List<Note> notes) {
        List<SqlParams> rows = new ArrayList<>();
        for (Note note : notes) {
            Object id = ids.bind(note.cartOrderId());
            if (id != null) {
                rows.add(ids.params().set("order_id", id).set("text", note.text()));
            }
        }
        int added = 0;
        for (SqlParams row : rows) {
            // one at a time: a batch's update counts may be unknown (MariaDB's bulk protocol)
            added += jdbc.update(sql, row);
        }
        return added;
    }
}

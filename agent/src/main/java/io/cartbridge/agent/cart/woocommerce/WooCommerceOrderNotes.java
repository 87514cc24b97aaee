package io.cartbridge.agent.cart.woocommerce;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.cart.OrderNotes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order notes as WooCommerce stores them, for HPOS and posts storage alike: {@code wp_comments}
 * rows of type {@code order_note} on the order id, authored by "WooCommerce" as system notes are.
 */
final class WooCommerceOrderNotes implements OrderNotes {

    private static final String ADD_NOTE = """
            INSERT INTO wp_comments (comment_post_ID, comment_author, comment_author_email, comment_author_url,
                   comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_karma,
                   comment_approved, comment_agent, comment_type, comment_parent, user_id)
            SELECT ?, 'WooCommerce', '', '', '', ?, ?, ?, 0, '1', 'WooCommerce', 'order_note', 0, 0
            FROM DUAL
            WHERE NOT EXISTS (SELECT 1 FROM wp_comments c
                              WHERE c.comment_post_ID = ? AND c.comment_type = 'order_note' AND c.comment_content = ?)""";

    private final JdbcTemplate jdbc;
    private final String addNoteSql;

    WooCommerceOrderNotes(JdbcTemplate jdbc, WooCommerceTables tables) {
        this.jdbc = jdbc;
        this.addNoteSql = tables.sql(ADD_NOTE);
    }

    @Override
    public int add(List<Note> notes) {
        if (notes.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        Timestamp local = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> args = new ArrayList<>(notes.size());
        for (Note note : notes) {
            long orderId = Long.parseLong(note.cartOrderId());
            args.add(new Object[] {orderId, local, now, note.text(), orderId, note.text()});
        }
        int added = 0;
        for (int count : jdbc.batchUpdate(addNoteSql, args)) {
            added += Math.max(count, 0);
        }
        return added;
    }
}

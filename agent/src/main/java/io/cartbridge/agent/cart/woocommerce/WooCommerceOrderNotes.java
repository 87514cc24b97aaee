package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cartbridge.agent.cart.OrderNotes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order notes as WooCommerce stores them, for HPOS and posts storage alike: {@code wp_comments}
 * rows of type {@code order_note} on the order id, authored by "WooCommerce" as system notes are.
 * Notes already on their order are skipped, so a retried chunk adds nothing twice.
 */
final class WooCommerceOrderNotes implements OrderNotes {

    /**
     * The comments on these orders; the type is checked in Java so that the only usable index is the
     * one on the order id (with a type condition MariaDB may scan every order note of the shop).
     * {@code %s}: one bound placeholder per order id.
     */
    private static final String EXISTING = """
            SELECT comment_post_ID, comment_type, comment_content FROM wp_comments
            WHERE comment_post_ID IN (%s)""";
    private static final String ADD_NOTE = """
            INSERT INTO wp_comments (comment_post_ID, comment_author, comment_author_email, comment_author_url,
                   comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_karma,
                   comment_approved, comment_agent, comment_type, comment_parent, user_id)
            VALUES (?, 'WooCommerce', '', '', '', ?, ?, ?, 0, '1', 'WooCommerce', 'order_note', 0, 0)""";

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcTemplate jdbc;
    private final String existingSql;
    private final String addNoteSql;

    WooCommerceOrderNotes(JdbcTemplate jdbc, WooCommerceTables tables) {
        this.jdbc = jdbc;
        this.existingSql = tables.sql(EXISTING);
        this.addNoteSql = tables.sql(ADD_NOTE);
    }

    @Override
    public int add(List<Note> notes) {
        if (notes.isEmpty()) {
            return 0;
        }
        Set<Long> orderIds = new LinkedHashSet<>();
        for (Note note : notes) {
            orderIds.add(Long.parseLong(note.cartOrderId()));
        }
        Set<String> existing = new HashSet<>();
        jdbc.query(existingSql.formatted(SqlRows.placeholders(orderIds.size())), rs -> {
            if ("order_note".equals(rs.getString(2))) {
                existing.add(rs.getLong(1) + "\n" + rs.getString(3));
            }
        }, orderIds.toArray());
        // formatted once, not per row by the driver (through a Calendar)
        String utc = LocalDateTime.now(ZoneOffset.UTC).withNano(0).format(DATETIME);
        String local = LocalDateTime.now().withNano(0).format(DATETIME);
        List<Object[]> args = new ArrayList<>(notes.size());
        for (Note note : notes) {
            long orderId = Long.parseLong(note.cartOrderId());
            if (existing.add(orderId + "\n" + note.text())) {
                args.add(new Object[] {orderId, local, utc, note.text()});
            }
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate(addNoteSql, args);
        }
        return args.size();
    }
}

package io.cartbridge.agent.ledger;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger's orders: one row per (partner, cart order), unique, so an order is filed once.
 * States: {@code HELD} (with reason) until it can be sent, {@code FILED} once in a rendered file,
 * {@code SENT} once that file is on the partner's server.
 */
@Repository
public class OrderLedger {

    public static final String HELD = "HELD";
    public static final String FILED = "FILED";
    public static final String SENT = "SENT";
    public static final String RESEND = "RESEND";

    private static final java.time.format.DateTimeFormatter DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String STATES = "SELECT cart_order_id, state FROM cb_order WHERE partner = ? AND cart_order_id IN (%s)";
    private static final String RECORD = """
            INSERT INTO cb_order (partner, cart_order_id, order_number, state, reason, file_id,
                                  transaction_control_number, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE order_number = VALUES(order_number),
                   reason = IF(state = 'RESEND', CONCAT(reason, ', resent in file ', VALUES(file_id)), VALUES(reason)),
                   state = VALUES(state), file_id = VALUES(file_id),
                   transaction_control_number = VALUES(transaction_control_number), updated_at = VALUES(updated_at)""";
    private static final String MARK_SENT = "UPDATE cb_order SET state = 'SENT', sent_at = ?, updated_at = ? WHERE file_id = ?";
    /** One update per file for the eager sender: sent and noted together, once the cart notes are written. */
    private static final String MARK_SENT_AND_NOTED = """
            UPDATE cb_order SET state = 'SENT', noted = 1, sent_at = ?, updated_at = ? WHERE file_id = ? AND state = 'FILED'""";
    /**
     * Orders still FILED in a file that did reach the warehouse (a crash between the file's upload mark and
     * its orders' update): SENT as of the upload, their notes left to the order-notes step.
     */
    private static final String SENT_WITH_THEIR_FILE = """
            UPDATE cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
            SET o.state = 'SENT', o.sent_at = f.uploaded_at, o.updated_at = ?
            WHERE o.partner = ? AND o.state = 'FILED' AND f.state IN ('UPLOADED', 'ACCEPTED', 'REJECTED')"""; 
    private static final String UNNOTED = """
            SELECT STRAIGHT_JOIN o.id, o.cart_order_id, o.transaction_control_number, f.file_name, f.control_number
            FROM cb_order o FORCE INDEX (cb_order_unnoted) JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.partner = ? AND o.state = 'SENT' AND o.noted = 0 AND o.id > ?
            ORDER BY o.id
            LIMIT ?""";
    private static final String UNNOTED_OF_FILE = """
            SELECT o.id, o.cart_order_id, o.transaction_control_number, f.file_name, f.control_number
            FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.file_id = ? AND o.state = 'FILED'
            ORDER BY o.id""";
    /** {@code %s}: one bound placeholder per ledger id. */
    private static final String MARK_NOTED = "UPDATE cb_order SET noted = 1 WHERE id IN (%s)";
    private static final String REQUEST_RESEND = """
            UPDATE cb_order SET state = 'RESEND', noted = 0, updated_at = ?,
                   reason = CONCAT('resend requested at ', ?, ' (was in ', file_id, ')')
            WHERE partner = ? AND cart_order_id = ? AND state IN ('SENT', 'FILED')""";
    /**
     * Orders the warehouse had not seen when it took a stock snapshot: filed but not yet uploaded, or
     * uploaded after the snapshot's time, and not shipped since.
     */
    private static final String UNSEEN_AT = """
            SELECT o.cart_order_id FROM cb_order o
            WHERE o.partner = ? AND o.state IN ('FILED', 'SENT', 'RESEND') AND (o.sent_at IS NULL OR o.sent_at > ?)
              AND NOT EXISTS (SELECT 1 FROM cb_shipment s
                              WHERE s.partner = o.partner AND s.cart_order_id = o.cart_order_id AND s.state = 'APPLIED')""";
    private static final String HELD_ORDERS = """
            SELECT cart_order_id, order_number, reason, updated_at FROM cb_order
            WHERE partner = ? AND state = 'HELD' ORDER BY id""";
    private static final String COUNT_BY_STATE = "SELECT state, COUNT(*) FROM cb_order WHERE partner = ? GROUP BY state";

    /** What the ledger records for one order of a chunk. */
    public record Entry(String cartOrderId, String orderNumber, String state, String reason, Long fileId,
                        String transactionControlNumber) {
    }

    /** A sent order whose cart note is still to be written. */
    public record Unnoted(long id, String cartOrderId, String transactionControlNumber, String fileName,
                          long controlNumber) {
    }

    public record Held(String cartOrderId, String orderNumber, String reason, LocalDateTime since) {
    }

    private final JdbcTemplate jdbc;

    OrderLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The recorded state of each of these cart orders that the ledger knows. */
    public Map<String, String> states(String partner, Collection<String> cartOrderIds) {
        Map<String, String> states = new HashMap<>();
        if (cartOrderIds.isEmpty()) {
            return states;
        }
        List<Object> args = new ArrayList<>(cartOrderIds.size() + 1);
        args.add(partner);
        args.addAll(cartOrderIds);
        String sql = STATES.formatted(placeholders(cartOrderIds.size()));
        jdbc.query(sql, rs -> {
            states.put(rs.getString(1), rs.getString(2));
        }, args.toArray());
        return states;
    }

    /** Inserts or updates these orders (callers never pass an order already FILED or SENT). */
    public void record(String partner, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String now = LocalDateTime.now().withNano(0).format(DATETIME);   // encoded once, not per row by the driver
        List<Object[]> args = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            args.add(new Object[] {partner, e.cartOrderId(), e.orderNumber(), e.state(), truncate(e.reason()),
                    e.fileId(), e.transactionControlNumber(), now, now});
        }
        jdbc.batchUpdate(RECORD, args);
    }

    /**
     * An admin's request to send an order again: the next order-export files it anew, in a new
     * interchange with a new control number. Only a sent (or filed) order can be resent.
     */
    public boolean requestResend(String partner, String cartOrderId) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        return jdbc.update(REQUEST_RESEND, Timestamp.valueOf(now), now.toString(), partner, cartOrderId) == 1;
    }

    /** Marks the orders of an uploaded file SENT. */
    public int markSent(long fileId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        return jdbc.update(MARK_SENT, now, now, fileId);
    }

    public List<Unnoted> unnoted(String partner, long afterId, int limit) {
        return jdbc.query(UNNOTED, (rs, i) -> new Unnoted(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5)), partner, afterId, limit);
    }

    /** Marks the FILED orders of an uploaded file SENT and noted, in one statement. */
    public int markSentAndNoted(long fileId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        return jdbc.update(MARK_SENT_AND_NOTED, now, now, fileId);
    }

    /** Marks SENT the orders left FILED in files that were uploaded; returns how many. */
    public int sentWithTheirFile(String partner) {
        return jdbc.update(SENT_WITH_THEIR_FILE, Timestamp.valueOf(LocalDateTime.now()), partner);
    }

    /** The orders of one just uploaded file, still FILED, whose cart note is to be written. */
    public List<Unnoted> unnotedOfFile(long fileId) {
        return jdbc.query(UNNOTED_OF_FILE, (rs, i) -> new Unnoted(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5)), fileId);
    }

    public void markNoted(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update(MARK_NOTED.formatted(placeholders(ids.size())), ids.toArray());
        }
    }

    /** Cart order ids of the orders exported after {@code asOf} and not shipped (see {@link #UNSEEN_AT}). */
    public List<String> unseenAt(String partner, LocalDateTime asOf) {
        return jdbc.queryForList(UNSEEN_AT, String.class, partner, Timestamp.valueOf(asOf));
    }

    public List<Held> held(String partner) {
        return jdbc.query(HELD_ORDERS, (rs, i) -> new Held(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime()), partner);
    }

    public Map<String, Long> countByState(String partner) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(COUNT_BY_STATE, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, partner);
        return counts;
    }

    /** "?, ?, ?" for an IN list of this many bound values. */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }
}

package io.cartbridge.agent.ledger;

import io.cartbridge.agent.support.SqlRows;
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
 * The ledger's orders: one row per (store, partner, cart order), unique, so an order is filed once; two
 * shops' order 1001 are two orders.
 * States: {@link OrderLedger.State}. Whether a filed order is at the warehouse,
 * and whether its cart note is written, is recorded on its file ({@code cb_outbound_file.state} and
 * {@code noted_at}): one row per file to update, not one per order.
 */
@Repository
public class OrderLedger {

    /** The states of an order in the ledger ({@code cb_order.state}): each constant's name is the value stored. */
    public enum State {
        /** Not sent: its reason says what to fix; the first order-export after the fix files it. */
        HELD,
        /** In a rendered file ({@code file_id}); whether that file is at the warehouse is the file's state. */
        FILED,
        /** Filed before; an admin asked for it to go out again, so the next order-export files it anew. */
        RESEND
    }

    private static final java.time.format.DateTimeFormatter DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** A locking read: it sees what other transactions committed, even in a transaction that read before. */
    private static final String STATES = """
            SELECT cart_order_id, state FROM cb_order WHERE store = ? AND partner = ? AND cart_order_id IN (%s) FOR UPDATE""";
    private static final String RECORD = """
            INSERT INTO cb_order (store, partner, cart_order_id, order_number, state, reason, file_id,
                                  transaction_control_number, created_at, updated_at, job_execution_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE
                   order_number = IF(state = 'FILED', order_number, VALUES(order_number)),
                   job_execution_id = IF(state = 'FILED', job_execution_id, VALUES(job_execution_id)),
                   reason = IF(state = 'FILED', reason,
                               IF(state = 'RESEND', CONCAT(reason, ', resent in file ', VALUES(file_id)), VALUES(reason))),
                   file_id = IF(state = 'FILED', file_id, VALUES(file_id)),
                   transaction_control_number = IF(state = 'FILED', transaction_control_number,
                                                   VALUES(transaction_control_number)),
                   updated_at = IF(state = 'FILED', updated_at, VALUES(updated_at)),
                   state = IF(state = 'FILED', state, VALUES(state))""";
    private static final String FILED_IN = """
            SELECT o.cart_order_id, o.transaction_control_number, f.file_name, f.control_number, f.format, f.document_type
            FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.file_id = ? AND o.state = 'FILED'
            ORDER BY o.id""";
    private static final String REQUEST_RESEND = """
            UPDATE cb_order SET state = 'RESEND', updated_at = ?,
                   reason = CONCAT('resend requested at ', ?, ' (was in ', file_id, ')')
            WHERE store = ? AND partner = ? AND cart_order_id = ? AND state = 'FILED'""";
    /**
     * Filed orders whose file was not uploaded before a stock snapshot's time, with whether a shipment
     * for each has been applied: the orders the snapshot may not have counted (the inventory's promised-stock
     * rule decides). Orders uploaded before that time are left out, so that not every order ever sent is read.
     */
    private static final String IN_FLIGHT_AT = """
            SELECT o.cart_order_id, f.uploaded_at,
                   EXISTS (SELECT 1 FROM cb_shipment s
                           WHERE s.store = o.store AND s.partner = o.partner AND s.cart_order_id = o.cart_order_id AND s.state = 'APPLIED') AS shipped
            FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.store = ? AND o.partner = ? AND o.state IN ('FILED', 'RESEND') AND (f.uploaded_at IS NULL OR f.uploaded_at > ?)""";
    private static final String HELD_ORDERS = """
            SELECT cart_order_id, order_number, reason, updated_at FROM cb_order
            WHERE store = ? AND partner = ? AND state = 'HELD' ORDER BY id""";

    /** What the ledger records for one order of a chunk. */
    public record Entry(String cartOrderId, String orderNumber, OrderLedger.State state, String reason, Long fileId,
                        String transactionControlNumber) {
    }

    /** A filed order with what its cart note names: its file and its transaction set. */
    public record FiledOrder(String cartOrderId, String transactionControlNumber, String fileName, long controlNumber,
                        String format, String documentType) {
    }

    /** A filed order as a stock snapshot sees it: when its file was uploaded ({@code null}: not yet), and whether it shipped. */
    public record InFlight(String cartOrderId, LocalDateTime uploadedAt, boolean shipped) {
    }

    public record Held(String cartOrderId, String orderNumber, String reason, LocalDateTime since) {
    }

    private final JdbcTemplate jdbc;

    OrderLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The recorded state of each of these cart orders that the ledger knows, as committed now; their rows stay
     * locked until the transaction ends.
     */
    public Map<String, OrderLedger.State> states(String store, String partner, Collection<String> cartOrderIds) {
        Map<String, OrderLedger.State> states = new HashMap<>();
        if (cartOrderIds.isEmpty()) {
            return states;
        }
        List<Object> args = new ArrayList<>(cartOrderIds.size() + 2);
        args.add(store);
        args.add(partner);
        args.addAll(cartOrderIds);
        String sql = STATES.formatted(SqlRows.placeholders(cartOrderIds.size()));
        jdbc.query(sql, rs -> {
            states.put(rs.getString(1), OrderLedger.State.valueOf(rs.getString(2)));
        }, args.toArray());
        return states;
    }

    /**
     * Inserts or updates these orders, as the doing of this job execution. A FILED row is never overwritten,
     * whatever the caller passes: an order once in a file stays in that file until an admin asks for a resend.
     */
    public void record(String store, String partner, long jobExecutionId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String now = LocalDateTime.now().withNano(0).format(DATETIME);   // encoded once, not per row by the driver
        List<Object[]> args = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            args.add(new Object[] {store, partner, e.cartOrderId(), e.orderNumber(), e.state().name(), LedgerText.fitted(e.reason()),
                    e.fileId(), e.transactionControlNumber(), now, now, jobExecutionId});
        }
        jdbc.batchUpdate(RECORD, args);
    }

    /**
     * An admin's request to send an order again: the next order-export files it anew, in a new
     * interchange with a new control number. Only a filed order (sent, or in a file still to upload) can be resent.
     */
    public boolean requestResend(String store, String partner, String cartOrderId) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        return jdbc.update(REQUEST_RESEND, Timestamp.valueOf(now), now.toString(), store, partner, cartOrderId) == 1;
    }

    /** The orders filed in this file (those since re-filed for a resend are in their new file). */
    public List<FiledOrder> filedIn(long fileId) {
        return jdbc.query(FILED_IN, (rs, i) -> new FiledOrder(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getString(6)), fileId);
    }

    /** The filed orders not uploaded before {@code asOf} (see {@link #IN_FLIGHT_AT}). */
    public List<InFlight> inFlightAt(String store, String partner, LocalDateTime asOf) {
        return jdbc.query(IN_FLIGHT_AT, (rs, i) -> {
            Timestamp uploaded = rs.getTimestamp(2);
            return new InFlight(rs.getString(1), uploaded == null ? null : uploaded.toLocalDateTime(), rs.getBoolean(3));
        }, store, partner, Timestamp.valueOf(asOf));
    }

    public List<Held> held(String store, String partner) {
        return jdbc.query(HELD_ORDERS, (rs, i) -> new Held(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime()), store, partner);
    }

    /**
     * Which of these stores sent the partner an order of this number (filed in a file, whatever became of it since):
     * where the partner's shops share one receiver id, the order number is all a ship notice says of its shop.
     */
    public List<String> storesSentOrder(String partner, String orderNumber, Collection<String> stores) {
        List<Object> args = new java.util.ArrayList<>();
        args.add(partner);
        args.add(orderNumber);
        args.addAll(stores);
        return jdbc.queryForList("SELECT DISTINCT store FROM cb_order WHERE partner = ? AND order_number = ? AND file_id IS NOT NULL"
                + " AND store IN (" + SqlRows.placeholders(stores.size()) + ") ORDER BY store", String.class, args.toArray());
    }
}

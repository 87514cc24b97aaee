package io.cartbridge.agent.ledger;

import io.cartbridge.agent.support.SqlRows;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Shipments applied to the cart, one per (store, partner, warehouse shipment id, order number), since one
 * ship notice often covers several orders, each with its {@link Shipments.State} and reason.
 *
 * <p>A shipment is claimed before it is applied: its row is inserted in the chunk's transaction
 * ({@link #claim}), and only the rows this transaction inserted go to the cart. A second run working on
 * the same shipments at the same moment waits on those rows and, once the first commits, finds them
 * taken; if the first rolls back, the second claims them. The claimed rows get their outcome
 * ({@link #settle}) before the transaction commits, so no other transaction ever sees a claim.
 */
@Repository
public class Shipments {

    /** What became of one shipment of one order ({@code cb_shipment.state}): each constant's name is the value stored. */
    public enum State {
        /** Written to the cart's order (or found there already). */
        APPLIED,
        /** The order is not one CartBridge sent to this warehouse, or the cart does not have it; nothing was written. */
        UNKNOWN_ORDER,
        /** A SKU of the shipment is not on the order; nothing was written. */
        NOT_ON_ORDER,
        /** The cart platform's API refused a write; not retried. */
        REFUSED,
        /** Taken by the chunk's transaction, to be applied; settled to another state before it commits, so never seen. */
        CLAIMED
    }

    /** A row already there (claimed or recorded by another transaction) is left as it is. */
    private static final String CLAIM = """
            INSERT INTO cb_shipment (store, partner, shipment_id, order_number, cart_order_id, inbound_file_id, state, reason,
                   carrier, tracking_numbers, order_complete, applied_at, job_execution_id)
            VALUES (?, ?, ?, ?, ?, ?, 'CLAIMED', NULL, ?, ?, 0, ?, ?)
            ON DUPLICATE KEY UPDATE id = id""";
    /**
     * {@code %s}: one bound placeholder per shipment id. Claims are never committed, so the claimed rows
     * this transaction sees are its own.
     */
    private static final String CLAIMED_HERE = """
            SELECT shipment_id, order_key FROM cb_shipment
            WHERE store = ? AND partner = ? AND state = 'CLAIMED' AND shipment_id IN (%s)""";
    private static final String SETTLE = """
            UPDATE cb_shipment SET cart_order_id = ?, state = ?, reason = ?, order_complete = ?
            WHERE store = ? AND partner = ? AND shipment_id = ? AND order_key = ? AND state = 'CLAIMED'""";
    /** {@code %s}: one bound placeholder per order number; the first order sent under a number wins. */
    private static final String CART_ORDERS = """
            SELECT order_number, cart_order_id FROM cb_order WHERE store = ? AND partner = ? AND order_number IN (%s) ORDER BY id""";
    private static final String LIST = """
            SELECT shipment_id, order_number, cart_order_id, state, reason, carrier, tracking_numbers, order_complete,
                   inbound_file_id
            FROM cb_shipment WHERE store = ? AND partner = ? ORDER BY id""";

    /**
     * The identity of an applied shipment within a store and partner.
     *
     * @param orderKey the order number, or {@code ""} when the warehouse named none (such a notice is
     *                 recorded once per shipment id, as an unknown order)
     */
    public record Key(String shipmentId, String orderKey) {

        /** Insert order of claims, so that two transactions claiming overlapping shipments wait rather than deadlock. */
        static final Comparator<Key> ORDER = Comparator.comparing(Key::shipmentId).thenComparing(Key::orderKey);

        public static Key of(String shipmentId, String orderNumber) {
            return new Key(shipmentId, orderNumber == null ? "" : orderNumber);
        }
    }

    public record Shipment(String shipmentId, String orderNumber, String cartOrderId, Shipments.State state, String reason,
                           String carrier, String trackingNumbers, boolean orderComplete, long inboundFileId) {

        public Key key() {
            return Key.of(shipmentId, orderNumber);
        }
    }

    private final JdbcTemplate jdbc;

    Shipments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cart order sent under this order number, or null when CartBridge never sent it. */
    public String cartOrderId(String store, String partner, String orderNumber) {
        return cartOrderIds(store, partner, List.of(orderNumber)).get(orderNumber);
    }

    /** Order number → the cart order sent under it, for the numbers CartBridge sent. */
    public Map<String, String> cartOrderIds(String store, String partner, Collection<String> orderNumbers) {
        Map<String, String> ids = new HashMap<>();
        if (!orderNumbers.isEmpty()) {
            jdbc.query(CART_ORDERS.formatted(SqlRows.placeholders(orderNumbers.size())), rs -> {
                ids.putIfAbsent(rs.getString(1), rs.getString(2));
            }, args(store, partner, orderNumbers));
        }
        return ids;
    }

    /**
     * Claims these shipments (distinct keys) for the current transaction, as the doing of this job execution,
     * and returns the keys it won:
     * those no transaction recorded or claimed before. Waits for a concurrent transaction holding one
     * of them to end. The others were applied already and must not be applied again.
     */
    public Set<Key> claim(String store, String partner, long jobExecutionId, List<Shipment> shipments) {
        Set<Key> won = new HashSet<>();
        if (shipments.isEmpty()) {
            return won;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> rows = new ArrayList<>(shipments.size());
        Set<String> ids = new LinkedHashSet<>();
        shipments.stream().sorted(Comparator.comparing(Shipment::key, Key.ORDER)).forEach(s -> {
            rows.add(new Object[] {store, partner, s.shipmentId(), s.orderNumber(), s.cartOrderId(), s.inboundFileId(),
                    s.carrier(), LedgerText.fitted(s.trackingNumbers()), now, jobExecutionId});
            ids.add(s.shipmentId());
        });
        jdbc.batchUpdate(CLAIM, rows);
        jdbc.query(CLAIMED_HERE.formatted(SqlRows.placeholders(ids.size())), rs -> {
            won.add(new Key(rs.getString(1), rs.getString(2)));
        }, args(store, partner, ids));
        return won;
    }

    /** Records the outcome of shipments this transaction {@linkplain #claim claimed}, in one JDBC batch. */
    public void settle(String store, String partner, List<Shipment> shipments) {
        List<Object[]> rows = new ArrayList<>(shipments.size());
        for (Shipment s : shipments) {
            Key key = s.key();
            rows.add(new Object[] {s.cartOrderId(), s.state().name(), LedgerText.fitted(s.reason()), s.orderComplete(),
                    store, partner, key.shipmentId(), key.orderKey()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(SETTLE, rows);
        }
    }

    private static Object[] args(String store, String partner, Collection<String> values) {
        List<Object> args = new ArrayList<>(values.size() + 2);
        args.add(store);
        args.add(partner);
        args.addAll(values);
        return args.toArray();
    }

    public List<Shipment> list(String store, String partner) {
        return jdbc.query(LIST, (rs, i) -> new Shipment(rs.getString(1), rs.getString(2), rs.getString(3),
                Shipments.State.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getLong(9)), store, partner);
    }
}

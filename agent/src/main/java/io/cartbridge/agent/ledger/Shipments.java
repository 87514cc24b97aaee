package io.cartbridge.agent.ledger;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Shipments applied to the cart, one per (partner, warehouse shipment id): {@code APPLIED},
 * {@code UNKNOWN_ORDER} or {@code NOT_ON_ORDER} with the reason. Looked up before a shipment is
 * applied, so a shipment is applied once.
 */
@Repository
public class Shipments {

    /** {@code %s}: one bound placeholder per shipment id. */
    private static final String KNOWN = "SELECT shipment_id FROM cb_shipment WHERE partner = ? AND shipment_id IN (%s)";
    /** {@code %s}: one bound placeholder per order number; the first order sent under a number wins. */
    private static final String CART_ORDERS = """
            SELECT order_number, cart_order_id FROM cb_order WHERE partner = ? AND order_number IN (%s) ORDER BY id""";
    private static final String RECORD = """
            INSERT INTO cb_shipment (partner, shipment_id, order_number, cart_order_id, inbound_file_id, state, reason,
                   carrier, tracking_numbers, order_complete, applied_at, job_execution_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String LIST = """
            SELECT shipment_id, order_number, cart_order_id, state, reason, carrier, tracking_numbers, order_complete
            FROM cb_shipment WHERE partner = ? ORDER BY id""";

    public record Shipment(String shipmentId, String orderNumber, String cartOrderId, String state, String reason,
                           String carrier, String trackingNumbers, boolean orderComplete) {
    }

    private final JdbcTemplate jdbc;

    Shipments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean known(String partner, String shipmentId) {
        return !known(partner, List.of(shipmentId)).isEmpty();
    }

    /** Those of these shipment ids that are in the ledger already. */
    public Set<String> known(String partner, Collection<String> shipmentIds) {
        Set<String> known = new HashSet<>();
        if (!shipmentIds.isEmpty()) {
            jdbc.query(KNOWN.formatted(OrderLedger.placeholders(shipmentIds.size())), rs -> {
                known.add(rs.getString(1));
            }, args(partner, shipmentIds));
        }
        return known;
    }

    /** The cart order sent under this order number, or null when CartBridge never sent it. */
    public String cartOrderId(String partner, String orderNumber) {
        return cartOrderIds(partner, List.of(orderNumber)).get(orderNumber);
    }

    /** Order number → the cart order sent under it, for the numbers CartBridge sent. */
    public Map<String, String> cartOrderIds(String partner, Collection<String> orderNumbers) {
        Map<String, String> ids = new HashMap<>();
        if (!orderNumbers.isEmpty()) {
            jdbc.query(CART_ORDERS.formatted(OrderLedger.placeholders(orderNumbers.size())), rs -> {
                ids.putIfAbsent(rs.getString(1), rs.getString(2));
            }, args(partner, orderNumbers));
        }
        return ids;
    }

    public void record(String partner, long jobExecutionId, Shipment s, long inboundFileId) {
        record(partner, jobExecutionId, List.of(s), List.of(inboundFileId));
    }

    /**
     * Records these shipments, each from the inbound file at the same position, in one JDBC batch, as
     * the doing of this job execution.
     */
    public void record(String partner, long jobExecutionId, List<Shipment> shipments, List<Long> inboundFileIds) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> rows = new ArrayList<>(shipments.size());
        for (int i = 0; i < shipments.size(); i++) {
            Shipment s = shipments.get(i);
            rows.add(new Object[] {partner, s.shipmentId(), s.orderNumber(), s.cartOrderId(), inboundFileIds.get(i), s.state(),
                    OrderLedger.truncate(s.reason()), s.carrier(), OrderLedger.truncate(s.trackingNumbers()),
                    s.orderComplete(), now, jobExecutionId});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(RECORD, rows);
        }
    }

    private static Object[] args(String partner, Collection<String> values) {
        List<Object> args = new ArrayList<>(values.size() + 1);
        args.add(partner);
        args.addAll(values);
        return args.toArray();
    }

    public List<Shipment> list(String partner) {
        return jdbc.query(LIST, (rs, i) -> new Shipment(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)), partner);
    }
}

package io.cartbridge.agent.ledger;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Shipments applied to the cart, one per (partner, warehouse shipment id): {@code APPLIED},
 * {@code UNKNOWN_ORDER} or {@code NOT_ON_ORDER} with the reason. Looked up before a shipment is
 * applied, so a shipment is applied once.
 */
@Repository
public class Shipments {

    private static final String KNOWN = "SELECT COUNT(*) FROM cb_shipment WHERE partner = ? AND shipment_id = ?";
    private static final String CART_ORDER = """
            SELECT cart_order_id FROM cb_order WHERE partner = ? AND order_number = ? ORDER BY id LIMIT 1""";
    private static final String RECORD = """
            INSERT INTO cb_shipment (partner, shipment_id, order_number, cart_order_id, inbound_file_id, state, reason,
                   carrier, tracking_numbers, order_complete, applied_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
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
        Integer count = jdbc.queryForObject(KNOWN, Integer.class, partner, shipmentId);
        return count != null && count > 0;
    }

    /** The cart order sent under this order number, or null when CartBridge never sent it. */
    public String cartOrderId(String partner, String orderNumber) {
        List<String> ids = jdbc.queryForList(CART_ORDER, String.class, partner, orderNumber);
        return ids.isEmpty() ? null : ids.get(0);
    }

    public void record(String partner, Shipment s, long inboundFileId) {
        jdbc.update(RECORD, partner, s.shipmentId(), s.orderNumber(), s.cartOrderId(), inboundFileId, s.state(),
                OrderLedger.truncate(s.reason()), s.carrier(), OrderLedger.truncate(s.trackingNumbers()),
                s.orderComplete(), Timestamp.valueOf(LocalDateTime.now()));
    }

    public List<Shipment> list(String partner) {
        return jdbc.query(LIST, (rs, i) -> new Shipment(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)), partner);
    }
}

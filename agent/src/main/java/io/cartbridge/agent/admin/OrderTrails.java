package io.cartbridge.agent.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.Shipments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What became of one order, from the ledger: read from the cart and held (why) or filed (which file, which control
 * numbers), uploaded, noted in the cart, acknowledged or rejected by the warehouse, shipped (which shipment, carrier
 * and tracking numbers, from which file) and applied to the cart. The trails are records; {@code order NUMBER}
 * prints them, a page or the API can render them.
 */
@Component
public class OrderTrails {

    /**
     * One thing that happened to the order.
     *
     * @param at   when, or null when the ledger does not keep the time (an acknowledgment's effect)
     * @param what what happened, in the admin's words
     */
    public record Event(LocalDateTime at, String what) {
    }

    /** The order of one store at one partner, with what happened to it, oldest first. */
    public record Trail(String store, String partner, String orderNumber, String cartOrderId, String state, List<Event> events) {
    }

    private static final String ORDERS = """
            SELECT o.id, o.store, o.partner, o.cart_order_id, o.order_number, o.state, o.reason, o.created_at, o.updated_at,
                   o.transaction_control_number, o.job_execution_id, f.file_name, f.format, f.document_type, f.control_number,
                   f.created_at, f.uploaded_at, f.noted_at, f.state, f.reason
            FROM cb_order o LEFT JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.order_number = ? ORDER BY o.id""";
    private static final String SHIPMENTS = """
            SELECT s.shipment_id, s.state, s.reason, s.carrier, s.tracking_numbers, s.order_complete, s.applied_at,
                   i.remote_name, i.format, i.document_type, i.received_at
            FROM cb_shipment s JOIN cb_inbound_file i ON i.id = s.inbound_file_id
            WHERE s.store = ? AND s.partner = ? AND s.order_number = ? ORDER BY s.id""";

    private final JdbcTemplate jdbc;
    private final Connections connections;

    OrderTrails(JdbcTemplate jdbc, Connections connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /**
     * The trails of the orders of that number, one per store and partner that knows it (two shops may both have an
     * order 1001); of one connection's store and partner when {@code connection} is given.
     */
    public List<Trail> of(String orderNumber, String connection) {
        List<Trail> trails = new ArrayList<>();
        jdbc.query(ORDERS, rs -> {
            trails.add(trail(rs));
        }, orderNumber);
        if (connection == null) {
            return trails;
        }
        var c = connections.get(connection);
        return trails.stream().filter(t -> t.store().equals(c.store()) && t.partner().equals(c.partner().id())).toList();
    }

    private Trail trail(ResultSet rs) throws SQLException {
        String store = rs.getString(2);
        String partner = rs.getString(3);
        String state = rs.getString(6);
        List<Event> events = new ArrayList<>();
        events.add(new Event(time(rs, 8), "read from the cart by order-export"
                + (rs.getObject(11) == null ? "" : " (job execution " + rs.getLong(11) + ")")));
        switch (OrderLedger.State.valueOf(state)) {
            case HELD -> events.add(new Event(time(rs, 9), "held: " + rs.getString(7)));
            case RESEND -> events.add(new Event(time(rs, 9), "to be sent again with the next order-export (resend)"));
            default -> {
            }
        }
        if (rs.getString(12) != null) {
            String file = rs.getString(12);
            events.add(new Event(time(rs, 16), "filed in " + file + " (" + rs.getString(13) + " " + rs.getString(14)
                    + ", interchange " + "%09d".formatted(rs.getLong(15)) + ", document " + rs.getString(10) + ")"));
            if (rs.getTimestamp(17) != null) {
                events.add(new Event(time(rs, 17), "uploaded to " + partner + "'s server"));
            }
            if (rs.getTimestamp(18) != null) {
                events.add(new Event(time(rs, 18), "noted in the cart"));
            }
            OutboundFiles.State fileState = OutboundFiles.State.valueOf(rs.getString(19));
            if (fileState == OutboundFiles.State.ACCEPTED || fileState == OutboundFiles.State.REJECTED) {
                events.add(new Event(null, (fileState == OutboundFiles.State.ACCEPTED ? "accepted" : "rejected") + " by " + partner
                        + " (acknowledgment of " + file + ")" + (rs.getString(20) == null ? "" : ": " + rs.getString(20))));
            }
        }
        String orderNumber = rs.getString(5);
        jdbc.query(SHIPMENTS, s -> {
            events.add(new Event(time(s, 11), "shipment " + s.getString(1) + " received in " + s.getString(8) + " ("
                    + s.getString(9) + " " + s.getString(10) + ")"));
            String carrier = s.getString(4) == null ? "" : s.getString(4) + ", ";
            String tracking = s.getString(5) == null || s.getString(5).isEmpty() ? "no tracking number" : "tracking " + s.getString(5);
            events.add(new Event(time(s, 7), switch (Shipments.State.valueOf(s.getString(2))) {
                case APPLIED -> "shipped (" + carrier + tracking + "), applied to the cart: "
                        + (s.getBoolean(6) ? "order complete" : "partly shipped");
                case REFUSED -> "shipment " + s.getString(1) + " refused by the shop's API, not retried: " + s.getString(3);
                case UNKNOWN_ORDER, NOT_ON_ORDER, CLAIMED -> "shipment " + s.getString(1) + " " + s.getString(2) + (s.getString(3) == null ? "" : ": " + s.getString(3));
            }));
        }, store, partner, orderNumber);
        events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Trail(store, partner, orderNumber, rs.getString(4), state, events);
    }

    /** What to say of an order the ledger does not know. */
    public static String unknown(String orderNumber, String connection) {
        return "No order " + orderNumber + " in the ledger" + (connection == null ? "" : " of connection " + connection)
                + ": order-export has not read it (not paid, or routed to no connection of this agent)";
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}

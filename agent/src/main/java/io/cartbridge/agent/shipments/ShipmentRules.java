package io.cartbridge.agent.shipments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.ledger.Shipments.Key;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;

/**
 * What shipment-import decides about a warehouse's confirmations, apart from the ledger and the cart:
 * the identity of a shipment (one per order it covers, so an 856 for a truck of several orders applies
 * to each), which confirmations of a chunk are candidates, which orders are unknown, the quantities
 * shipped, backordered and cancelled per line, and how the cart's outcome is recorded.
 */
final class ShipmentRules {

    /**
     * Line statuses saying the warehouse will not ship the rest, so it is cancelled, not backordered:
     * 945 W12-01 (code list 368) {@code IC} item cancelled, {@code CP} partial shipment considered no
     * backorder, and {@code CU}.
     */

    private final String partner;
    private final ItemIdentity items;

    ShipmentRules(String partner, ItemIdentity items) {
        this.partner = partner;
        this.items = items;
    }

    /**
     * The warehouse's shipment id; when it sent none, one made of the interchange and transaction set
     * that carried it, so that a resent copy of the same interchange maps to the same id.
     */
    static String shipmentId(ShipmentConfirmation s) {
        return s.shipmentId() != null ? s.shipmentId()
                : "ISA" + s.interchangeControlNumber() + "-ST" + s.transactionControlNumber() + "-" + s.orderNumber();
    }

    static Key key(ShipmentConfirmation s) {
        return Key.of(shipmentId(s), s.orderNumber());
    }

    /**
     * The chunk's confirmations worth applying, the first of each (shipment, order) in chunk order: a
     * repeat of one already in the chunk (from the same file or a later one) is dropped, so are the
     * items that carry a read error or nothing. Orders of one shipment are kept apart.
     */
    static Map<Key, Received<ShipmentConfirmation>> firstPerKey(Iterable<? extends Received<ShipmentConfirmation>> chunk) {
        Map<Key, Received<ShipmentConfirmation>> first = new LinkedHashMap<>();
        for (Received<ShipmentConfirmation> item : chunk) {
            if (item.error() == null && item.item() != null) {
                first.putIfAbsent(key(item.item()), item);
            }
        }
        return first;
    }

    /** The order numbers these confirmations name. */
    static Set<String> orderNumbers(Iterable<Received<ShipmentConfirmation>> confirmations) {
        List<String> numbers = new ArrayList<>();
        confirmations.forEach(r -> numbers.add(r.item().orderNumber()));
        return numbers.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * The ledger's row for a confirmation before the cart is asked: {@code UNKNOWN_ORDER} with the
     * reason when CartBridge never sent the order (or the warehouse named none), else without a state yet.
     *
     * @param cartOrderId the cart order sent under the confirmation's order number, or null
     */
    Shipment pending(Received<ShipmentConfirmation> item, String cartOrderId) {
        ShipmentConfirmation s = item.item();
        String tracking = String.join(",", tracking(s));
        if (cartOrderId == null) {
            String reason = s.orderNumber() == null ? "the shipment names no order"
                    : "order " + s.orderNumber() + " was not sent to " + partner + " by CartBridge";
            return new Shipment(shipmentId(s), s.orderNumber(), null, Shipments.State.UNKNOWN_ORDER, reason, s.carrierCode(), tracking,
                    false, item.fileId());
        }
        return new Shipment(shipmentId(s), s.orderNumber(), cartOrderId, null, null, s.carrierCode(), tracking, false,
                item.fileId());
    }

    /** What the cart is asked to write for a confirmation of an order it has. */
    ShipmentUpdate update(ShipmentConfirmation s, String cartOrderId) {
        return new ShipmentUpdate(cartOrderId, shipmentId(s), s.shipDate(), s.carrierCode(), tracking(s), lines(s.lines()),
                s.serviceLevel());
    }

    /**
     * The ledger's row once the cart answered: a shipment the cart already had (a crash between its
     * commit and the ledger's) counts as applied; the others keep the cart's outcome, reason and
     * whether the order is now complete.
     */
    static Shipment outcome(Shipment pending, ShipmentResult result) {
        Shipments.State state = switch (result.outcome()) {
            case APPLIED, ALREADY_APPLIED -> Shipments.State.APPLIED;
            case UNKNOWN_ORDER -> Shipments.State.UNKNOWN_ORDER;
            case NOT_ON_ORDER -> Shipments.State.NOT_ON_ORDER;
            case REFUSED -> Shipments.State.REFUSED;
        };
        return new Shipment(pending.shipmentId(), pending.orderNumber(), pending.cartOrderId(), state, result.detail(),
                pending.carrier(), pending.trackingNumbers(), result.orderComplete(), pending.inboundFileId());
    }

    static List<String> tracking(ShipmentConfirmation s) {
        return s.packages().stream().map(ShipmentPackage::trackingNumber).filter(Objects::nonNull).toList();
    }

    /**
     * Quantity not shipped is backordered, unless the line status says the warehouse cancelled it. The
     * quantity not shipped is the difference as sent, else ordered minus shipped, never negative.
     */
    List<ShipmentUpdate.Line> lines(List<ShippedLine> shipped) {
        List<ShipmentUpdate.Line> lines = new ArrayList<>();
        for (ShippedLine l : shipped) {
            BigDecimal missing = l.quantityDifference() != null ? l.quantityDifference()
                    : l.quantityOrdered() != null && l.quantityShipped() != null
                    ? l.quantityOrdered().subtract(l.quantityShipped()) : BigDecimal.ZERO;
            if (missing.signum() < 0) {
                missing = BigDecimal.ZERO;
            }
            boolean cancelled = l.status() != null && l.status().cancelsRest();
            String sku = items.cartSkuOrDescription(l.ids());
            lines.add(new ShipmentUpdate.Line(sku, l.quantityShipped(), cancelled ? BigDecimal.ZERO : missing,
                    cancelled ? missing : BigDecimal.ZERO));
        }
        return lines;
    }
}

package io.cartbridge.agent.shipments;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;

/** The text of the note a shipment leaves on its order, the same on every platform that has notes. */
final class ShipmentNote {

    private ShipmentNote() {
    }

    /**
     * "Shipped by UPS (shipment S1): tracking 1Z1, 1Z2." and, when the order is not complete or
     * something was backordered or cancelled, " Partial shipment: shipped 2 × A; backordered 1 × B;
     * cancelled 1 × C."
     */
    static String text(ShipmentUpdate update, boolean complete) {
        StringBuilder text = new StringBuilder("Shipped");
        if (update.carrier() != null && !update.carrier().isBlank()) {
            text.append(" by ").append(update.carrier().trim());
        }
        text.append(" (shipment ").append(update.shipmentId()).append(')');
        List<String> numbers = update.trackingNumbers().stream().filter(n -> n != null && !n.isBlank()).map(String::trim).toList();
        if (!numbers.isEmpty()) {
            text.append(": tracking ").append(String.join(", ", numbers));
        }
        text.append('.');
        String shipped = quantities(update, ShipmentUpdate.Line::quantityShipped);
        String backordered = quantities(update, ShipmentUpdate.Line::quantityBackordered);
        String cancelled = quantities(update, ShipmentUpdate.Line::quantityCancelled);
        if (!complete || !backordered.isEmpty() || !cancelled.isEmpty()) {
            text.append(" Partial shipment: shipped ").append(shipped.isEmpty() ? "nothing" : shipped);
            if (!backordered.isEmpty()) {
                text.append("; backordered ").append(backordered);
            }
            if (!cancelled.isEmpty()) {
                text.append("; cancelled ").append(cancelled);
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String quantities(ShipmentUpdate update, Function<ShipmentUpdate.Line, BigDecimal> quantity) {
        Map<String, BigDecimal> bySku = new LinkedHashMap<>();
        for (ShipmentUpdate.Line line : update.lines()) {
            BigDecimal q = OrderShipments.nz(quantity.apply(line));
            if (q.signum() > 0) {
                bySku.merge(line.sku().trim(), q, BigDecimal::add);
            }
        }
        StringJoiner joiner = new StringJoiner(", ");
        bySku.forEach((sku, q) -> joiner.add(plain(q) + " × " + sku));
        return joiner.toString();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

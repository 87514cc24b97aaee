package io.cartbridge.agent.cart.woocommerce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;

/**
 * CartBridge's own shipment meta on a WooCommerce order and the note text: the shipment ids
 * applied (a PHP list of strings), units shipped per SKU so far (a PHP array SKU → decimal
 * string), and whether that covers every line ordered.
 */
final class WooCommerceShipmentState {

    private WooCommerceShipmentState() {
    }

    static List<String> shipments(String stored) {
        List<String> ids = new ArrayList<>();
        if (stored != null && !stored.isBlank() && PhpSerialized.parse(stored) instanceof Map<?, ?> array) {
            for (Object value : array.values()) {
                ids.add(String.valueOf(value));
            }
        }
        return ids;
    }

    static Map<String, BigDecimal> shipped(String stored) {
        Map<String, BigDecimal> shipped = new LinkedHashMap<>();
        if (stored != null && !stored.isBlank() && PhpSerialized.parse(stored) instanceof Map<?, ?> array) {
            for (Map.Entry<?, ?> e : array.entrySet()) {
                shipped.put(String.valueOf(e.getKey()), new BigDecimal(String.valueOf(e.getValue())));
            }
        }
        return shipped;
    }

    static String serializeShipped(Map<String, BigDecimal> shipped) {
        Map<String, String> values = new LinkedHashMap<>();
        shipped.forEach((sku, quantity) -> values.put(sku, plain(quantity)));
        return PhpSerialized.serialize(values);
    }

    /** True when every SKU ordered has shipped in full; a line without SKU is never shipped. */
    static boolean complete(Map<String, BigDecimal> ordered, Map<String, BigDecimal> shipped) {
        if (ordered.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, BigDecimal> e : ordered.entrySet()) {
            if (e.getKey().equals(WooCommerceOrderSkus.NO_SKU)
                    || nz(shipped.get(e.getKey())).compareTo(e.getValue()) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Shipped by UPS (shipment S1): tracking 1Z1, 1Z2." and, when the order is not complete or
     * something was backordered or cancelled, " Partial shipment: shipped 2 × A; backordered 1 × B;
     * cancelled 1 × C."
     */
    static String note(ShipmentUpdate update, boolean complete) {
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
            BigDecimal q = nz(quantity.apply(line));
            if (q.signum() > 0) {
                bySku.merge(line.sku().trim(), q, BigDecimal::add);
            }
        }
        StringJoiner joiner = new StringJoiner(", ");
        bySku.forEach((sku, q) -> joiner.add(plain(q) + " × " + sku));
        return joiner.toString();
    }

    static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

package io.cartbridge.agent.cart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Applies the warehouse's shipment confirmations to the cart's orders: tracking numbers and
 * carrier, a note staff see on the order page, and the completed status once every line of the
 * order has shipped (counting earlier partial shipments).
 *
 * <p>Each call is one transaction on the cart database, for one update or a whole chunk of them,
 * and is idempotent per {@link ShipmentUpdate#shipmentId()}: a shipment already applied to the
 * order changes nothing.
 * Confirmations the cart cannot take (unknown order, SKU not on the order) write nothing and are
 * reported in the result, not thrown, so that a run carries on with the next one.
 */
public interface ShipmentSink {

    /**
     * One shipment of one order, as the warehouse confirmed it.
     *
     * @param cartOrderId     the cart's internal order id ({@code CartOrder.cartOrderId()}), not a custom
     *                        order number the customer sees
     * @param shipmentId      the warehouse's shipment id; applied at most once per order
     * @param shipDate        the day the goods left, or {@code null} for today
     * @param carrier         the carrier's name or SCAC as it should show on the order, or {@code null}
     * @param trackingNumbers the packages' tracking numbers, possibly empty
     * @param lines           what shipped per SKU; a SKU may appear on several lines (several packages)
     */
    record ShipmentUpdate(String cartOrderId, String shipmentId, LocalDate shipDate, String carrier,
                          List<String> trackingNumbers, List<Line> lines) {

        public ShipmentUpdate {
            java.util.Objects.requireNonNull(shipmentId, "shipmentId");
            trackingNumbers = List.copyOf(trackingNumbers);
            lines = List.copyOf(lines);
        }

        /**
         * One shipped SKU; quantities in the order's units, {@code null} meaning zero.
         *
         * @param quantityBackordered units still to come in a later shipment
         * @param quantityCancelled   units the warehouse will not ship
         */
        public record Line(String sku, BigDecimal quantityShipped, BigDecimal quantityBackordered,
                           BigDecimal quantityCancelled) {
        }
    }

    /**
     * What became of one {@link ShipmentUpdate}.
     *
     * @param outcome       see {@link Outcome}
     * @param detail        a human-readable summary or the reason the update was not applied
     * @param orderComplete true when every line of the order has now shipped in full and the order
     *                      is (or already was, for {@link Outcome#ALREADY_APPLIED}) completed
     * @param linesNotOnOrder for {@link Outcome#NOT_ON_ORDER}, how many of the shipment's lines name an item
     *                        the order does not have; 0 otherwise
     */
    record ShipmentResult(Outcome outcome, String detail, boolean orderComplete, int linesNotOnOrder) {

        public ShipmentResult(Outcome outcome, String detail, boolean orderComplete) {
            this(outcome, detail, orderComplete, 0);
        }

        public enum Outcome {
            /** The shipment was written to the order. */
            APPLIED,
            /** The same shipment id was applied to the order before; nothing was written. */
            ALREADY_APPLIED,
            /** The cart has no such order; nothing was written. */
            UNKNOWN_ORDER,
            /** At least one SKU of the shipment is not on the order; nothing was written. */
            NOT_ON_ORDER
        }
    }

    /** Applies one shipment in its own transaction. */
    default ShipmentResult apply(ShipmentUpdate update) {
        return apply(List.of(update)).get(0);
    }

    /**
     * Applies these shipments in one transaction, in list order (two shipments of one order
     * apply one after the other), and returns one result per update, in the same order.
     */
    List<ShipmentResult> apply(List<ShipmentUpdate> updates);
}

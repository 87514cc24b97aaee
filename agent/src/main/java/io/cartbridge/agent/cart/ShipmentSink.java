package io.cartbridge.agent.cart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes the warehouse's shipment confirmations to the cart's orders, as the platform's own "ship" action would:
 * the quantities shipped, tracking numbers and carrier, the note the core wrote, and the order's completed state
 * once the core says every line has shipped.
 *
 * <p>The sink decides nothing. In one transaction on the cart database it locks the orders, reads what the cart
 * holds of them ({@link OrderState}), hands that to the core, and writes what the core returns
 * ({@link ShipmentWrite}). The core applies each warehouse shipment at most once per order (the ledger claims it
 * first); {@link OrderState#appliedShipments()} lets it also recognise a shipment the cart took in a transaction
 * whose ledger commit was lost.
 *
 * <p>A sink that writes through the platform's API ({@code write-back: api}) has no transaction around the order:
 * it reads the orders' states through the API, calls {@code decide} once the same way, and makes each write
 * idempotent by looking before it writes and recording each confirmed call in the ledger
 * ({@link CartCalls}); a write the platform refuses is reported by {@link #applyReportingRefusals}.
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
     * @param service         the carrier's service level as the warehouse confirmed it, or {@code null}
     */
    record ShipmentUpdate(String cartOrderId, String shipmentId, LocalDate shipDate, String carrier,
                          List<String> trackingNumbers, List<Line> lines, String service) {

        public ShipmentUpdate {
            Objects.requireNonNull(shipmentId, "shipmentId");
            trackingNumbers = List.copyOf(trackingNumbers);
            lines = List.copyOf(lines);
        }

        /** A shipment whose service level the warehouse did not confirm. */
        public ShipmentUpdate(String cartOrderId, String shipmentId, LocalDate shipDate, String carrier,
                              List<String> trackingNumbers, List<Line> lines) {
            this(cartOrderId, shipmentId, shipDate, carrier, trackingNumbers, lines, null);
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
     * What the cart holds of one order, read with the order locked.
     *
     * @param ordered          units ordered per SKU (lines of one SKU summed), the lines that need shipping only
     * @param lineWithoutSku   whether a line that needs shipping has no SKU (it can never be confirmed by SKU, so the
     *                         order never counts as complete)
     * @param shipped          units shipped so far per SKU, as the cart records them (WooCommerce: CartBridge's own
     *                         order meta; Magento: {@code qty_shipped}); empty when none
     * @param appliedShipments the warehouse shipment ids the cart records as applied to the order; empty when the
     *                         platform has nowhere to record them (the ledger alone then keeps them from applying twice)
     */
    record OrderState(Map<String, BigDecimal> ordered, boolean lineWithoutSku, Map<String, BigDecimal> shipped,
                      List<String> appliedShipments) {

        public OrderState {
            ordered = Map.copyOf(ordered);
            shipped = Map.copyOf(shipped);
            appliedShipments = List.copyOf(appliedShipments);
        }
    }

    /**
     * What to write for one shipment of one order, as the core decided it.
     *
     * @param update        the shipment; its lines name only SKUs of the order
     * @param shippedNow    units of this shipment per SKU
     * @param shippedTotal  units shipped per SKU once this shipment is written (earlier shipments included)
     * @param orderComplete whether every line of the order has now shipped in full: the sink moves the order to the
     *                      platform's completed (shipped) state, if its current state allows it
     * @param note          the text of the order note, or {@code null} when none is to be written (the plugin has no
     *                      {@link OrderNotes})
     */
    record ShipmentWrite(ShipmentUpdate update, Map<String, BigDecimal> shippedNow, Map<String, BigDecimal> shippedTotal,
                         boolean orderComplete, String note) {

        public ShipmentWrite {
            shippedNow = Map.copyOf(shippedNow);
            shippedTotal = Map.copyOf(shippedTotal);
        }
    }

    /**
     * In one transaction on the cart's database: locks these orders, reads their {@link OrderState}, calls
     * {@code decide} once with the states of the orders the cart has (an unknown id, or one that is not an order id
     * of the platform, is absent from the map), and writes the returned writes in list order (two shipments of one
     * order add up). Writes nothing when {@code decide} throws.
     *
     * @param cartOrderIds the orders of the shipments, each once
     * @param decide       the core's rules: cart order id → state in, writes out
     */
    void apply(Collection<String> cartOrderIds, Function<Map<String, OrderState>, List<ShipmentWrite>> decide);

    /**
     * A write the platform refused (an API's 4xx): nothing more of it is sent, and the shipment is recorded with the
     * platform's reason and not retried.
     *
     * @param update the shipment refused
     * @param reason the platform's own words: HTTP status, error code and message, and the call
     */
    record Refusal(ShipmentUpdate update, String reason) {
    }

    /**
     * {@link #apply}, for a sink that writes through an API, whose platform may refuse one order's write while it
     * takes the others': returns the writes refused. A sink on the database refuses nothing (it fails whole).
     */
    default List<Refusal> applyReportingRefusals(Collection<String> cartOrderIds,
                                                 Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        apply(cartOrderIds, decide);
        return List.of();
    }

    /**
     * {@return whether the cart keeps the tracking numbers and carrier of a shipment} A platform without such a place
     * (and without an extension that adds one) answers false; the numbers are then in the ledger and the note only
     */
    default boolean keepsTrackingNumbers() {
        return true;
    }
}

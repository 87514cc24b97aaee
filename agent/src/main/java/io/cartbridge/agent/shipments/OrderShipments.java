package io.cartbridge.agent.shipments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.cart.ShipmentSink.OrderState;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentWrite;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;

/**
 * The shipment rules, the same for every platform: which SKUs of a shipment are on its order, how much of each
 * line has shipped (earlier shipments, and earlier ones of the same chunk, included), when an order is complete
 * (every SKU ordered shipped in full, and no line without a SKU), and the note's text. The cart plugin reads the
 * orders' state and writes the outcome, in one cart transaction ({@link ShipmentSink#apply}).
 */
public final class OrderShipments {

    private OrderShipments() {
    }

    /**
     * Applies these shipments to the cart's orders in one cart transaction, in list order, and returns one result per
     * update, in the same order.
     */
    public static List<ShipmentResult> apply(CartPlugin cart, List<ShipmentUpdate> updates) {
        ShipmentResult[] results = new ShipmentResult[updates.size()];
        Set<String> ids = new LinkedHashSet<>();
        updates.forEach(u -> ids.add(u.cartOrderId()));
        boolean notes = cart.orderNotes().isPresent();
        List<ShipmentSink.Refusal> refusals =
                cart.shipmentSink().applyReportingRefusals(ids, states -> decide(updates, states, notes, results));
        for (ShipmentSink.Refusal refusal : refusals) {
            for (int i = 0; i < updates.size(); i++) {
                if (updates.get(i) == refusal.update()) {
                    results[i] = new ShipmentResult(Outcome.REFUSED, refusal.reason(), false);
                }
            }
        }
        return List.of(results);
    }

    /** The writes for the updates, given the states the cart read; fills in one result per update. */
    static List<ShipmentWrite> decide(List<ShipmentUpdate> updates, Map<String, OrderState> states, boolean notes,
                                      ShipmentResult[] results) {
        Map<String, Progress> orders = new LinkedHashMap<>();
        List<ShipmentWrite> writes = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            ShipmentUpdate update = updates.get(i);
            OrderState state = states.get(update.cartOrderId());
            if (state == null) {
                results[i] = new ShipmentResult(Outcome.UNKNOWN_ORDER, "no order " + update.cartOrderId() + " in the shop", false);
                continue;
            }
            Progress order = orders.computeIfAbsent(update.cartOrderId(), id -> new Progress(state));
            results[i] = order.apply(update, notes, writes);
        }
        return writes;
    }

    /** True when every SKU ordered has shipped in full; an order with a line without SKU is never complete. */
    static boolean complete(OrderState state, Map<String, BigDecimal> shipped) {
        if (state.ordered().isEmpty() || state.lineWithoutSku()) {
            return false;
        }
        for (Map.Entry<String, BigDecimal> e : state.ordered().entrySet()) {
            if (nz(shipped.get(e.getKey())).compareTo(e.getValue()) < 0) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** One order through a chunk: what the cart holds, plus the shipments decided so far. */
    private static final class Progress {

        private final OrderState state;
        private final Set<String> applied;
        private final Map<String, BigDecimal> shipped;

        Progress(OrderState state) {
            this.state = state;
            this.applied = new LinkedHashSet<>(state.appliedShipments());
            this.shipped = new LinkedHashMap<>(state.shipped());
        }

        ShipmentResult apply(ShipmentUpdate update, boolean notes, List<ShipmentWrite> writes) {
            String orderId = update.cartOrderId();
            if (applied.contains(update.shipmentId())) {
                return new ShipmentResult(Outcome.ALREADY_APPLIED, "shipment " + update.shipmentId()
                        + " was applied to order " + orderId + " before", complete(state, shipped));
            }
            Set<String> notOnOrder = new LinkedHashSet<>();
            Map<String, BigDecimal> now = new LinkedHashMap<>();
            for (ShipmentUpdate.Line line : update.lines()) {
                String sku = line.sku() == null ? "" : line.sku().trim();
                if (sku.isEmpty() || !state.ordered().containsKey(sku)) {
                    notOnOrder.add(sku.isEmpty() ? "(no SKU)" : sku);
                } else {
                    now.merge(sku, nz(line.quantityShipped()), BigDecimal::add);
                }
            }
            if (!notOnOrder.isEmpty()) {
                return new ShipmentResult(Outcome.NOT_ON_ORDER, "SKU " + String.join(", ", notOnOrder)
                        + " of shipment " + update.shipmentId() + " not on order " + orderId, false, notOnOrder.size());
            }
            now.forEach((sku, quantity) -> shipped.merge(sku, quantity, BigDecimal::add));
            applied.add(update.shipmentId());
            boolean complete = complete(state, shipped);
            writes.add(new ShipmentWrite(update, now, shipped, complete, notes ? ShipmentNote.text(update, complete) : null));
            return new ShipmentResult(Outcome.APPLIED, "shipment " + update.shipmentId() + " applied to order " + orderId
                    + (complete ? ", order complete" : ", order not fully shipped yet"), complete);
        }
    }
}

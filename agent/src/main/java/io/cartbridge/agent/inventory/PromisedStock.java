package io.cartbridge.agent.inventory;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.cartbridge.agent.ledger.OrderLedger.InFlight;

/**
 * The rule that keeps the shop from selling what is already promised. A warehouse's stock figure
 * already counts the orders it had received when it took the snapshot; the orders it had not seen
 * (filed but not uploaded yet, or uploaded after the snapshot's as-of time) and that have not
 * shipped since (no shipment applied for them) will still take units from it. So the quantity set
 * for a SKU is the warehouse's quantity less the units of those orders, never below zero. A snapshot
 * without an as-of time cannot be placed against the orders: nothing is subtracted.
 */
final class PromisedStock {

    static final PromisedStock NONE = new PromisedStock(Map.of());

    private final Map<String, BigDecimal> unitsBySku;

    private PromisedStock(Map<String, BigDecimal> unitsBySku) {
        this.unitsBySku = unitsBySku;
    }

    /**
     * The units promised at {@code asOf}.
     *
     * @param inFlight    the ledger's filed orders that may be unseen at a time (see {@link #unseenAt})
     * @param orderedSkus the units per SKU of one cart order
     */
    static PromisedStock at(LocalDateTime asOf, Function<LocalDateTime, List<InFlight>> inFlight,
                            Function<String, Map<String, BigDecimal>> orderedSkus) {
        if (asOf == null) {
            return NONE;
        }
        Map<String, BigDecimal> units = new HashMap<>();
        for (InFlight order : inFlight.apply(asOf)) {
            if (unseenAt(order, asOf)) {
                orderedSkus.apply(order.cartOrderId()).forEach((sku, quantity) -> units.merge(sku, quantity, BigDecimal::add));
            }
        }
        return units.isEmpty() ? NONE : new PromisedStock(units);
    }

    /**
     * The units promised at {@code asOf}, the orders' units asked for all at once.
     *
     * @param inFlight     the ledger's filed orders that may be unseen at a time (see {@link #unseenAt})
     * @param orderedUnits cart order id → SKU → units, for the orders asked (an order absent counts nothing)
     */
    static PromisedStock atOnce(LocalDateTime asOf, Function<LocalDateTime, List<InFlight>> inFlight,
                                Function<List<String>, Map<String, Map<String, BigDecimal>>> orderedUnits) {
        if (asOf == null) {
            return NONE;
        }
        List<String> unseen = inFlight.apply(asOf).stream().filter(order -> unseenAt(order, asOf)).map(InFlight::cartOrderId).toList();
        Map<String, BigDecimal> units = new HashMap<>();
        if (!unseen.isEmpty()) {
            orderedUnits.apply(unseen).values().forEach(bySku -> bySku.forEach((sku, quantity) -> units.merge(sku, quantity, BigDecimal::add)));
        }
        return units.isEmpty() ? NONE : new PromisedStock(units);
    }

    /** Whether the warehouse had not seen this order when it counted at {@code asOf}, and it has not shipped since. */
    static boolean unseenAt(InFlight order, LocalDateTime asOf) {
        return !order.shipped() && (order.uploadedAt() == null || order.uploadedAt().isAfter(asOf));
    }

    /** The quantity to set for this SKU from the warehouse's figure. */
    BigDecimal sellable(String sku, BigDecimal warehouseQuantity) {
        return warehouseQuantity.subtract(unitsBySku.getOrDefault(sku, BigDecimal.ZERO)).max(BigDecimal.ZERO);
    }
}

package io.cartbridge.agent.cart.woocommerce.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.api.ShipmentsPerOrder;
import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.CartCalls.Call;
import io.cartbridge.agent.cart.ShipmentSink;

/**
 * Shipments onto WooCommerce orders through the REST API v3, so that WooCommerce does what it does when the shop
 * owner ships: the "order complete" e-mail (with the Shipment Tracking extension's tracking block), other plugins'
 * hooks, its caches. Per chunk, one {@code GET wc/v3/orders?include=...} reads the orders for the core's rules;
 * then per shipment, in this order: the tracking numbers (through the extension's own endpoints when it is
 * installed, see {@link WooCommerceApiShipmentCalls}), a note to the customer saying what shipped, and one
 * {@code PUT wc/v3/orders/<id>} with CartBridge's shipment meta (and the tracking meta without the extension) and,
 * when everything has shipped, status {@code completed}. The meta written last is what marks the shipment applied
 * on the order, so a later run that finds it sends nothing for the shipment at all.
 *
 * <p>Exactly once: each call is looked before (its effect already on the order: the tracking number, the note by
 * its text, the status) and recorded in the ledger ({@link CartCalls}) once the shop confirmed it; the ledger's
 * record saves the look on a retry, the look covers a record lost to a kill. A 4xx stops that order's shipments
 * in the chunk and is reported as a {@link Refusal}; a timeout or 5xx is retried with backoff and then fails the
 * chunk, for a later run.
 */
public final class WooCommerceApiShipmentSink implements ShipmentSink {

    /** The most ids one {@code include} list takes: WooCommerce's {@code per_page} maximum. */
    private static final int PAGE = 100;

    private final CartApiClient api;
    private final WooCommerceApiShipmentCalls writes;
    private final String store;
    private final CartCalls calls;

    /**
     * @param store the store's name, the ledger's key of its calls
     * @param calls the ledger's journal of calls
     */
    public WooCommerceApiShipmentSink(CartApiClient api, WooCommerceApiTracking tracking, String store, CartCalls calls) {
        this.api = api;
        this.writes = new WooCommerceApiShipmentCalls(api, tracking);
        this.store = store;
        this.calls = calls;
    }

    @Override
    public void apply(Collection<String> cartOrderIds, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        CartApiUnavailable.unlessNoneRefused("the shop", applyReportingRefusals(cartOrderIds, decide));
    }

    @Override
    public List<Refusal> applyReportingRefusals(Collection<String> cartOrderIds,
                                                Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Map<Long, WooCommerceApiOrder> orders = read(ids(cartOrderIds));
        Map<String, OrderState> states = new LinkedHashMap<>();
        orders.forEach((id, order) -> states.put(Long.toString(id), order.state()));
        return ShipmentsPerOrder.send("WooCommerce", decide.apply(states), orders::get,
                (id, order, shipment) -> write(order, shipment));
    }

    /** One shipment's calls, each skipped when the ledger has it; returns the order as the shop now holds it. */
    private WooCommerceApiOrder write(WooCommerceApiOrder order, ShipmentWrite shipment) {
        String orderId = Long.toString(order.id());
        String shipmentId = shipment.update().shipmentId();
        Set<String> done = calls.done(store, orderId, shipmentId);
        if (!done.contains(WooCommerceApiShipmentCalls.TRACKING) && writes.tracksSeparately(shipment)) {
            call(orderId, shipmentId, WooCommerceApiShipmentCalls.TRACKING, () -> writes.tracking(order, shipment));
        }
        if (shipment.note() != null && !done.contains(WooCommerceApiShipmentCalls.NOTE)) {
            call(orderId, shipmentId, WooCommerceApiShipmentCalls.NOTE, () -> writes.note(order, shipment));
        }
        if (done.contains(WooCommerceApiShipmentCalls.ORDER)) {
            return order;
        }
        // a retry reads the order again: the attempt whose answer was lost may have written it
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        WooCommerceApiShipmentCalls.Answer answer = call(orderId, shipmentId, WooCommerceApiShipmentCalls.ORDER,
                () -> writes.order(first.getAndSet(false) ? order : writes.reread(order), shipment));
        return answer.order() == null ? order : answer.order();
    }

    /** Runs one action with retries and records its answer, a refusal included. */
    private WooCommerceApiShipmentCalls.Answer call(String orderId, String shipmentId, String action,
                                                    java.util.concurrent.Callable<WooCommerceApiShipmentCalls.Answer> attempt) {
        WooCommerceApiShipmentCalls.Answer answer;
        try {
            answer = api.retrying(action + " of shipment " + shipmentId + " on order " + orderId, attempt);
        } catch (CartApiRefusal e) {
            calls.record(new Call(store, orderId, shipmentId, action, CartCalls.State.REFUSED, e.status(), e.getMessage()));
            throw e;
        }
        calls.record(new Call(store, orderId, shipmentId, action, answer.sent() ? CartCalls.State.CONFIRMED : CartCalls.State.FOUND,
                answer.status(), answer.detail()));
        return answer;
    }

    /** The orders the shop has of these ids, read a page of ids at a time. */
    private Map<Long, WooCommerceApiOrder> read(List<Long> ids) {
        Map<Long, WooCommerceApiOrder> orders = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            String include = ids.subList(from, Math.min(ids.size(), from + PAGE)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            String path = "wc/v3/orders?include=" + include + "&per_page=" + PAGE;
            api.retrying("reading orders " + include, () -> api.get(path)).forEach(o -> {
                WooCommerceApiOrder order = WooCommerceApiOrder.of(o);
                orders.put(order.id(), order);
            });
        }
        return orders;
    }

    private static List<Long> ids(Collection<String> cartOrderIds) {
        Set<Long> ids = new TreeSet<>();
        for (String id : cartOrderIds) {
            try {
                ids.add(Long.parseLong(id.trim()));
            } catch (RuntimeException e) {
                // not a WooCommerce order id: the shop has no such order
            }
        }
        return List.copyOf(ids);
    }
}

package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.CartCalls.Call;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.api.ShipmentsPerOrder;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import io.cartbridge.agent.cart.magento2.api.Magento2Api;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shipments onto Magento orders through its REST API ({@code write-back: api}), so that Magento does what its Ship
 * action does, the buyer's "Your order has shipped" e-mail included: one {@code POST V1/order/{id}/ship} per shipment
 * with the order items (a configurable's parent item, a bundle's own item or its children as Magento ships them), the
 * tracks, {@code notify: true}, the MSI source, and a comment whose first line, {@code Warehouse shipment <id>}, names
 * the warehouse's shipment (as the table write-back's comment does, so a store may switch either way) and whose rest
 * is the core's note, in the e-mail. A shipment of nothing (every unit backordered) ships nothing: its note goes to the
 * order's comments, the customer notified.
 *
 * <p>Which items Magento ships and their quantities are read from the database, as the orders are; what Magento has
 * shipped is looked at through the API: one {@code GET V1/shipments} for the chunk's orders gives each order's
 * shipments, their items (the units shipped per item) and comments (the warehouse shipments applied).
 *
 * <p>Exactly once: each write is recorded in the ledger ({@link CartCalls}) once Magento confirmed it and skipped
 * when recorded; a timeout or 5xx is retried with backoff, each retry looking at the order's shipments first (a lost
 * answer may have been a shipment made); a process killed before the record commits leaves the shipment in Magento,
 * which the next run's look finds (no second shipment, no second e-mail). A 4xx stops the order's shipments in the
 * chunk, is recorded {@link CartCalls#REFUSED} with Magento's message and reported as a {@link Refusal}.
 */
final class Magento2ApiShipmentSink implements ShipmentSink {

    static final String SHIP = "ship";
    static final String COMMENT = "comment";

    /** {@code %s}: one bound placeholder per order id. */
    private static final String ORDERS = "SELECT entity_id, status FROM {sales_order} WHERE entity_id IN (%s)";

    private final JdbcTemplate jdbc;
    private final Magento2OrderItems items;
    private final Magento2Api api;
    private final CartApiClient client;
    private final String ordersSql;
    private final String store;
    private final CartCalls calls;
    private final String sourceCode;

    /**
     * @param sourceCode the MSI source shipments leave from, {@code null} on an install without MSI
     * @param store      the store's name, the ledger's key of its calls
     */
    Magento2ApiShipmentSink(JdbcTemplate jdbc, Magento2Tables tables, Magento2Api api, String sourceCode, String store,
                            CartCalls calls) {
        this.jdbc = jdbc;
        this.items = new Magento2OrderItems(jdbc, tables);
        this.api = api;
        this.client = api.client();
        this.ordersSql = tables.sql(ORDERS);
        this.sourceCode = sourceCode;
        this.store = store;
        this.calls = calls;
    }

    /** What Magento has shipped of one order: units per order item, and the warehouse shipments applied. */
    private record Look(Map<Long, BigDecimal> shipped, List<String> applied) {

        static Map<Long, Look> of(List<Magento2Api.Shipment> shipments) {
            Map<Long, Look> looks = new HashMap<>();
            for (Magento2Api.Shipment s : shipments) {
                Look look = looks.computeIfAbsent(s.orderId(), id -> new Look(new HashMap<>(), new ArrayList<>()));
                s.items().forEach((item, qty) -> look.shipped().merge(item, qty, BigDecimal::add));
                s.comments().stream().filter(c -> c.startsWith(Magento2ShipmentRows.COMMENT_PREFIX))
                        .map(Magento2ShipmentRows::shipmentId).forEach(look.applied()::add);
            }
            return looks;
        }
    }

    @Override
    public void apply(Collection<String> cartOrderIds, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        CartApiUnavailable.unlessNoneRefused("Magento", applyReportingRefusals(cartOrderIds, decide));
    }

    @Override
    public List<Refusal> applyReportingRefusals(Collection<String> cartOrderIds,
                                                Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Set<Long> ids = new TreeSet<>(Magento2OrderSource.orderIds(cartOrderIds));
        Map<Long, String> statuses = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(ordersSql.formatted(SqlRows.placeholders(ids.size())),
                    rs -> { statuses.put(rs.getLong(1), rs.getString(2)); }, ids.toArray());
        }
        if (statuses.isEmpty()) {
            decide.apply(Map.of());
            return List.of();
        }
        Map<Long, List<Magento2OrderItems.Item>> shippable = items.items(statuses.keySet());
        Map<Long, Look> looks = Look.of(client.retrying("reading the shipments of orders " + statuses.keySet(),
                () -> api.shipments(statuses.keySet())));
        Map<Long, List<Magento2OrderItems.Item>> asShipped = new HashMap<>();
        Map<String, OrderState> states = new HashMap<>();
        for (Long id : statuses.keySet()) {
            Look look = looks.getOrDefault(id, new Look(Map.of(), List.of()));
            List<Magento2OrderItems.Item> orderItems = shippable.getOrDefault(id, List.of()).stream()
                    .map(i -> i.withShipped(look.shipped().getOrDefault(i.itemId(), BigDecimal.ZERO))).toList();
            asShipped.put(id, orderItems);
            states.put(Long.toString(id), Magento2ShipmentSink.state(orderItems, look.applied()));
        }
        Map<Long, BigDecimal> shippedNow = new HashMap<>();
        return ShipmentsPerOrder.send("Magento", decide.apply(states), id -> null, (id, none, shipment) -> {
            write(id, statuses.get(id), Magento2ShipmentSink.allot(asShipped.get(id), shipment.shippedNow(), shippedNow),
                    shipment);
            return null;
        });
    }

    /** One shipment's call, skipped when the ledger has it. */
    private void write(long orderId, String status, List<Magento2ShipmentRows.Shipped> shipped, ShipmentWrite shipment) {
        String order = Long.toString(orderId);
        ShipmentUpdate update = shipment.update();
        Set<String> done = calls.done(store, order, update.shipmentId());
        if (!shipped.isEmpty() && !done.contains(SHIP)) {
            boolean[] first = {true};
            call(order, update.shipmentId(), SHIP, () -> {
                // a retry looks again: the attempt whose answer was lost may have made the shipment
                if (!first[0] && Look.of(api.shipments(List.of(orderId))).getOrDefault(orderId, new Look(Map.of(), List.of()))
                        .applied().contains(update.shipmentId())) {
                    return new Answer(false, 0, "found on GET V1/shipments");
                }
                first[0] = false;
                long id = api.ship(orderId, shipped.stream().map(s -> new Magento2Api.Item(s.item().itemId(), s.quantity()))
                        .toList(), tracks(update), comment(shipment), sourceCode);
                return new Answer(true, 200, "POST V1/order/" + orderId + "/ship: shipment " + id);
            });
        } else if (shipped.isEmpty() && shipment.note() != null && !done.contains(COMMENT)) {
            call(order, update.shipmentId(), COMMENT, () -> {
                if (api.comments(orderId).stream().anyMatch(c -> c.strip().equals(shipment.note().strip()))) {
                    return new Answer(false, 0, "found on GET V1/orders/" + orderId + "/comments");
                }
                api.comment(orderId, shipment.note(), status);
                return new Answer(true, 200, "POST V1/orders/" + orderId + "/comments");
            });
        }
    }

    /** The shipment's comment: the line naming the warehouse's shipment, then the core's note for the buyer. */
    static String comment(ShipmentWrite shipment) {
        String id = Magento2ShipmentRows.COMMENT_PREFIX + shipment.update().shipmentId();
        return shipment.note() == null ? id : id + "\n" + shipment.note();
    }

    private static List<Magento2Api.Track> tracks(ShipmentUpdate update) {
        List<Magento2Api.Track> tracks = new ArrayList<>();
        for (String number : update.trackingNumbers()) {
            if (number != null && !number.isBlank()) {
                tracks.add(new Magento2Api.Track(number.trim(), Magento2Carriers.title(update.carrier()),
                        Magento2Carriers.code(update.carrier())));
            }
        }
        return tracks;
    }

    /** What a call did: whether a write went out, its HTTP status (0 when none), the call for the ledger. */
    private record Answer(boolean sent, int status, String detail) {
    }

    /** Runs one action with retries and records its answer, a refusal included. */
    private void call(String orderId, String shipmentId, String action, Callable<Answer> attempt) {
        Answer answer;
        try {
            answer = client.retrying(action + " of shipment " + shipmentId + " on order " + orderId, attempt);
        } catch (CartApiRefusal e) {
            calls.record(new Call(store, orderId, shipmentId, action, CartCalls.State.REFUSED, e.status(), e.getMessage()));
            throw e;
        }
        calls.record(new Call(store, orderId, shipmentId, action, answer.sent() ? CartCalls.State.CONFIRMED : CartCalls.State.FOUND,
                answer.status(), answer.detail()));
    }
}

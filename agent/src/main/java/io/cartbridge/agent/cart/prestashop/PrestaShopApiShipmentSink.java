package io.cartbridge.agent.cart.prestashop;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.CartCalls.Call;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.api.ShipmentsPerOrder;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shipments onto PrestaShop orders through its webservice ({@code write-back: api}), so that PrestaShop does what
 * its back office does when an order ships: the state's "shipped" e-mail to the buyer with the tracking number, its
 * hooks, its stock movements. Per chunk, one {@code GET orders} reads the orders' current states; the lines and the
 * units shipped so far are read from the database as the table write-back reads them (reading stays on the
 * database). Then per shipment, as the table write-back decides: the tracking numbers merged into the order's
 * {@code order_carrier} ({@link PrestaShopApiCalls#TRACKING}), and once every line has shipped and the order's state
 * is paid and not shipped, {@code POST order_histories?sendemail=1} with the shipped state
 * ({@link PrestaShopApiCalls#STATE}). Last, the shipment's units go into CartBridge's own
 * {@code cartbridge_shipment} table (PrestaShop keeps no shipped quantities), which marks it applied.
 *
 * <p>Exactly once: each call looks before it writes and is recorded in the ledger ({@link CartCalls}) once the shop
 * confirmed it; a kill between the shop's answer and the record is covered by the look (the state already shipped,
 * the number already on the carrier), so no second e-mail. A 4xx stops that order's shipments in the chunk and is
 * reported as a {@link Refusal}; a timeout or 5xx is retried with backoff, each retry looking again.
 */
final class PrestaShopApiShipmentSink implements ShipmentSink {

    /** {@code %s}: one bound placeholder per order id. */
    private static final String SHIPPED = """
            SELECT id_order, shipment_id, reference, quantity FROM ps_cartbridge_shipment WHERE id_order IN (%s)""";
    private static final String RECORD = """
            INSERT IGNORE INTO ps_cartbridge_shipment (id_order, shipment_id, reference, quantity, date_add)
            VALUES (?, ?, ?, ?, ?)""";

    private final PrestaShopApiCalls writes;
    private final JdbcTemplate jdbc;
    private final PrestaShopOrderLines lines;
    private final String shippedSql;
    private final String recordSql;
    private final String store;
    private final CartCalls calls;

    PrestaShopApiShipmentSink(PrestaShopApiCalls writes, JdbcTemplate jdbc, PrestaShopTables tables, String store,
                              CartCalls calls) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.lines = new PrestaShopOrderLines(jdbc, tables);
        this.shippedSql = tables.sql(SHIPPED);
        this.recordSql = tables.sql(RECORD);
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
        Set<Long> ids = new TreeSet<>(PrestaShopOrderSource.orderIds(cartOrderIds));
        Map<Long, PrestaShopApiCalls.Order> orders = ids.isEmpty() ? Map.of() : writes.orders(ids);
        Map<String, OrderState> states = states(orders.keySet());
        return ShipmentsPerOrder.send("PrestaShop", decide.apply(states), orders::get,
                (id, order, shipment) -> write(order, shipment));
    }

    /** What the database holds of the orders: lines by SKU, units shipped, shipments applied. */
    private Map<String, OrderState> states(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, BigDecimal>> ordered = lines.unitsBySku(ids);
        Map<Long, Map<String, BigDecimal>> shipped = new HashMap<>();
        Map<Long, List<String>> applied = new HashMap<>();
        jdbc.query(shippedSql.formatted(SqlRows.placeholders(ids.size())), rs -> {
            List<String> shipments = applied.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
            if (!shipments.contains(rs.getString(2))) {
                shipments.add(rs.getString(2));
            }
            if (!rs.getString(3).isEmpty()) {
                shipped.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).merge(rs.getString(3), rs.getBigDecimal(4),
                        BigDecimal::add);
            }
        }, ids.toArray());
        Map<String, OrderState> states = new HashMap<>();
        for (Long id : ids) {
            Map<String, BigDecimal> bySku = new LinkedHashMap<>(ordered.getOrDefault(id, Map.of()));
            boolean withoutSku = bySku.remove(PrestaShopOrderLines.NO_SKU) != null;
            states.put(Long.toString(id), new OrderState(bySku, withoutSku, shipped.getOrDefault(id, Map.of()),
                    applied.getOrDefault(id, List.of())));
        }
        return states;
    }

    /** One shipment's calls, each skipped when the ledger has it; {@return the order as the shop now holds it} */
    private PrestaShopApiCalls.Order write(PrestaShopApiCalls.Order order, ShipmentWrite shipment) {
        String orderId = Long.toString(order.id());
        String shipmentId = shipment.update().shipmentId();
        Set<String> done = calls.done(store, orderId, shipmentId);
        List<String> numbers = shipment.update().trackingNumbers().stream().filter(n -> n != null && !n.isBlank())
                .map(String::trim).distinct().toList();
        if (!numbers.isEmpty() && !done.contains(PrestaShopApiCalls.TRACKING)) {
            call(orderId, shipmentId, PrestaShopApiCalls.TRACKING, () -> writes.tracking(order, numbers));
        }
        PrestaShopApiCalls.Order now = order;
        if (shipment.orderComplete() && !done.contains(PrestaShopApiCalls.STATE)) {
            // a retry reads the order again: the attempt whose answer was lost may have changed its state
            AtomicBoolean first = new AtomicBoolean(true);
            PrestaShopApiCalls.Answer answer = call(orderId, shipmentId, PrestaShopApiCalls.STATE,
                    () -> writes.ship(first.getAndSet(false) ? order : writes.reread(order)));
            if (answer != null && answer.sent()) {
                now = new PrestaShopApiCalls.Order(order.id(), writes.states().shippedState(), order.carrier());
            }
        }
        record(order.id(), shipment);
        return now;
    }

    /** The shipment's units into CartBridge's table: the shipment is applied on the shop's side. */
    private void record(long orderId, ShipmentWrite shipment) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> rows = new ArrayList<>();
        String shipmentId = shipment.update().shipmentId();
        if (shipment.shippedNow().isEmpty()) {
            rows.add(new Object[] {orderId, shipmentId, "", BigDecimal.ZERO, now});
        }
        shipment.shippedNow().forEach((sku, units) -> rows.add(new Object[] {orderId, shipmentId, sku, units, now}));
        jdbc.batchUpdate(recordSql, rows);
    }

    /**
     * Runs one action with retries and records its answer, a refusal included; an action that had nothing to do
     * ({@code null}: the order's state is not one the shipped state follows) is not recorded.
     */
    private PrestaShopApiCalls.Answer call(String orderId, String shipmentId, String action,
                                           Callable<PrestaShopApiCalls.Answer> attempt) {
        PrestaShopApiCalls.Answer answer;
        try {
            answer = writes.client().retrying(action + " of shipment " + shipmentId + " on order " + orderId, attempt);
        } catch (CartApiRefusal e) {
            calls.record(new Call(store, orderId, shipmentId, action, CartCalls.State.REFUSED, e.status(), e.getMessage()));
            throw e;
        }
        if (answer != null) {
            calls.record(new Call(store, orderId, shipmentId, action, answer.sent() ? CartCalls.State.CONFIRMED : CartCalls.State.FOUND,
                    answer.status(), answer.detail()));
        }
        return answer;
    }
}

package io.cartbridge.agent.cart.prestashop;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.cartbridge.agent.cart.ShipmentSink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipments onto PrestaShop orders, as the back office's "set tracking number, then status Shipped" writes them: the
 * tracking numbers in the order's {@code order_carrier.tracking_number} (PrestaShop 8 has no other place; one number
 * in the back office, here the numbers of every package, comma separated, as many as fit its 64 characters), and once
 * the core says every line has shipped, a new {@code order_history} row with the shop's shipped state
 * ({@code PS_OS_SHIPPING} in {@code configuration}) and {@code orders.current_state} set to it, when the order's
 * current state is paid and not yet shipped; the order's units then leave {@code stock_available.reserved_quantity}
 * and its physical quantity, as they do when the back office ships an order. PrestaShop keeps no shipped quantities, so the units of each warehouse
 * shipment are kept in CartBridge's {@code cartbridge_shipment} table ({@link PrestaShopSchema}), which also names the
 * shipments applied. The order rows are locked first; a chunk is one transaction.
 */
final class PrestaShopShipmentSink implements ShipmentSink {

    /** {@code %s}: one bound placeholder per order id. */
    private static final String LOCK = """
            SELECT id_order, current_state, id_shop_group, id_carrier FROM ps_orders
            WHERE id_order IN (%s) AND id_shop = ? FOR UPDATE""";
    /** {@code %s}: one bound placeholder per state id. */
    private static final String STATES = """
            SELECT id_order_state FROM ps_order_state WHERE id_order_state IN (%s) AND paid = 1 AND shipped = 0""";
    /** {@code %s}: one bound placeholder per order id. */
    private static final String SHIPPED = """
            SELECT id_order, shipment_id, reference, quantity FROM ps_cartbridge_shipment WHERE id_order IN (%s)""";
    private static final String RECORD = """
            INSERT INTO ps_cartbridge_shipment (id_order, shipment_id, reference, quantity, date_add) VALUES (?, ?, ?, ?, ?)""";
    /** {@code %s}: one bound placeholder per order id. */
    private static final String CARRIERS = """
            SELECT id_order, id_order_carrier, tracking_number FROM ps_order_carrier WHERE id_order IN (%s)
            ORDER BY id_order_carrier""";
    private static final String TRACKING = """
            UPDATE ps_order_carrier SET tracking_number = ? WHERE id_order_carrier = ?""";
    private static final String NEW_CARRIER = """
            INSERT INTO ps_order_carrier (id_order, id_carrier, tracking_number, date_add) VALUES (?, ?, ?, ?)""";
    /** The shop's value first, then its group's, then the global one, as PrestaShop's Configuration::get reads it. */
    private static final String SHIPPED_STATE = """
            SELECT value FROM ps_configuration
            WHERE name = 'PS_OS_SHIPPING' AND (id_shop = ? OR id_shop IS NULL) AND (id_shop_group = ? OR id_shop_group IS NULL)
            ORDER BY id_shop IS NULL, id_shop_group IS NULL
            LIMIT 1""";
    private static final String HISTORY = """
            INSERT INTO ps_order_history (id_employee, id_order, id_order_state, date_add) VALUES (0, ?, ?, ?)""";
    private static final String CURRENT_STATE = """
            UPDATE ps_orders SET current_state = ?, date_upd = ? WHERE id_order = ?""";
    /**
     * The shipped units leave the reserved quantity, and the physical quantity follows ({@code quantity} plus
     * {@code reserved_quantity}, as PrestaShop derives it); what the shop sells does not move, it dropped when the order
     * was placed. MariaDB assigns left to right, so the physical quantity sees the new reserved one.
     */
    private static final String RELEASE = """
            UPDATE ps_stock_available
            SET reserved_quantity = GREATEST(reserved_quantity - ?, 0), physical_quantity = quantity + reserved_quantity
            WHERE id_product = ? AND id_product_attribute = ? AND id_shop = ? AND id_shop_group = ?""";

    static final int TRACKING_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PrestaShopProperties settings;
    private final PrestaShopOrderLines lines;
    private final String lockSql;
    private final String statesSql;
    private final String shippedSql;
    private final String recordSql;
    private final String carriersSql;
    private final String trackingSql;
    private final String newCarrierSql;
    private final String shippedStateSql;
    private final String historySql;
    private final String currentStateSql;
    private final String releaseSql;

    PrestaShopShipmentSink(JdbcTemplate jdbc, TransactionTemplate transaction, PrestaShopTables tables,
                           PrestaShopProperties settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.lines = new PrestaShopOrderLines(jdbc, tables);
        this.lockSql = tables.sql(LOCK);
        this.statesSql = tables.sql(STATES);
        this.shippedSql = tables.sql(SHIPPED);
        this.recordSql = tables.sql(RECORD);
        this.carriersSql = tables.sql(CARRIERS);
        this.trackingSql = tables.sql(TRACKING);
        this.newCarrierSql = tables.sql(NEW_CARRIER);
        this.shippedStateSql = tables.sql(SHIPPED_STATE);
        this.historySql = tables.sql(HISTORY);
        this.currentStateSql = tables.sql(CURRENT_STATE);
        this.releaseSql = tables.sql(RELEASE);
    }

    @Override
    public void apply(Collection<String> cartOrderIds, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Set<Long> ids = new TreeSet<>(PrestaShopOrderSource.orderIds(cartOrderIds));
        if (ids.isEmpty()) {
            decide.apply(Map.of());
            return;
        }
        transaction.executeWithoutResult(status -> applyLocked(ids, decide));
    }

    private void applyLocked(Set<Long> ids, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Map<Long, Order> orders = lock(ids);
        if (orders.isEmpty()) {
            decide.apply(Map.of());
            return;
        }
        Set<Long> shippable = shippableStates(orders.values());
        Map<Long, Map<String, BigDecimal>> ordered = lines.unitsBySku(orders.keySet());
        readShipments(orders);
        Map<String, OrderState> states = new HashMap<>();
        orders.forEach((id, order) -> {
            Map<String, BigDecimal> bySku = new LinkedHashMap<>(ordered.getOrDefault(id, Map.of()));
            boolean withoutSku = bySku.remove(PrestaShopOrderLines.NO_SKU) != null;
            states.put(Long.toString(id), new OrderState(bySku, withoutSku, order.shipped, new ArrayList<>(order.shipments)));
        });
        List<Object[]> records = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        for (ShipmentWrite write : decide.apply(states)) {
            Order order = orders.get(Long.parseLong(write.update().cartOrderId().trim()));
            if (write.shippedNow().isEmpty()) {
                records.add(new Object[] {order.id, write.update().shipmentId(), "", BigDecimal.ZERO, now});
            }
            write.shippedNow().forEach((sku, units) -> records.add(new Object[] {order.id, write.update().shipmentId(), sku,
                    units, now}));
            order.tracking.addAll(write.update().trackingNumbers());
            order.completes |= write.orderComplete() && shippable.contains(order.state);
            order.changed = true;
        }
        if (!records.isEmpty()) {
            jdbc.batchUpdate(recordSql, records);
        }
        writeTracking(orders, now);
        complete(orders, now);
    }

    private Map<Long, Order> lock(Set<Long> ids) {
        Map<Long, Order> orders = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>(ids);
        args.add(settings.shopId());
        jdbc.query(lockSql.formatted(SqlRows.placeholders(ids.size())), rs -> {
            orders.put(rs.getLong(1), new Order(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }, args.toArray());
        return orders;
    }

    /** The current states, among these orders', that are paid and not shipped: those the shipped state follows. */
    private Set<Long> shippableStates(Collection<Order> orders) {
        Set<Long> stateIds = new LinkedHashSet<>();
        orders.forEach(o -> stateIds.add(o.state));
        return new LinkedHashSet<>(jdbc.queryForList(statesSql.formatted(SqlRows.placeholders(stateIds.size())),
                Long.class, stateIds.toArray()));
    }

    private void readShipments(Map<Long, Order> orders) {
        jdbc.query(shippedSql.formatted(SqlRows.placeholders(orders.size())), rs -> {
            Order order = orders.get(rs.getLong(1));
            if (!order.shipments.contains(rs.getString(2))) {
                order.shipments.add(rs.getString(2));
            }
            String sku = rs.getString(3);
            if (!sku.isEmpty()) {
                order.shipped.merge(sku, rs.getBigDecimal(4), BigDecimal::add);
            }
        }, orders.keySet().toArray());
    }

    private void writeTracking(Map<Long, Order> orders, Timestamp now) {
        List<Long> withTracking = orders.values().stream().filter(o -> !o.tracking.isEmpty()).map(o -> o.id).toList();
        if (withTracking.isEmpty()) {
            return;
        }
        Map<Long, Object[]> carrierRows = new HashMap<>();
        jdbc.query(carriersSql.formatted(SqlRows.placeholders(withTracking.size())), rs -> {
            // the order's latest carrier row, the one the back office's tracking form edits
            carrierRows.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getString(3)});
        }, withTracking.toArray());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Long id : withTracking) {
            Order order = orders.get(id);
            Object[] row = carrierRows.get(id);
            String tracking = merge(row == null ? null : (String) row[1], order.tracking);
            if (row == null) {
                inserts.add(new Object[] {id, order.carrier, tracking, now});
            } else if (!tracking.equals(row[1])) {
                updates.add(new Object[] {tracking, row[0]});
            }
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(trackingSql, updates);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(newCarrierSql, inserts);
        }
    }

    /** The numbers already there, then the new ones not there yet, comma separated, as many as fit the column. */
    static String merge(String existing, Collection<String> numbers) {
        Set<String> all = new LinkedHashSet<>();
        if (existing != null) {
            for (String number : existing.split(",")) {
                if (!number.isBlank()) {
                    all.add(number.trim());
                }
            }
        }
        numbers.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).forEach(all::add);
        StringBuilder joined = new StringBuilder();
        for (String number : all) {
            int length = joined.length() + (joined.length() > 0 ? 2 : 0) + number.length();
            if (length > TRACKING_LENGTH) {
                break;
            }
            joined.append(joined.length() > 0 ? ", " : "").append(number);
        }
        return joined.toString();
    }

    private void complete(Map<Long, Order> orders, Timestamp now) {
        List<Object[]> history = new ArrayList<>();
        List<Object[]> states = new ArrayList<>();
        Map<Long, Long> shippedState = new HashMap<>();
        for (Order order : orders.values()) {
            if (!order.completes) {
                continue;
            }
            long state = shippedState.computeIfAbsent(order.shopGroup, this::shippedState);
            history.add(new Object[] {order.id, state, now});
            states.add(new Object[] {state, now, order.id});
        }
        if (!history.isEmpty()) {
            jdbc.batchUpdate(historySql, history);
            jdbc.batchUpdate(currentStateSql, states);
            release(orders.values().stream().filter(o -> o.completes).map(o -> o.id).toList());
        }
    }

    /** What the back office's change to the shipped state does to stock: the orders' units are no longer reserved. */
    private void release(List<Long> shippedOrders) {
        Map<List<Long>, BigDecimal> units = new LinkedHashMap<>();
        lines.lines(shippedOrders).values().forEach(orderLines -> orderLines.forEach(line -> {
            units.merge(List.of(line.productId(), line.combinationId()), line.quantity(), BigDecimal::add);
        }));
        List<Object[]> rows = new ArrayList<>();
        units.forEach((item, quantity) -> rows.add(new Object[] {quantity.intValue(), item.get(0), item.get(1),
                settings.stockShop(), settings.stockShopGroup()}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(releaseSql, rows);
        }
    }

    private long shippedState(long shopGroup) {
        List<String> values = jdbc.queryForList(shippedStateSql, String.class, settings.shopId(), shopGroup);
        try {
            return Long.parseLong(values.get(0).trim());
        } catch (RuntimeException e) {
            throw new IllegalStateException("PrestaShop configuration PS_OS_SHIPPING (the shipped order state) is missing "
                    + "or not a number for shop " + settings.shopId());
        }
    }

    /** One locked order through a chunk: what the cart holds, plus the shipments written so far. */
    private static final class Order {
        final long id;
        final long state;
        final long shopGroup;
        final long carrier;
        final List<String> shipments = new ArrayList<>();
        final Map<String, BigDecimal> shipped = new LinkedHashMap<>();
        final Set<String> tracking = new LinkedHashSet<>();
        boolean completes;
        boolean changed;

        Order(long id, long state, long shopGroup, long carrier) {
            this.id = id;
            this.state = state;
            this.shopGroup = shopGroup;
            this.carrier = carrier;
        }
    }
}

package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.cartbridge.agent.cart.OrderNotes.Note;
import io.cartbridge.agent.cart.ShipmentSink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipments onto WooCommerce orders, in the authoritative storage and, when the order is also
 * there, in the other one (as WooCommerce's compatibility sync would): tracking in the Shipment
 * Tracking extension's {@code _wc_shipment_tracking_items}, the core's order note, and {@code wc-completed}
 * when the core says the order is complete (from processing, on-hold or pending only). WooCommerce has no
 * shipped quantities of its own, so CartBridge keeps them in order meta: {@code _cartbridge_shipments} (the
 * shipment ids applied, a PHP list) and {@code _cartbridge_shipped} (SKU → units shipped so far).
 * The order rows are locked first, so concurrent shipments of one order apply one after the other.
 * A chunk of shipments is one transaction with a fixed number of statements: the orders, their meta
 * and lines are read with one query each, the core decides in memory, and the writes go out as JDBC batches.
 */
final class WooCommerceShipmentSink implements ShipmentSink {

    /** {@code %s}: one bound placeholder per order id. */
    private static final String HPOS_LOCK = """
            SELECT id, status FROM wp_wc_orders WHERE id IN (%s) AND type = 'shop_order' FOR UPDATE""";
    /** {@code %s}: one bound placeholder per order id. */
    private static final String POSTS_LOCK = """
            SELECT ID, post_status FROM wp_posts WHERE ID IN (%s) AND post_type = 'shop_order' FOR UPDATE""";
    private static final String HPOS_STATUS = """
            UPDATE wp_wc_orders SET status = ?, date_updated_gmt = ? WHERE id = ?""";
    private static final String HPOS_COMPLETED = """
            UPDATE wp_wc_order_operational_data SET date_completed_gmt = ? WHERE order_id = ?""";
    private static final String POSTS_STATUS = """
            UPDATE wp_posts SET post_status = ?, post_modified = ?, post_modified_gmt = ? WHERE ID = ?""";

    private static final java.time.format.DateTimeFormatter MYSQL_DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String SHIPMENTS_KEY = "_cartbridge_shipments";
    static final String SHIPPED_KEY = "_cartbridge_shipped";
    private static final String DATE_COMPLETED_KEY = "_date_completed";
    private static final String COMPLETED_DATE_KEY = "_completed_date";
    private static final List<String> KEYS = List.of(WooCommerceTrackingItems.META_KEY, SHIPMENTS_KEY, SHIPPED_KEY,
            DATE_COMPLETED_KEY, COMPLETED_DATE_KEY);
    private static final Set<String> COMPLETABLE = Set.of("wc-processing", "wc-on-hold", "wc-pending");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final boolean hpos;
    private final boolean mirrored;
    private final String hposLock;
    private final String postsLock;
    private final String hposStatus;
    private final String hposCompleted;
    private final String postsStatus;
    private final WooCommerceOrderMeta hposMeta;
    private final WooCommerceOrderMeta postsMeta;
    private final WooCommerceOrderSkus skus;
    private final WooCommerceOrderNotes notes;

    /** @param mirrored whether the other storage's tables exist (a posts-storage shop may have no HPOS tables) */
    WooCommerceShipmentSink(JdbcTemplate jdbc, TransactionTemplate transaction, WooCommerceTables tables, boolean hpos,
                            boolean mirrored) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.hpos = hpos;
        this.mirrored = mirrored;
        this.hposLock = tables.sql(HPOS_LOCK);
        this.postsLock = tables.sql(POSTS_LOCK);
        this.hposStatus = tables.sql(HPOS_STATUS);
        this.hposCompleted = tables.sql(HPOS_COMPLETED);
        this.postsStatus = tables.sql(POSTS_STATUS);
        this.hposMeta = new WooCommerceOrderMeta(jdbc, tables, true);
        this.postsMeta = new WooCommerceOrderMeta(jdbc, tables, false);
        this.skus = new WooCommerceOrderSkus(jdbc, tables);
        this.notes = new WooCommerceOrderNotes(jdbc, tables);
    }

    @Override
    public void apply(Collection<String> cartOrderIds, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Set<Long> ids = new TreeSet<>();
        for (String cartOrderId : cartOrderIds) {
            try {
                ids.add(Long.parseLong(cartOrderId.trim()));
            } catch (RuntimeException e) {
                // not a WooCommerce order id: the cart has no such order
            }
        }
        if (ids.isEmpty()) {
            decide.apply(Map.of());
            return;
        }
        transaction.executeWithoutResult(status -> applyLocked(ids, decide));
    }

    private void applyLocked(Set<Long> ids, Function<Map<String, OrderState>, List<ShipmentWrite>> decide) {
        Map<Long, String> primaryStatus = lock(hpos ? hposLock : postsLock, ids);
        Map<Long, String> mirrorStatus = mirrored ? lock(hpos ? postsLock : hposLock, ids) : Map.of();
        WooCommerceOrderMeta primary = hpos ? hposMeta : postsMeta;
        WooCommerceOrderMeta mirror = hpos ? postsMeta : hposMeta;
        Map<Long, Map<String, String>> primaryMeta = primary.readAll(primaryStatus.keySet(), KEYS);
        Map<Long, Map<String, String>> mirrorMeta = mirror.readAll(mirrorStatus.keySet(), KEYS);
        Map<Long, Map<String, BigDecimal>> ordered = skus.orderedAll(primaryStatus.keySet());
        Map<String, OrderState> states = new HashMap<>();
        Map<Long, OrderShipments> orders = new LinkedHashMap<>();
        primaryStatus.forEach((orderId, status) -> {
            OrderShipments order = new OrderShipments(status, primaryMeta.getOrDefault(orderId, Map.of()));
            orders.put(orderId, order);
            Map<String, BigDecimal> lines = new LinkedHashMap<>(ordered.get(orderId));
            boolean withoutSku = lines.remove(WooCommerceOrderSkus.NO_SKU) != null;
            states.put(Long.toString(orderId), new OrderState(lines, withoutSku, order.shipped, order.shipments));
        });
        List<Note> orderNotes = new ArrayList<>();
        for (ShipmentWrite shipment : decide.apply(states)) {
            long orderId = Long.parseLong(shipment.update().cartOrderId().trim());
            orders.get(orderId).add(shipment);
            if (shipment.note() != null) {
                orderNotes.add(new Note(Long.toString(orderId), shipment.note()));
            }
        }
        write(orders, primary, primaryMeta, mirror, mirrorStatus, mirrorMeta);
        notes.add(orderNotes);
    }

    private void write(Map<Long, OrderShipments> orders, WooCommerceOrderMeta primary, Map<Long, Map<String, String>> primaryMeta,
                       WooCommerceOrderMeta mirror, Map<Long, String> mirrorStatus, Map<Long, Map<String, String>> mirrorMeta) {
        WooCommerceOrderMeta.Writes primaryWrites = new WooCommerceOrderMeta.Writes();
        WooCommerceOrderMeta.Writes mirrorWrites = new WooCommerceOrderMeta.Writes();
        WooCommerceOrderMeta.Writes postsCompletion = new WooCommerceOrderMeta.Writes();
        List<Object[]> hposStatuses = new ArrayList<>();
        List<Object[]> hposCompletions = new ArrayList<>();
        List<Object[]> postsStatuses = new ArrayList<>();
        LocalDateTime nowUtc = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        LocalDateTime nowLocal = LocalDateTime.now().withNano(0);
        Map<String, String> completion = Map.of(DATE_COMPLETED_KEY, Long.toString(nowUtc.toEpochSecond(ZoneOffset.UTC)),
                COMPLETED_DATE_KEY, nowLocal.format(MYSQL_DATETIME));
        orders.forEach((orderId, order) -> {
            if (!order.changed) {
                return;
            }
            Map<String, String> values = order.values();
            primaryWrites.put(orderId, values, primaryMeta.getOrDefault(orderId, Map.of()));
            String mirrorOld = mirrorStatus.get(orderId);
            if (mirrorOld != null) {
                mirrorWrites.put(orderId, values, mirrorMeta.getOrDefault(orderId, Map.of()));
            }
            String hposOld = hpos ? order.originalStatus : mirrorOld;
            String postsOld = hpos ? mirrorOld : order.originalStatus;
            if (hposOld != null) {
                hposStatuses.add(new Object[] {order.completes ? "wc-completed" : hposOld, Timestamp.valueOf(nowUtc), orderId});
                if (order.completes) {
                    hposCompletions.add(new Object[] {Timestamp.valueOf(nowUtc), orderId});
                }
            }
            if (postsOld != null) {
                postsStatuses.add(new Object[] {order.completes ? "wc-completed" : postsOld, Timestamp.valueOf(nowLocal),
                        Timestamp.valueOf(nowUtc), orderId});
                if (order.completes) {
                    postsCompletion.put(orderId, completion, (hpos ? mirrorMeta : primaryMeta).getOrDefault(orderId, Map.of()));
                }
            }
        });
        primary.writeAll(primaryWrites);
        mirror.writeAll(mirrorWrites);
        postsMeta.writeAll(postsCompletion);
        batch(hposStatus, hposStatuses);
        batch(hposCompleted, hposCompletions);
        batch(postsStatus, postsStatuses);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Order id → status of the orders found, their rows locked until the transaction ends. */
    private Map<Long, String> lock(String lockSql, Collection<Long> ids) {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.query(lockSql.formatted(SqlRows.placeholders(ids.size())), rs -> {
            String status = rs.getString(2);
            statuses.put(rs.getLong(1), status == null ? "" : status);
        }, ids.toArray());
        return statuses;
    }

    /** One order's shipment meta through a chunk: what the cart holds, plus the shipments written so far. */
    private static final class OrderShipments {

        private final String originalStatus;
        private final List<String> shipments;
        private Map<String, BigDecimal> shipped;
        private String tracking;
        private boolean changed;
        private boolean completes;

        OrderShipments(String status, Map<String, String> meta) {
            this.originalStatus = status;
            this.shipments = WooCommerceShipmentState.shipments(meta.get(SHIPMENTS_KEY));
            this.shipped = WooCommerceShipmentState.shipped(meta.get(SHIPPED_KEY));
            this.tracking = meta.get(WooCommerceTrackingItems.META_KEY);
        }

        void add(ShipmentWrite write) {
            ShipmentUpdate update = write.update();
            shipped = new LinkedHashMap<>(shipped);
            shipped.putAll(write.shippedTotal());
            shipments.add(update.shipmentId());
            tracking = WooCommerceTrackingItems.merge(tracking, update.shipmentId(), update.shipDate(), update.carrier(),
                    update.trackingNumbers());
            completes |= write.orderComplete() && COMPLETABLE.contains(originalStatus);
            changed = true;
        }

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(WooCommerceTrackingItems.META_KEY, tracking);
            values.put(SHIPPED_KEY, WooCommerceShipmentState.serializeShipped(shipped));
            values.put(SHIPMENTS_KEY, PhpSerialized.serialize(shipments));
            return values;
        }
    }
}

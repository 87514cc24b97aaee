package io.cartbridge.agent.cart.woocommerce;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cartbridge.agent.cart.OrderNotes.Note;
import io.cartbridge.agent.cart.ShipmentSink;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentResult.Outcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipments onto WooCommerce orders, in the authoritative storage and, when the order is also
 * there, in the other one (as WooCommerce's compatibility sync would): tracking in the Shipment
 * Tracking extension's {@code _wc_shipment_tracking_items}, an order note, and {@code wc-completed}
 * once every line has shipped. CartBridge's own order meta: {@code _cartbridge_shipments} (the
 * shipment ids applied, a PHP list) and {@code _cartbridge_shipped} (SKU → units shipped so far).
 * The order rows are locked first, so concurrent shipments of one order apply one after the other.
 * A chunk of shipments is one transaction with a fixed number of statements: the orders, their meta
 * and lines are read with one query each, the shipments are worked out in memory (in order, so two
 * shipments of one order in a chunk add up), and the writes go out as JDBC batches.
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
    public List<ShipmentResult> apply(List<ShipmentUpdate> updates) {
        ShipmentResult[] results = new ShipmentResult[updates.size()];
        long[] orderIds = new long[updates.size()];
        Set<Long> ids = new TreeSet<>();
        for (int i = 0; i < updates.size(); i++) {
            String cartOrderId = updates.get(i).cartOrderId();
            try {
                orderIds[i] = Long.parseLong(cartOrderId.trim());
                ids.add(orderIds[i]);
            } catch (RuntimeException e) {
                results[i] = new ShipmentResult(Outcome.UNKNOWN_ORDER, "'" + cartOrderId + "' is not a WooCommerce order id", false);
            }
        }
        if (!ids.isEmpty()) {
            transaction.executeWithoutResult(status -> applyLocked(updates, orderIds, ids, results));
        }
        return List.of(results);
    }

    private void applyLocked(List<ShipmentUpdate> updates, long[] orderIds, Set<Long> ids, ShipmentResult[] results) {
        Map<Long, String> primaryStatus = lock(hpos ? hposLock : postsLock, ids);
        Map<Long, String> mirrorStatus = mirrored ? lock(hpos ? postsLock : hposLock, ids) : Map.of();
        WooCommerceOrderMeta primary = hpos ? hposMeta : postsMeta;
        WooCommerceOrderMeta mirror = hpos ? postsMeta : hposMeta;
        Map<Long, Map<String, String>> primaryMeta = primary.readAll(primaryStatus.keySet(), KEYS);
        Map<Long, Map<String, String>> mirrorMeta = mirror.readAll(mirrorStatus.keySet(), KEYS);
        Map<Long, Map<String, BigDecimal>> ordered = skus.orderedAll(primaryStatus.keySet());
        Map<Long, OrderShipments> orders = new LinkedHashMap<>();
        List<Note> orderNotes = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                continue;
            }
            long orderId = orderIds[i];
            String status = primaryStatus.get(orderId);
            if (status == null) {
                results[i] = new ShipmentResult(Outcome.UNKNOWN_ORDER, "no order " + orderId + " in the shop", false);
                continue;
            }
            OrderShipments order = orders.computeIfAbsent(orderId, id -> new OrderShipments(status,
                    primaryMeta.getOrDefault(id, Map.of()), ordered.get(id)));
            results[i] = order.apply(orderId, updates.get(i), orderNotes);
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
        jdbc.query(lockSql.formatted(WooCommerceTables.placeholders(ids.size())), rs -> {
            String status = rs.getString(2);
            statuses.put(rs.getLong(1), status == null ? "" : status);
        }, ids.toArray());
        return statuses;
    }

    /** One order's shipment state through a chunk: what the cart holds, plus the shipments applied so far. */
    private static final class OrderShipments {

        private final String originalStatus;
        private final Map<String, BigDecimal> ordered;
        private final List<String> shipments;
        private final Map<String, BigDecimal> shipped;
        private String tracking;
        private boolean changed;
        private boolean completes;

        OrderShipments(String status, Map<String, String> meta, Map<String, BigDecimal> ordered) {
            this.originalStatus = status;
            this.ordered = ordered;
            this.shipments = WooCommerceShipmentState.shipments(meta.get(SHIPMENTS_KEY));
            this.shipped = WooCommerceShipmentState.shipped(meta.get(SHIPPED_KEY));
            this.tracking = meta.get(WooCommerceTrackingItems.META_KEY);
        }

        ShipmentResult apply(long orderId, ShipmentUpdate update, List<Note> notes) {
            if (shipments.contains(update.shipmentId())) {
                return new ShipmentResult(Outcome.ALREADY_APPLIED, "shipment " + update.shipmentId()
                        + " was applied to order " + orderId + " before", WooCommerceShipmentState.complete(ordered, shipped));
            }
            Set<String> notOnOrder = new LinkedHashSet<>();
            Map<String, BigDecimal> added = new LinkedHashMap<>();
            for (ShipmentUpdate.Line line : update.lines()) {
                String sku = line.sku() == null ? "" : line.sku().trim();
                if (sku.isEmpty() || !ordered.containsKey(sku)) {
                    notOnOrder.add(sku.isEmpty() ? "(no SKU)" : sku);
                } else {
                    added.merge(sku, WooCommerceShipmentState.nz(line.quantityShipped()), BigDecimal::add);
                }
            }
            if (!notOnOrder.isEmpty()) {
                return new ShipmentResult(Outcome.NOT_ON_ORDER, "SKU " + String.join(", ", notOnOrder)
                        + " of shipment " + update.shipmentId() + " not on order " + orderId, false, notOnOrder.size());
            }
            added.forEach((sku, quantity) -> shipped.merge(sku, quantity, BigDecimal::add));
            shipments.add(update.shipmentId());
            tracking = WooCommerceTrackingItems.merge(tracking, update.shipmentId(), update.shipDate(), update.carrier(),
                    update.trackingNumbers());
            boolean complete = WooCommerceShipmentState.complete(ordered, shipped);
            completes |= complete && COMPLETABLE.contains(originalStatus);
            changed = true;
            notes.add(new Note(Long.toString(orderId), WooCommerceShipmentState.note(update, complete)));
            return new ShipmentResult(Outcome.APPLIED, "shipment " + update.shipmentId() + " applied to order " + orderId
                    + (complete ? ", order complete" : ", order not fully shipped yet"), complete);
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

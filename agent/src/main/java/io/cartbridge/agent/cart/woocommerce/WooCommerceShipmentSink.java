package io.cartbridge.agent.cart.woocommerce;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * The order row is locked first, so concurrent shipments of one order apply one after the other.
 */
final class WooCommerceShipmentSink implements ShipmentSink {

    private static final String HPOS_LOCK = """
            SELECT status FROM wp_wc_orders WHERE id = ? AND type = 'shop_order' FOR UPDATE""";
    private static final String POSTS_LOCK = """
            SELECT post_status FROM wp_posts WHERE ID = ? AND post_type = 'shop_order' FOR UPDATE""";
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
    private static final List<String> KEYS = List.of(WooCommerceTrackingItems.META_KEY, SHIPMENTS_KEY, SHIPPED_KEY);
    private static final Set<String> COMPLETABLE = Set.of("wc-processing", "wc-on-hold", "wc-pending");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final boolean hpos;
    private final String hposLock;
    private final String postsLock;
    private final String hposStatus;
    private final String hposCompleted;
    private final String postsStatus;
    private final WooCommerceOrderMeta hposMeta;
    private final WooCommerceOrderMeta postsMeta;
    private final WooCommerceOrderSkus skus;
    private final WooCommerceOrderNotes notes;

    WooCommerceShipmentSink(JdbcTemplate jdbc, TransactionTemplate transaction, WooCommerceTables tables, boolean hpos) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.hpos = hpos;
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
    public ShipmentResult apply(ShipmentUpdate update) {
        long orderId;
        try {
            orderId = Long.parseLong(update.cartOrderId().trim());
        } catch (RuntimeException e) {
            return new ShipmentResult(Outcome.UNKNOWN_ORDER, "'" + update.cartOrderId() + "' is not a WooCommerce order id", false);
        }
        return transaction.execute(status -> applyLocked(orderId, update));
    }

    private ShipmentResult applyLocked(long orderId, ShipmentUpdate update) {
        String primaryStatus = status(hpos ? hposLock : postsLock, orderId);
        if (primaryStatus == null) {
            return new ShipmentResult(Outcome.UNKNOWN_ORDER, "no order " + orderId + " in the shop", false);
        }
        String mirrorStatus = status(hpos ? postsLock : hposLock, orderId);
        WooCommerceOrderMeta primary = hpos ? hposMeta : postsMeta;
        Map<String, String> meta = primary.read(orderId, KEYS);
        List<String> shipments = WooCommerceShipmentState.shipments(meta.get(SHIPMENTS_KEY));
        Map<String, BigDecimal> shipped = WooCommerceShipmentState.shipped(meta.get(SHIPPED_KEY));
        Map<String, BigDecimal> ordered = skus.ordered(orderId);
        if (shipments.contains(update.shipmentId())) {
            return new ShipmentResult(Outcome.ALREADY_APPLIED, "shipment " + update.shipmentId()
                    + " was applied to order " + orderId + " before", WooCommerceShipmentState.complete(ordered, shipped));
        }
        Set<String> notOnOrder = new LinkedHashSet<>();
        for (ShipmentUpdate.Line line : update.lines()) {
            String sku = line.sku() == null ? "" : line.sku().trim();
            if (sku.isEmpty() || !ordered.containsKey(sku)) {
                notOnOrder.add(sku.isEmpty() ? "(no SKU)" : sku);
            } else {
                shipped.merge(sku, WooCommerceShipmentState.nz(line.quantityShipped()), BigDecimal::add);
            }
        }
        if (!notOnOrder.isEmpty()) {
            return new ShipmentResult(Outcome.NOT_ON_ORDER, "SKU " + String.join(", ", notOnOrder)
                    + " of shipment " + update.shipmentId() + " not on order " + orderId, false);
        }
        boolean complete = WooCommerceShipmentState.complete(ordered, shipped);
        List<String> applied = new ArrayList<>(shipments);
        applied.add(update.shipmentId());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(WooCommerceTrackingItems.META_KEY, WooCommerceTrackingItems.merge(meta.get(WooCommerceTrackingItems.META_KEY),
                update.shipmentId(), update.shipDate(), update.carrier(), update.trackingNumbers()));
        values.put(SHIPPED_KEY, WooCommerceShipmentState.serializeShipped(shipped));
        values.put(SHIPMENTS_KEY, PhpSerialized.serialize(applied));
        primary.write(orderId, values, meta);
        if (mirrorStatus != null) {
            WooCommerceOrderMeta mirror = hpos ? postsMeta : hposMeta;
            mirror.write(orderId, values, mirror.read(orderId, KEYS));
        }
        notes.add(List.of(new Note(Long.toString(orderId), WooCommerceShipmentState.note(update, complete))));
        LocalDateTime nowUtc = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        boolean completes = complete && COMPLETABLE.contains(primaryStatus);
        String hposNew = hpos ? primaryStatus : mirrorStatus;
        String postsNew = hpos ? mirrorStatus : primaryStatus;
        if (hposNew != null) {
            jdbc.update(hposStatus, completes ? "wc-completed" : hposNew, Timestamp.valueOf(nowUtc), orderId);
            if (completes) {
                jdbc.update(hposCompleted, Timestamp.valueOf(nowUtc), orderId);
            }
        }
        if (postsNew != null) {
            jdbc.update(postsStatus, completes ? "wc-completed" : postsNew,
                    Timestamp.valueOf(LocalDateTime.now().withNano(0)), Timestamp.valueOf(nowUtc), orderId);
            if (completes) {
                postsMeta.write(orderId, Map.of("_date_completed", Long.toString(nowUtc.toEpochSecond(ZoneOffset.UTC)),
                        "_completed_date", LocalDateTime.now().format(MYSQL_DATETIME)),
                        postsMeta.read(orderId, List.of("_date_completed", "_completed_date")));
            }
        }
        return new ShipmentResult(Outcome.APPLIED, "shipment " + update.shipmentId() + " applied to order " + orderId
                + (complete ? ", order complete" : ", order not fully shipped yet"), complete);
    }

    private String status(String lockSql, long orderId) {
        List<String> rows = jdbc.queryForList(lockSql, String.class, orderId);
        return rows.isEmpty() ? null : rows.get(0) == null ? "" : rows.get(0);
    }
}

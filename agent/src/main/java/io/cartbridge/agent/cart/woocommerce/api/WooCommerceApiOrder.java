package io.cartbridge.agent.cart.woocommerce.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.cartbridge.agent.cart.ShipmentSink.OrderState;

/**
 * One order as the REST API answers it ({@code GET wc/v3/orders/<id>}): its status, the SKUs and quantities of its
 * line items, and the meta CartBridge reads. The meta are the ones the table write-back uses (
 * {@code _cartbridge_shipments}, {@code _cartbridge_shipped}, the Shipment Tracking extension's
 * {@code _wc_shipment_tracking_items}), so a store that switches from {@code sql} to {@code api} (or back) sees the
 * shipments applied either way; WordPress unserializes them, so they arrive as JSON arrays and objects.
 */
record WooCommerceApiOrder(long id, String status, Map<String, BigDecimal> ordered, boolean lineWithoutSku,
                           List<String> shipments, Map<String, BigDecimal> shipped, List<JsonNode> trackingItems) {

    static final String SHIPMENTS_KEY = "_cartbridge_shipments";
    static final String SHIPPED_KEY = "_cartbridge_shipped";
    static final String TRACKING_KEY = "_wc_shipment_tracking_items";
    /** The statuses from which an order may be completed, as the table write-back allows. */
    static final Set<String> COMPLETABLE = Set.of("processing", "on-hold", "pending");

    static WooCommerceApiOrder of(JsonNode order) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        boolean withoutSku = false;
        for (JsonNode line : order.path("line_items")) {
            String sku = line.path("sku").asText("").trim();
            if (sku.isEmpty()) {
                withoutSku = true;
            } else {
                ordered.merge(sku, line.path("quantity").decimalValue(), BigDecimal::add);
            }
        }
        List<String> shipments = new ArrayList<>();
        Map<String, BigDecimal> shipped = new LinkedHashMap<>();
        List<JsonNode> tracking = new ArrayList<>();
        for (JsonNode meta : order.path("meta_data")) {
            JsonNode value = meta.path("value");
            switch (meta.path("key").asText()) {
                case SHIPMENTS_KEY -> value.elements().forEachRemaining(v -> shipments.add(v.asText()));
                case SHIPPED_KEY -> {
                    for (Iterator<Map.Entry<String, JsonNode>> e = value.fields(); e.hasNext(); ) {
                        Map.Entry<String, JsonNode> entry = e.next();
                        shipped.put(entry.getKey(), new BigDecimal(entry.getValue().asText("0")));
                    }
                }
                case TRACKING_KEY -> value.elements().forEachRemaining(tracking::add);
                default -> {
                }
            }
        }
        return new WooCommerceApiOrder(order.path("id").asLong(), order.path("status").asText(""), ordered, withoutSku,
                shipments, shipped, tracking);
    }

    OrderState state() {
        return new OrderState(ordered, lineWithoutSku, shipped, shipments);
    }

    /** The tracking numbers on the order's meta. */
    List<String> trackingNumbers() {
        List<String> numbers = new ArrayList<>();
        trackingItems.forEach(item -> numbers.add(item.path("tracking_number").asText("").trim()));
        return numbers;
    }
}

package io.cartbridge.agent.cart.woocommerce.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentWrite;
import io.cartbridge.agent.cart.woocommerce.WooCommerceTrackingItems;

/**
 * The three write-back calls of one shipment, each looking at the shop before it writes, so that an attempt
 * after a lost answer (a timeout, a kill) finds what the first one did instead of doing it again:
 * <ul>
 * <li>{@value #TRACKING}: with the Shipment Tracking extension, {@code POST shipment-trackings} per tracking number
 *     not yet listed on the order;</li>
 * <li>{@value #NOTE}: {@code POST wc/v3/orders/<id>/notes} with {@code customer_note: true} (WooCommerce e-mails it
 *     to the buyer), unless a customer note of the same text is there;</li>
 * <li>{@value #ORDER}: {@code PUT wc/v3/orders/<id>} with CartBridge's meta, the tracking meta (without the
 *     extension) and {@code status: completed} when the core says the order is complete and the order is not
 *     completed already (WooCommerce sends the "order complete" e-mail on that change only).</li>
 * </ul>
 */
final class WooCommerceApiShipmentCalls {

    static final String TRACKING = "tracking";
    static final String NOTE = "note";
    static final String ORDER = "order";

    /**
     * What a call did.
     *
     * @param sent   whether a write went out (false: the shop had it already)
     * @param status the write's HTTP status, 0 when none was sent
     * @param detail the call, for the ledger
     * @param order  the order as the shop answered the write, or {@code null}
     */
    record Answer(boolean sent, int status, String detail, WooCommerceApiOrder order) {
    }

    private final CartApiClient api;
    private final WooCommerceApiTracking tracking;

    WooCommerceApiShipmentCalls(CartApiClient api, WooCommerceApiTracking tracking) {
        this.api = api;
        this.tracking = tracking;
    }

    /** Whether the shipment's tracking numbers go through the extension's own endpoints. */
    boolean tracksSeparately(ShipmentWrite shipment) {
        return !numbers(shipment.update()).isEmpty() && tracking.installed();
    }

    Answer tracking(WooCommerceApiOrder order, ShipmentWrite shipment) {
        String path = WooCommerceApiTracking.NAMESPACE + "/orders/" + order.id() + "/shipment-trackings";
        List<String> present = new ArrayList<>();
        api.get(path).forEach(item -> present.add(item.path("tracking_number").asText("").trim()));
        ShipmentUpdate update = shipment.update();
        int status = 0;
        for (String number : numbers(update)) {
            if (!present.contains(number)) {
                ObjectNode body = CartApiClient.object();
                body.put("tracking_provider", "");
                body.put("custom_tracking_provider", update.carrier() == null ? "" : update.carrier().trim());
                body.put("custom_tracking_link", "");
                body.put("tracking_number", number);
                body.put("date_shipped", shipDate(update).toString());
                api.send("POST", path, body);
                present.add(number);
                status = 201;
            }
        }
        return new Answer(status != 0, status, "POST " + path, null);
    }

    Answer note(WooCommerceApiOrder order, ShipmentWrite shipment) {
        String path = "wc/v3/orders/" + order.id() + "/notes";
        for (JsonNode note : api.get(path + "?type=customer")) {
            if (note.path("customer_note").asBoolean() && note.path("note").asText("").trim().equals(shipment.note().trim())) {
                return new Answer(false, 0, "found on GET " + path, null);
            }
        }
        ObjectNode body = CartApiClient.object();
        body.put("note", shipment.note());
        body.put("customer_note", true);
        api.send("POST", path, body);
        return new Answer(true, 201, "POST " + path, null);
    }

    /**
     * The order's meta and status. Idempotent by itself (it sets values, and the status only when it differs), but
     * it looks first too: the order as read at the chunk's start, or as the previous write answered it.
     */
    Answer order(WooCommerceApiOrder order, ShipmentWrite shipment) {
        ShipmentUpdate update = shipment.update();
        String path = "wc/v3/orders/" + order.id();
        if (order.shipments().contains(update.shipmentId())) {
            return new Answer(false, 0, "found on GET " + path, order);
        }
        ObjectNode body = CartApiClient.object();
        ArrayNode meta = body.putArray("meta_data");
        ArrayNode shipments = meta.addObject().put("key", WooCommerceApiOrder.SHIPMENTS_KEY).putArray("value");
        order.shipments().forEach(shipments::add);
        if (!order.shipments().contains(update.shipmentId())) {
            shipments.add(update.shipmentId());
        }
        ObjectNode shipped = meta.addObject().put("key", WooCommerceApiOrder.SHIPPED_KEY).putObject("value");
        java.util.Map<String, java.math.BigDecimal> total = new java.util.TreeMap<>(order.shipped());
        total.putAll(shipment.shippedTotal());
        total.forEach((sku, quantity) -> shipped.put(sku, plain(quantity)));
        if (!numbers(update).isEmpty() && !tracking.installed()) {
            meta.add(meta.objectNode().put("key", WooCommerceApiOrder.TRACKING_KEY).set("value", trackingItems(order, update)));
        }
        boolean completes = shipment.orderComplete() && WooCommerceApiOrder.COMPLETABLE.contains(order.status());
        if (completes) {
            body.put("status", "completed");
        }
        WooCommerceApiOrder answered = WooCommerceApiOrder.of(api.send("PUT", path, body));
        return new Answer(true, 200, "PUT " + path + (completes ? " (status completed)" : ""), answered);
    }

    /** The order as the shop holds it now. */
    WooCommerceApiOrder reread(WooCommerceApiOrder order) {
        return WooCommerceApiOrder.of(api.get("wc/v3/orders/" + order.id()));
    }

    /** The order's tracking items plus one per new number, as the table write-back stores them. */
    private static ArrayNode trackingItems(WooCommerceApiOrder order, ShipmentUpdate update) {
        ArrayNode items = CartApiClient.object().arrayNode();
        order.trackingItems().forEach(items::add);
        List<String> present = new ArrayList<>(order.trackingNumbers());
        long shipped = shipDate(update).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (String number : numbers(update)) {
            if (!present.contains(number)) {
                items.addObject().put("tracking_provider", "")
                        .put("custom_tracking_provider", update.carrier() == null ? "" : update.carrier().trim())
                        .put("custom_tracking_link", "").put("tracking_number", number)
                        .put("date_shipped", Long.toString(shipped))
                        .put("tracking_id", WooCommerceTrackingItems.trackingId(update.shipmentId(), number));
                present.add(number);
            }
        }
        return items;
    }

    private static List<String> numbers(ShipmentUpdate update) {
        return update.trackingNumbers().stream().filter(n -> n != null && !n.isBlank()).map(String::trim).distinct().toList();
    }

    private static LocalDate shipDate(ShipmentUpdate update) {
        return update.shipDate() == null ? LocalDate.now(ZoneOffset.UTC) : update.shipDate();
    }

    private static String plain(java.math.BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

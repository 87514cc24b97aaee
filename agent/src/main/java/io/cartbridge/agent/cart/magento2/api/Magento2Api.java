package io.cartbridge.agent.cart.magento2.api;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cartbridge.agent.cart.api.CartApiClient;

/**
 * The calls of Magento's REST API that the write-back makes, each one attempt (the caller retries a whole look and
 * write with {@link CartApiClient#retrying}): the shipments of orders ({@code GET V1/shipments} by
 * {@code order_id}), a new shipment ({@code POST V1/order/{id}/ship}), the order's comments
 * ({@code GET}/{@code POST V1/orders/{id}/comments}) and MSI's source items ({@code POST V1/inventory/source-items}).
 * One per store, shared by its connections, so that the rate limit is the store's.
 */
public final class Magento2Api {

    /** Shipments a page of {@code GET V1/shipments}. */
    static final int PAGE = 100;
    /** Source items a {@code POST V1/inventory/source-items}. */
    public static final int SOURCE_ITEMS = 100;

    private final CartApiClient client;
    private final String url;

    /** @param tls verifies the shop's certificate; {@link CartApiClient#jvmTrust()} in production */
    public Magento2Api(Magento2ApiProperties properties, SSLContext tls) {
        this.client = properties.client(tls);
        this.url = properties.url();
    }

    /**
     * For {@code check}: searches the shipments of an order that cannot exist ({@code GET V1/shipments}, as each
     * shipment's look does), so the token and its access to shipments are tried without a write.
     */
    public String probe() {
        client.retrying("searching shipments", () -> shipments(List.of(0L)));
        return url + ": token accepted, shipments readable";
    }

    /** {@return the client, for its retries} */
    public CartApiClient client() {
        return client;
    }

    /** {@return the requests sent so far, for the benchmark} */
    public long requests() {
        return client.requests();
    }

    /**
     * A shipment as Magento lists it.
     *
     * @param items    order item id → units shipped
     * @param tracks   its tracking numbers
     * @param comments its comments' texts, oldest first
     */
    public record Shipment(long id, long orderId, Map<Long, BigDecimal> items, List<String> tracks, List<String> comments) {
    }

    /** One order item and the units to ship of it. */
    public record Item(long orderItemId, BigDecimal qty) {
    }

    /** A tracking number with Magento's carrier code and the title shown beside it. */
    public record Track(String number, String title, String carrierCode) {
    }

    /** An MSI source item: the quantity of a SKU at a source, and whether it is in stock there. */
    public record SourceItem(String sku, String sourceCode, BigDecimal quantity, boolean inStock) {
    }

    /** The shipments of these orders, a page of {@value #PAGE} at a time. One attempt per page. */
    public List<Shipment> shipments(Collection<Long> orderIds) {
        String ids = orderIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Shipment> shipments = new ArrayList<>();
        for (int page = 1; ; page++) {
            String path = "V1/shipments?" + criterion("field", "order_id") + "&" + criterion("value", ids) + "&"
                    + criterion("condition_type", "in") + "&" + query("searchCriteria[pageSize]", Integer.toString(PAGE))
                    + "&" + query("searchCriteria[currentPage]", Integer.toString(page));
            JsonNode answer = client.get(path);
            for (JsonNode s : answer.path("items")) {
                shipments.add(shipment(s));
            }
            // Magento answers a page past the last with the last page again: stop by the total
            if (answer.path("items").size() < PAGE || shipments.size() >= answer.path("total_count").asInt()) {
                return shipments;
            }
        }
    }

    /**
     * Ships items of an order: {@code POST V1/order/{id}/ship}, the customer notified (Magento's "Your order has
     * shipped" e-mail, with the tracks and the comment).
     *
     * @param sourceCode the MSI source the units leave from, or {@code null} on an install without MSI
     * @return the new shipment's id
     */
    public long ship(long orderId, List<Item> items, List<Track> tracks, String comment, String sourceCode) {
        ObjectNode body = CartApiClient.object();
        ArrayNode lines = body.putArray("items");
        items.forEach(i -> lines.addObject().put("order_item_id", i.orderItemId()).put("qty", i.qty().stripTrailingZeros()));
        body.put("notify", true);
        body.put("appendComment", true);
        body.putObject("comment").put("comment", comment).put("is_visible_on_front", 1);
        ArrayNode trackList = body.putArray("tracks");
        tracks.forEach(t -> trackList.addObject().put("track_number", t.number()).put("title", t.title())
                .put("carrier_code", t.carrierCode()));
        if (sourceCode != null) {
            body.putObject("arguments").putObject("extension_attributes").put("source_code", sourceCode);
        }
        JsonNode answer = client.send("POST", "V1/order/" + orderId + "/ship", body);
        return answer.asLong();
    }

    /** {@return the texts of the order's comments ({@code GET V1/orders/{id}/comments})} */
    public List<String> comments(long orderId) {
        List<String> texts = new ArrayList<>();
        client.get("V1/orders/" + orderId + "/comments").path("items").forEach(c -> texts.add(c.path("comment").asText("")));
        return texts;
    }

    /**
     * Adds a comment to the order's history, the customer notified ({@code POST V1/orders/{id}/comments}).
     *
     * @param status the order's current status: Magento sets the order's status to the comment's
     */
    public void comment(long orderId, String text, String status) {
        ObjectNode body = CartApiClient.object();
        body.putObject("statusHistory").put("comment", text).put("is_customer_notified", 1).put("is_visible_on_front", 1)
                .put("parent_id", orderId).put("status", status);
        client.send("POST", "V1/orders/" + orderId + "/comments", body);
    }

    /** Sets source items' quantities: {@code POST V1/inventory/source-items}, at most {@value #SOURCE_ITEMS} a call. */
    public void saveSourceItems(List<SourceItem> items) {
        ObjectNode body = CartApiClient.object();
        ArrayNode list = body.putArray("sourceItems");
        items.forEach(i -> list.addObject().put("sku", i.sku()).put("source_code", i.sourceCode())
                .put("quantity", i.quantity().stripTrailingZeros()).put("status", i.inStock() ? 1 : 0));
        client.send("POST", "V1/inventory/source-items", body);
    }

    private static Shipment shipment(JsonNode s) {
        Map<Long, BigDecimal> items = new LinkedHashMap<>();
        s.path("items").forEach(i -> items.merge(i.path("order_item_id").asLong(),
                new BigDecimal(i.path("qty").asText("0")), BigDecimal::add));
        List<String> tracks = new ArrayList<>();
        s.path("tracks").forEach(t -> tracks.add(t.path("track_number").asText("")));
        List<String> comments = new ArrayList<>();
        s.path("comments").forEach(c -> comments.add(c.path("comment").asText("")));
        return new Shipment(s.path("entity_id").asLong(), s.path("order_id").asLong(), items, tracks, comments);
    }

    private static String criterion(String key, String value) {
        return query("searchCriteria[filter_groups][0][filters][0][" + key + "]", value);
    }

    private static String query(String key, String value) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

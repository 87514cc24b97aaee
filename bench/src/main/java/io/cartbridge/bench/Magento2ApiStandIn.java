package io.cartbridge.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The routes of Magento's REST API that the write-back uses, answered from memory in Magento's JSON shapes, for
 * {@code bench write-back --platform magento2} (served by {@link ShopApiStandIn}'s HTTPS server): the shipments of
 * orders by {@code order_id}, a new shipment, MSI source items. Like the WooCommerce stand-in it measures CartBridge's
 * side; a real Magento adds PHP's time per request (a shipment with its e-mail, index and grid updates typically takes
 * 300 ms to 1 s).
 */
final class Magento2ApiStandIn implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHIP = Pattern.compile("/rest/V1/order/(\\d+)/ship");
    private static final Pattern ORDER_IDS = Pattern.compile("filters%5D%5B0%5D%5Bvalue%5D=([0-9%C,]+)");

    private final Map<Long, List<ObjectNode>> shipments = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong sourceItems = new AtomicLong();

    long shipments() {
        return shipments.values().stream().mapToLong(List::size).sum();
    }

    long sourceItems() {
        return sourceItems.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            JsonNode answer;
            int status = 200;
            Matcher m;
            if (path.equals("/rest/V1/shipments")) {
                ArrayNode items = JSON.createArrayNode();
                Matcher ids = ORDER_IDS.matcher(exchange.getRequestURI().getRawQuery());
                if (ids.find()) {
                    for (String id : ids.group(1).split("%2C")) {
                        shipments.getOrDefault(Long.parseLong(id), List.of()).forEach(items::add);
                    }
                }
                ObjectNode list = JSON.createObjectNode();
                list.set("items", items);
                answer = list.put("total_count", items.size());
            } else if ((m = SHIP.matcher(path)).matches()) {
                long orderId = Long.parseLong(m.group(1));
                long id = ids.incrementAndGet();
                ObjectNode shipment = JSON.createObjectNode().put("entity_id", id).put("order_id", orderId);
                shipment.set("items", body.path("items"));
                shipment.set("tracks", body.path("tracks"));
                shipment.putArray("comments").addObject().set("comment", body.path("comment").path("comment"));
                shipments.computeIfAbsent(orderId, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(shipment);
                answer = JSON.getNodeFactory().numberNode(id);
            } else if (path.equals("/rest/V1/inventory/source-items")) {
                sourceItems.addAndGet(body.path("sourceItems").size());
                answer = JSON.createArrayNode();
            } else {
                status = 404;
                answer = JSON.createObjectNode().put("message", "Request does not match any route.");
            }
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(bytes);
            }
        }
    }
}

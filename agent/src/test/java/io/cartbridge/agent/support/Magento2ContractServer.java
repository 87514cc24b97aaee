package io.cartbridge.agent.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A local HTTPS stand-in for Magento 2.4's REST API, for the write-back tests: it checks every request as Magento
 * documents it (the route and method under {@code /rest/V1/}, {@code Authorization: Bearer} with the integration's
 * token, {@code Content-Type: application/json} on a body, the body's fields and their types: {@code ShipOrderInterface}
 * for {@code POST V1/order/{id}/ship}, {@code SearchCriteria} for {@code GET V1/shipments}, {@code statusHistory} for
 * order comments, {@code sourceItems} for MSI) and answers as Magento does: shipments in its JSON shape, a new shipment's
 * id, errors as {@code {"message": "...%1", "parameters": [...]}} (or named {@code %fieldName} parameters) with 400, 401
 * or 404. A request that breaks the contract is answered 400 and kept in {@link #violations()}, which a test asserts
 * empty.
 *
 * <p>Its orders are loaded from a Magento database ({@link #load}): the items Magento ships, what shipped, the earlier
 * shipments with their comments. A ship call registers the units as Magento's {@code ShipOrder} does (at most what is
 * left to ship of each item; a configurable's child or an item of another order is refused), completes the order when
 * nothing is left, and with {@code notify} counts the buyer's "Your order has shipped" e-mail. Faults: a 5xx, or an
 * answer slower than the client waits (after the write was done), for the next request of a method and path.
 */
public final class Magento2ContractServer implements AutoCloseable {

    public static final String TOKEN = "k3x9rfv0q2m8w5t1y7u4i6o0p2a8s3d5";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHIP = Pattern.compile("/rest/V1/order/(\\d+)/ship");
    private static final Pattern COMMENTS = Pattern.compile("/rest/V1/orders/(\\d+)/comments");
    private static final Set<String> SHIP_FIELDS = Set.of("items", "notify", "appendComment", "comment", "tracks",
            "packages", "arguments");

    /** One request as received. */
    public record Request(String method, String path, String query, JsonNode body) {
    }

    private record Fault(String method, String path, int status, Duration delay) {
    }

    /** An order item as Magento holds it. */
    private static final class Item {
        final long id;
        final Long parent;
        final String type;
        final String sku;
        final BigDecimal ordered;
        final BigDecimal refunded;
        final BigDecimal cancelled;
        final boolean virtual;
        /** A bundle whose children ship separately ({@code shipment_type} 1). */
        final boolean separately;
        BigDecimal shipped;

        Item(long id, Long parent, String type, String sku, BigDecimal ordered, BigDecimal shipped, BigDecimal refunded,
             BigDecimal cancelled, boolean virtual, boolean separately) {
            this.separately = separately;
            this.id = id;
            this.parent = parent;
            this.type = type;
            this.sku = sku;
            this.ordered = ordered;
            this.shipped = shipped;
            this.refunded = refunded;
            this.cancelled = cancelled;
            this.virtual = virtual;
        }

        BigDecimal toShip() {
            return ordered.subtract(shipped.max(refunded)).subtract(cancelled).max(BigDecimal.ZERO);
        }
    }

    private static final class Order {
        final long id;
        String state;
        String status;
        final Map<Long, Item> items = new LinkedHashMap<>();
        final ArrayNode comments = JSON.createArrayNode();

        Order(long id, String state, String status) {
            this.id = id;
            this.state = state;
            this.status = status;
        }
    }

    private final LocalHttpsServer server;
    private final Map<Long, Order> orders = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<ObjectNode> shipments = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, BigDecimal> sourceItems = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final List<String> emails = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final AtomicLong ids = new AtomicLong(100);
    private final AtomicInteger sourceItemRequests = new AtomicInteger();
    private volatile String resourceDenied;

    public Magento2ContractServer() {
        server = new LocalHttpsServer(this::handle);
    }

    /** {@return the shop's address, for {@code magento2.api.url}} */
    public String url() {
        return server.url();
    }

    /** {@return a TLS context that trusts this server's certificate only} */
    public SSLContext clientTls() {
        return server.clientTls();
    }

    /** Takes the orders, their items and their shipments from a Magento database (no table prefix). */
    public Magento2ContractServer load(JdbcTemplate jdbc) {
        jdbc.query("SELECT entity_id, state, status FROM sales_order ORDER BY entity_id",
                rs -> { orders.put(rs.getLong(1), new Order(rs.getLong(1), rs.getString(2), rs.getString(3))); });
        jdbc.query("""
                SELECT item_id, order_id, parent_item_id, product_type, sku, COALESCE(qty_ordered, 0), COALESCE(qty_shipped, 0),
                       COALESCE(qty_refunded, 0), COALESCE(qty_canceled, 0), COALESCE(is_virtual, 0),
                       COALESCE(JSON_VALUE(product_options, '$.shipment_type'), '0') = '1'
                FROM sales_order_item ORDER BY item_id""", rs -> {
            long parent = rs.getLong(3);
            Long parentId = rs.wasNull() ? null : parent;
            orders.get(rs.getLong(2)).items.put(rs.getLong(1), new Item(rs.getLong(1), parentId, rs.getString(4),
                    rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                    rs.getInt(10) == 1, rs.getBoolean(11)));
        });
        jdbc.query("SELECT entity_id, order_id, increment_id FROM sales_shipment ORDER BY entity_id", rs -> {
            ObjectNode s = shipment(rs.getLong(1), rs.getLong(2));
            s.put("increment_id", rs.getString(3));
            shipments.add(s);
        });
        for (ObjectNode s : shipments) {
            long id = s.get("entity_id").asLong();
            jdbc.query("SELECT order_item_id, qty, sku FROM sales_shipment_item WHERE parent_id = ?", rs -> {
                ((ArrayNode) s.get("items")).addObject().put("order_item_id", rs.getLong(1))
                        .put("qty", rs.getBigDecimal(2)).put("sku", rs.getString(3)).put("parent_id", id);
            }, id);
            jdbc.query("SELECT track_number, title, carrier_code FROM sales_shipment_track WHERE parent_id = ?", rs -> {
                ((ArrayNode) s.get("tracks")).addObject().put("track_number", rs.getString(1)).put("title", rs.getString(2))
                        .put("carrier_code", rs.getString(3)).put("parent_id", id);
            }, id);
            jdbc.query("SELECT comment FROM sales_shipment_comment WHERE parent_id = ?", rs -> {
                ((ArrayNode) s.get("comments")).addObject().put("comment", rs.getString(1)).put("parent_id", id);
            }, id);
        }
        return this;
    }

    /** The token loses a resource: every request needing it is answered 401, as Magento does. */
    public void deny(String resource) {
        resourceDenied = resource;
    }

    /** The order is put on hold: Magento refuses to ship it. */
    public void hold(long orderId) {
        orders.get(orderId).state = "holded";
        orders.get(orderId).status = "holded";
    }

    /** The next request of this method and path (without query) is answered with this status, nothing done. */
    public void failNext(String method, String path, int status) {
        faults.add(new Fault(method, path, status, null));
    }

    /** The next request of this method and path is carried out, but its answer comes only after this delay. */
    public void delayNext(String method, String path, Duration delay) {
        faults.add(new Fault(method, path, 0, delay));
    }

    /** {@code state/status} of the order. */
    public String order(long id) {
        Order order = orders.get(id);
        return order.state + "/" + order.status;
    }

    /** Units shipped of an order item. */
    public BigDecimal shipped(long itemId) {
        for (Order order : orders.values()) {
            if (order.items.containsKey(itemId)) {
                return order.items.get(itemId).shipped;
            }
        }
        throw new IllegalArgumentException("no item " + itemId);
    }

    /** The shipments of an order, in Magento's JSON shape. */
    public List<JsonNode> shipments(long orderId) {
        synchronized (shipments) {
            return shipments.stream().filter(s -> s.get("order_id").asLong() == orderId).map(s -> (JsonNode) s.deepCopy()).toList();
        }
    }

    /** The e-mails Magento sent the buyers: {@code shipment <order id>: <comment>} or {@code comment <order id>: <text>}. */
    public List<String> emails() {
        return List.copyOf(emails);
    }

    /** The order's history comments. */
    public List<String> comments(long orderId) {
        List<String> texts = new ArrayList<>();
        orders.get(orderId).comments.forEach(c -> texts.add(c.path("comment").asText()));
        return texts;
    }

    /** The quantity of a SKU at a source, as set through {@code V1/inventory/source-items}; null when never set. */
    public BigDecimal sourceQuantity(String sourceCode, String sku) {
        return sourceItems.get(sourceCode + "/" + sku);
    }

    public int sourceItemRequests() {
        return sourceItemRequests.get();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** {@return the requests of this method whose path matches the regular expression} */
    public long count(String method, String pathRegex) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().matches(pathRegex)).count();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    private record Answer(int status, JsonNode body) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = null;
            if (raw.length > 0) {
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type == null || !type.toLowerCase().startsWith("application/json")) {
                    answer(exchange, violation(method + " " + path + ": a body without Content-Type application/json: " + type));
                    return;
                }
                try {
                    body = JSON.readTree(raw);
                } catch (IOException e) {
                    answer(exchange, violation(method + " " + path + ": a body that is not JSON"));
                    return;
                }
            }
            requests.add(new Request(method, path, query, body));
            Fault fault = fault(method, path);
            if (fault != null && fault.delay() == null) {
                answer(exchange, error(fault.status(), "Internal Error. Details are available in Magento log file. "
                        + "Report ID: %1", JSON.createArrayNode().add("webapi-6565e2f0a1b2c")));
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            Answer answer;
            if (!("Bearer " + TOKEN).equals(auth)) {
                answer = error(401, "The consumer isn't authorized to access %resources.",
                        JSON.createObjectNode().put("resources", resource(method, path)));
            } else if (resource(method, path).equals(resourceDenied)) {
                answer = error(401, "The consumer isn't authorized to access %resources.",
                        JSON.createObjectNode().put("resources", resourceDenied));
            } else {
                answer = route(method, path, query, body);
            }
            if (fault != null) {
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            answer(exchange, answer);
        } catch (RuntimeException e) {
            violations.add("server error: " + e);
            throw e;
        }
    }

    private Fault fault(String method, String path) {
        for (Fault f : faults) {
            if (f.method().equals(method) && f.path().equals(path) && faults.remove(f)) {
                return f;
            }
        }
        return null;
    }

    /** The ACL resource Magento's webapi.xml names for the route. */
    private static String resource(String method, String path) {
        if (path.startsWith("/rest/V1/inventory/")) {
            return "Magento_InventoryApi::source_item";
        }
        if (SHIP.matcher(path).matches()) {
            return "Magento_Sales::ship";
        }
        if (COMMENTS.matcher(path).matches()) {
            return method.equals("GET") ? "Magento_Sales::actions_view" : "Magento_Sales::comment";
        }
        return "Magento_Sales::shipment";
    }

    private Answer route(String method, String path, String query, JsonNode body) {
        Matcher m;
        if (path.equals("/rest/V1/shipments") && method.equals("GET")) {
            return listShipments(query);
        }
        if ((m = SHIP.matcher(path)).matches() && method.equals("POST")) {
            return ship(Long.parseLong(m.group(1)), body);
        }
        if ((m = COMMENTS.matcher(path)).matches()) {
            Order order = orders.get(Long.parseLong(m.group(1)));
            if (order == null) {
                return notFound();
            }
            return switch (method) {
                case "GET" -> {
                    ObjectNode list = JSON.createObjectNode();
                    synchronized (order) {
                        list.set("items", order.comments.deepCopy());
                    }
                    list.put("total_count", list.get("items").size());
                    yield new Answer(200, list);
                }
                case "POST" -> addComment(order, body);
                default -> noRoute(method, path);
            };
        }
        if (path.equals("/rest/V1/inventory/source-items") && method.equals("POST")) {
            return saveSourceItems(body);
        }
        return noRoute(method, path);
    }

    private Answer listShipments(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        if (params.keySet().stream().noneMatch(k -> k.startsWith("searchCriteria"))) {
            return error(400, "\"%fieldName\" is required. Enter and try again.",
                    JSON.createObjectNode().put("fieldName", "searchCriteria"));
        }
        String filter = "searchCriteria[filter_groups][0][filters][0]";
        String field = params.get(filter + "[field]");
        String value = params.get(filter + "[value]");
        String condition = params.getOrDefault(filter + "[condition_type]", "eq");
        if (!"order_id".equals(field) || value == null || !Set.of("eq", "in").contains(condition)) {
            return violation("GET shipments: CartBridge filters by order_id with eq or in, not " + params);
        }
        List<String> wanted = condition.equals("in") ? List.of(value.split(",")) : List.of(value);
        int pageSize = Integer.parseInt(params.getOrDefault("searchCriteria[pageSize]", "0"));
        int page = Integer.parseInt(params.getOrDefault("searchCriteria[currentPage]", "1"));
        List<ObjectNode> found = new ArrayList<>();
        synchronized (shipments) {
            shipments.stream().filter(s -> wanted.contains(s.get("order_id").asText())).forEach(s -> found.add(s.deepCopy()));
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode items = answer.putArray("items");
        if (pageSize <= 0) {
            items.addAll(found);
        } else {
            int last = Math.max(1, (found.size() + pageSize - 1) / pageSize);
            int from = (Math.min(page, last) - 1) * pageSize;            // a page past the last answers the last
            found.subList(from, Math.min(found.size(), from + pageSize)).forEach(items::add);
        }
        answer.putObject("search_criteria");
        answer.put("total_count", found.size());
        return new Answer(200, answer);
    }

    private Answer ship(long orderId, JsonNode body) {
        Order order = orders.get(orderId);
        if (order == null) {
            return notFound();
        }
        if (body == null || !body.isObject()) {
            return violation("POST ship: no JSON object body");
        }
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!SHIP_FIELDS.contains(name)) {
                return violation("POST ship: a field ShipOrderInterface does not take: " + name);
            }
        }
        if (!body.path("items").isArray() || body.get("items").isEmpty()) {
            // Magento would then ship everything left: CartBridge always names the items
            return violation("POST ship: no items (Magento ships the whole order then)");
        }
        for (String flag : List.of("notify", "appendComment")) {
            if (body.has(flag) && !body.get(flag).isBoolean()) {
                return typeError(flag, body.get(flag).asText(), "bool");
            }
        }
        JsonNode comment = body.path("comment");
        if (body.has("comment") && (!comment.path("comment").isTextual() || !comment.path("is_visible_on_front").isInt())) {
            return violation("POST ship: comment needs comment (string) and is_visible_on_front (int): " + comment);
        }
        for (JsonNode track : body.path("tracks")) {
            for (String f : List.of("track_number", "title", "carrier_code")) {
                if (!track.path(f).isTextual() || track.path(f).asText().isBlank()) {
                    return violation("POST ship: a track without " + f + ": " + track);
                }
            }
        }
        JsonNode arguments = body.path("arguments");
        if (body.has("arguments") && !arguments.path("extension_attributes").path("source_code").isTextual()) {
            return violation("POST ship: arguments without extension_attributes.source_code: " + arguments);
        }
        synchronized (order) {
            if (!order.state.equals("processing") && !order.state.equals("new")) {
                // a real 2.4.6 adds "You can't create a shipment without products." when no item is left to ship either
                return error(400, "Shipment Document Validation Error(s):\nThe order does not allow a shipment to be created.", null);
            }
            Map<Item, BigDecimal> units = new LinkedHashMap<>();
            for (JsonNode line : body.get("items")) {
                if (!line.path("order_item_id").isIntegralNumber()) {
                    return typeError("order_item_id", line.path("order_item_id").asText(), "int");
                }
                if (!line.path("qty").isNumber()) {
                    return typeError("qty", line.path("qty").asText(), "float");
                }
                Item item = order.items.get(line.get("order_item_id").asLong());
                if (item == null || item.virtual || dummy(order, item)) {
                    violations.add("POST ship: item " + line.get("order_item_id") + " is not an item Magento ships of order " + orderId);
                    return error(400, "Shipment Document Validation Error(s):\nYou can't create a shipment without products.", null);
                }
                BigDecimal qty = line.get("qty").decimalValue();
                if (qty.signum() <= 0 || qty.compareTo(item.toShip()) > 0) {
                    violations.add("POST ship: " + qty + " of item " + item.id + ", which has " + item.toShip() + " left to ship");
                    return error(400, "Shipment Document Validation Error(s):\nThe order does not allow a shipment to be created.", null);
                }
                units.merge(item, qty, BigDecimal::add);
            }
            long id = ids.incrementAndGet();
            ObjectNode shipment = shipment(id, orderId);
            shipment.put("increment_id", String.format("%09d", id));
            units.forEach((item, qty) -> {
                item.shipped = item.shipped.add(qty);
                ((ArrayNode) shipment.get("items")).addObject().put("order_item_id", item.id).put("qty", qty)
                        .put("sku", item.sku).put("parent_id", id);
            });
            body.path("tracks").forEach(t -> ((ObjectNode) ((ArrayNode) shipment.get("tracks")).addObject().setAll((ObjectNode) t))
                    .put("parent_id", id).put("order_id", orderId));
            if (body.has("comment")) {
                ((ArrayNode) shipment.get("comments")).addObject().put("comment", comment.get("comment").asText())
                        .put("is_visible_on_front", comment.get("is_visible_on_front").asInt()).put("parent_id", id)
                        .put("is_customer_notified", body.path("notify").asBoolean() ? 1 : 0);
            }
            shipment.put("total_qty", units.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            shipments.add(shipment);
            boolean nothingLeft = order.items.values().stream().filter(i -> !i.virtual && !dummy(order, i))
                    .allMatch(i -> i.toShip().signum() == 0);
            if (nothingLeft) {
                order.state = "complete";
                order.status = "complete";
            }
            if (body.path("notify").asBoolean()) {
                emails.add("shipment " + orderId + ": " + (body.path("appendComment").asBoolean() ? comment.path("comment").asText() : ""));
            }
            return new Answer(200, JsonNodeFactory.instance.numberNode(id));
        }
    }

    /** Magento's {@code isDummy(true)}: a configurable's child, or a bundle's row or children as it ships. */
    private static boolean dummy(Order order, Item item) {
        if (item.parent != null) {
            Item parent = order.items.get(item.parent);
            return parent == null || !"bundle".equals(parent.type) || !parent.separately;
        }
        return "bundle".equals(item.type) && item.separately;
    }

    private Answer addComment(Order order, JsonNode body) {
        JsonNode history = body == null ? null : body.get("statusHistory");
        if (history == null || !history.isObject()) {
            return error(400, "\"%fieldName\" is required. Enter and try again.", JSON.createObjectNode().put("fieldName", "statusHistory"));
        }
        if (!history.path("comment").isTextual() || !history.path("is_customer_notified").isInt()
                || !history.path("is_visible_on_front").isInt()) {
            return violation("POST comments: statusHistory needs comment (string), is_customer_notified and is_visible_on_front (int): " + history);
        }
        if (!history.path("status").isTextual() || !history.get("status").asText().equals(order.status)) {
            // Magento sets the order's status to the comment's: another one (or none) would change it
            return violation("POST comments: status " + history.path("status") + " is not the order's " + order.status);
        }
        synchronized (order) {
            order.comments.addObject().put("entity_id", ids.incrementAndGet()).put("comment", history.get("comment").asText())
                    .put("is_customer_notified", history.get("is_customer_notified").asInt()).put("status", order.status)
                    .put("parent_id", order.id);
        }
        if (history.get("is_customer_notified").asInt() == 1) {
            emails.add("comment " + order.id + ": " + history.get("comment").asText());
        }
        return new Answer(200, JsonNodeFactory.instance.booleanNode(true));
    }

    private Answer saveSourceItems(JsonNode body) {
        if (body == null || !body.path("sourceItems").isArray() || body.get("sourceItems").isEmpty()) {
            return error(400, "Input data is empty", null);
        }
        sourceItemRequests.incrementAndGet();
        for (JsonNode item : body.get("sourceItems")) {
            if (!item.path("sku").isTextual() || !item.path("source_code").isTextual() || !item.path("quantity").isNumber()
                    || !item.path("status").isInt() || item.get("status").asInt() > 1 || item.get("status").asInt() < 0) {
                return violation("POST source-items: an item needs sku, source_code (strings), quantity (number), status (0 or 1): " + item);
            }
            if (!item.get("source_code").asText().equals("default")) {
                return error(400, "Validation Failed", null);
            }
            sourceItems.put(item.get("source_code").asText() + "/" + item.get("sku").asText(), item.get("quantity").decimalValue());
        }
        return new Answer(200, JSON.createArrayNode());
    }

    private static ObjectNode shipment(long id, long orderId) {
        ObjectNode s = JSON.createObjectNode().put("entity_id", id).put("order_id", orderId).put("store_id", 1);
        s.putArray("items");
        s.putArray("tracks");
        s.putArray("comments");
        s.putArray("packages");
        return s;
    }

    private Answer noRoute(String method, String path) {
        violations.add("no route: " + method + " " + path);
        return error(404, "Request does not match any route.", null);
    }

    private static Answer notFound() {
        return error(404, "The entity that was requested doesn't exist. Verify the entity and try again.", null);
    }

    /** As Magento 2.4.6 words it (seen on a real one), with the values as parameters. */
    private Answer typeError(String field, String value, String type) {
        violations.add(field + ": a value of the wrong type: '" + value + "', " + type + " expected");
        return error(400, "Error occurred during \"%1\" processing. The \"%2\" value's type is invalid. The \"%3\" "
                + "type was expected. Verify and try again.", JSON.createArrayNode().add(field).add(value).add(type));
    }

    private Answer violation(String what) {
        violations.add(what);
        return error(400, "%1", JSON.createArrayNode().add(what));
    }

    private static Answer error(int status, String message, JsonNode parameters) {
        ObjectNode error = JSON.createObjectNode().put("message", message);
        if (parameters != null) {
            error.set("parameters", parameters);
        }
        return new Answer(status, error);
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up waiting (a timeout test): the write was done all the same
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

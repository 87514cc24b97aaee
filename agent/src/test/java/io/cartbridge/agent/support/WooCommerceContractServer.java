package io.cartbridge.agent.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * A local HTTPS stand-in for a shop's WooCommerce REST API v3 (and the Shipment Tracking extension's API), for the
 * write-back tests: it checks every request as WooCommerce documents it (the route and method, HTTP Basic with the
 * consumer key and secret, {@code Content-Type: application/json} on a body, the body's fields and types) and
 * answers as WooCommerce does: orders, notes and trackings in WooCommerce's JSON shapes, errors as
 * {@code {"code": "woocommerce_rest_...", "message": ..., "data": {"status": ...}}} with 400, 401 or 404.
 * A request that breaks the contract is answered 400 and kept in {@link #violations()}, which a test asserts empty.
 *
 * <p>It counts the e-mails WooCommerce would send: "order complete" on a status change to {@code completed}, and
 * "note added to your order" on a customer note. Faults: a 5xx, or an answer slower than the client waits (after the
 * write was done, as when an answer is lost), for the next request of a method and path.
 *
 * <p>TLS: {@link LocalHttpsServer}'s self-signed certificate, trusted by {@link #clientTls()} only.
 */
public final class WooCommerceContractServer implements AutoCloseable {

    public static final String KEY = "ck_4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6";
    public static final String SECRET = "cs_0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUSES = Set.of("pending", "processing", "on-hold", "completed", "cancelled",
            "refunded", "failed", "trash");
    private static final Pattern ORDER = Pattern.compile("/wp-json/wc/v3/orders/(\\d+)");
    private static final Pattern NOTES = Pattern.compile("/wp-json/wc/v3/orders/(\\d+)/notes");
    private static final Pattern TRACKINGS = Pattern.compile("/wp-json/wc-shipment-tracking/v3/orders/(\\d+)/shipment-trackings");
    private static final Pattern VARIATIONS = Pattern.compile("/wp-json/wc/v3/products/(\\d+)/variations/batch");

    /** One request as received. */
    public record Request(String method, String path, String query, JsonNode body) {
    }

    private record Fault(String method, String path, int status, Duration delay) {
    }

    private final LocalHttpsServer server;
    private final Map<Long, ObjectNode> orders = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Long, ArrayNode> notes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Long, ArrayNode> trackings = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Product or variation id → (parent id or 0, stock quantity). */
    private final Map<Long, long[]> stock = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final AtomicInteger completedEmails = new AtomicInteger();
    private final AtomicInteger noteEmails = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(900);
    private volatile boolean trackingExtension;
    private volatile boolean readOnlyKey;

    public WooCommerceContractServer() {
        server = new LocalHttpsServer(this::handle);
    }

    /** {@return the shop's address, for {@code woocommerce.api.url}} */
    public String url() {
        return server.url();
    }

    /** {@return a TLS context that trusts this server's certificate only} */
    public SSLContext clientTls() {
        return server.clientTls();
    }

    /** Installs the Shipment Tracking extension (its namespace shows in the REST index). */
    public WooCommerceContractServer withTrackingExtension() {
        trackingExtension = true;
        return this;
    }

    /** The key loses its write permission: every write is answered 401, as WooCommerce does for a Read key. */
    public void readOnlyKey() {
        readOnlyKey = true;
    }

    /** An order, status without {@code wc-}; lines as SKU → quantity (a blank SKU for a line without one). */
    public synchronized WooCommerceContractServer order(long id, String status, Map<String, Integer> lines) {
        ObjectNode order = JSON.createObjectNode().put("id", id).put("parent_id", 0).put("number", Long.toString(id))
                .put("status", status).put("currency", "EUR").put("date_created", "2026-11-25T10:00:00")
                .put("total", "42.00").put("customer_id", 0);
        order.putObject("billing").put("email", "buyer@example.com");
        ArrayNode items = order.putArray("line_items");
        long item = id * 10;
        for (Map.Entry<String, Integer> line : lines.entrySet()) {
            items.addObject().put("id", ++item).put("name", "Item " + line.getKey()).put("product_id", item)
                    .put("variation_id", 0).put("quantity", line.getValue()).put("sku", line.getKey()).put("total", "10.00");
        }
        order.putArray("meta_data");
        orders.put(id, order);
        notes.put(id, JSON.createArrayNode());
        trackings.put(id, JSON.createArrayNode());
        return this;
    }

    /** A product (parent 0) or variation with a stock quantity. */
    public WooCommerceContractServer product(long id, long parent, long quantity) {
        stock.put(id, new long[] {parent, quantity});
        return this;
    }

    /** The next request of this method and path (without query) is answered with this status, nothing done. */
    public void failNext(String method, String path, int status) {
        faults.add(new Fault(method, path, status, null));
    }

    /** The next request of this method and path is carried out, but its answer comes only after this delay. */
    public void delayNext(String method, String path, Duration delay) {
        faults.add(new Fault(method, path, 0, delay));
    }

    public JsonNode order(long id) {
        return orders.get(id).deepCopy();
    }

    public String status(long id) {
        return orders.get(id).path("status").asText();
    }

    /** The value of an order meta, or a missing node. */
    public JsonNode meta(long id, String key) {
        for (JsonNode meta : orders.get(id).path("meta_data")) {
            if (key.equals(meta.path("key").asText())) {
                return meta.path("value");
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The texts of the order's customer notes, oldest first. */
    public List<String> customerNotes(long id) {
        List<String> texts = new ArrayList<>();
        notes.get(id).forEach(n -> texts.add(n.path("note").asText()));
        return texts;
    }

    public List<String> trackingNumbers(long id) {
        List<String> numbers = new ArrayList<>();
        trackings.get(id).forEach(n -> numbers.add(n.path("tracking_number").asText()));
        return numbers;
    }

    public long stock(long id) {
        return stock.get(id)[1];
    }

    public int completedEmails() {
        return completedEmails.get();
    }

    public int noteEmails() {
        return noteEmails.get();
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
                    answer(exchange, error(400, "rest_invalid_json", "Invalid JSON body passed."));
                    return;
                }
            }
            requests.add(new Request(method, path, query, body));
            Fault fault = fault(method, path);
            if (fault != null && fault.delay() == null) {
                answer(exchange, error(fault.status(), "internal_server_error", "There has been a critical error on this website."));
                return;
            }
            Answer answer = authorized(exchange, method) ? route(method, path, query, body) : unknownKey(method, path);
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

    private boolean authorized(HttpExchange exchange, String method) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (exchange.getRequestURI().getPath().equals("/wp-json/")) {
            return true;
        }
        return expected.equals(header);
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer route(String method, String path, String query, JsonNode body) {
        Matcher m;
        if (path.equals("/wp-json/") && method.equals("GET")) {
            ObjectNode index = JSON.createObjectNode().put("name", "Shop").put("url", url());
            ArrayNode namespaces = index.putArray("namespaces").add("oembed/1.0").add("wc/v3").add("wc/store/v1");
            if (trackingExtension) {
                namespaces.add("wc-shipment-tracking/v3");
            }
            return new Answer(200, index);
        }
        if (!method.equals("GET") && readOnlyKey) {
            return error(401, "woocommerce_rest_authentication_error", "The API key provided does not have write permissions.");
        }
        if (path.equals("/wp-json/wc/v3/orders") && method.equals("GET")) {
            return listOrders(query);
        }
        if ((m = ORDER.matcher(path)).matches()) {
            ObjectNode order = orders.get(Long.parseLong(m.group(1)));
            if (order == null) {
                return error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");
            }
            return switch (method) {
                case "GET" -> new Answer(200, order.deepCopy());
                case "PUT", "POST" -> updateOrder(order, body);
                default -> noRoute();
            };
        }
        if ((m = NOTES.matcher(path)).matches()) {
            ArrayNode list = notes.get(Long.parseLong(m.group(1)));
            if (list == null) {
                return error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid order ID.");
            }
            return switch (method) {
                case "GET" -> listNotes(list, query);
                case "POST" -> addNote(list, body);
                default -> noRoute();
            };
        }
        if (trackingExtension && (m = TRACKINGS.matcher(path)).matches()) {
            ArrayNode list = trackings.get(Long.parseLong(m.group(1)));
            if (list == null) {
                return error(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");
            }
            return switch (method) {
                case "GET" -> new Answer(200, list.deepCopy());
                case "POST" -> addTracking(Long.parseLong(m.group(1)), list, body);
                default -> noRoute();
            };
        }
        if (path.equals("/wp-json/wc/v3/products/batch") && method.equals("POST")) {
            return batch(0, body);
        }
        if ((m = VARIATIONS.matcher(path)).matches() && method.equals("POST")) {
            return batch(Long.parseLong(m.group(1)), body);
        }
        return noRoute();
    }

    private Answer listOrders(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        int perPage = Integer.parseInt(params.getOrDefault("per_page", "10"));
        if (perPage < 1 || perPage > 100) {
            return error(400, "rest_invalid_param", "Invalid parameter(s): per_page");
        }
        ArrayNode list = JSON.createArrayNode();
        String include = params.get("include");
        synchronized (orders) {
            List<Long> ids = new ArrayList<>(orders.keySet());
            Collections.reverse(ids);                            // newest first, as WooCommerce lists them
            for (Long id : ids) {
                if (include == null || List.of(include.split(",")).contains(Long.toString(id))) {
                    if (list.size() < perPage) {
                        list.add(orders.get(id).deepCopy());
                    }
                }
            }
        }
        return new Answer(200, list);
    }

    private Answer updateOrder(ObjectNode order, JsonNode body) {
        if (body == null || !body.isObject()) {
            return violation("PUT order: no JSON object body");
        }
        synchronized (order) {
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) body::fields) {
                switch (field.getKey()) {
                    case "status" -> {
                        String status = field.getValue().asText();
                        if (!field.getValue().isTextual() || !STATUSES.contains(status)) {
                            return error(400, "rest_invalid_param", "Invalid parameter(s): status");
                        }
                    }
                    case "meta_data" -> {
                        if (!field.getValue().isArray()) {
                            return error(400, "rest_invalid_param", "Invalid parameter(s): meta_data");
                        }
                        for (JsonNode meta : field.getValue()) {
                            if (!meta.path("key").isTextual()) {
                                return violation("PUT order: meta_data entry without a string key: " + meta);
                            }
                        }
                    }
                    default -> {
                        return violation("PUT order: a field CartBridge should not send: " + field.getKey());
                    }
                }
            }
            for (JsonNode meta : body.path("meta_data")) {
                setMeta(order, meta.path("key").asText(), meta.path("value"));
            }
            String status = body.path("status").asText(null);
            if (status != null && !status.equals(order.path("status").asText())) {
                order.put("status", status);
                if (status.equals("completed")) {
                    order.put("date_completed", "2026-11-26T12:00:00");
                    completedEmails.incrementAndGet();
                }
            }
            return new Answer(200, order.deepCopy());
        }
    }

    private void setMeta(ObjectNode order, String key, JsonNode value) {
        for (JsonNode meta : order.path("meta_data")) {
            if (key.equals(meta.path("key").asText())) {
                ((ObjectNode) meta).set("value", value);
                return;
            }
        }
        ((ArrayNode) order.get("meta_data")).addObject().put("id", ids.incrementAndGet()).put("key", key).set("value", value);
    }

    private Answer addNote(ArrayNode list, JsonNode body) {
        if (body == null || !body.path("note").isTextual() || body.path("note").asText().isBlank()) {
            return error(400, "rest_missing_callback_param", "Missing parameter(s): note");
        }
        if (body.has("customer_note") && !body.get("customer_note").isBoolean()) {
            return error(400, "rest_invalid_param", "Invalid parameter(s): customer_note");
        }
        boolean customer = body.path("customer_note").asBoolean(false);
        ObjectNode note = JSON.createObjectNode().put("id", ids.incrementAndGet()).put("author", "WooCommerce")
                .put("date_created", "2026-11-26T12:00:00").put("note", body.get("note").asText())
                .put("customer_note", customer);
        synchronized (list) {
            list.add(note);
        }
        if (customer) {
            noteEmails.incrementAndGet();
        }
        return new Answer(201, note);
    }

    /** Newest first, as WooCommerce lists them; {@code type=customer|internal|any} (default any) filters them. */
    private static Answer listNotes(ArrayNode list, String query) {
        String type = query == null ? "any" : java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("type="))
                .map(p -> p.substring(5)).findFirst().orElse("any");
        if (!Set.of("any", "customer", "internal").contains(type)) {
            return error(400, "rest_invalid_param", "Invalid parameter(s): type");
        }
        ArrayNode answer = JSON.createArrayNode();
        synchronized (list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                JsonNode note = list.get(i);
                boolean customer = note.path("customer_note").asBoolean();
                if (type.equals("any") || customer == type.equals("customer")) {
                    answer.add(note.deepCopy());
                }
            }
        }
        return new Answer(200, answer);
    }

    /**
     * A request with an unknown key: WooCommerce authenticates no one and the route's permission check answers
     * (as WooCommerce 10.5 does; it does not say the key is unknown).
     */
    private static Answer unknownKey(String method, String path) {
        if (path.endsWith("/batch")) {
            return error(401, "woocommerce_rest_cannot_batch", "Sorry, you are not allowed to batch manipulate this resource.");
        }
        boolean item = path.matches(".*/\\d+");
        return switch (method) {
            case "GET" -> error(401, "woocommerce_rest_cannot_view", item ? "Sorry, you cannot view this resource."
                    : "Sorry, you cannot list resources.");
            case "POST" -> error(401, "woocommerce_rest_cannot_create", "Sorry, you are not allowed to create resources.");
            default -> error(401, "woocommerce_rest_cannot_edit", "Sorry, you are not allowed to edit this resource.");
        };
    }

    private Answer addTracking(long orderId, ArrayNode list, JsonNode body) {
        if (body == null || !body.path("tracking_number").isTextual() || body.path("tracking_number").asText().isBlank()) {
            return error(400, "rest_missing_callback_param", "Missing parameter(s): tracking_number");
        }
        ObjectNode item = JSON.createObjectNode().put("tracking_id", Long.toHexString(ids.incrementAndGet()))
                .put("tracking_provider", body.path("tracking_provider").asText(""))
                .put("custom_tracking_provider", body.path("custom_tracking_provider").asText(""))
                .put("custom_tracking_link", body.path("custom_tracking_link").asText(""))
                .put("tracking_number", body.get("tracking_number").asText())
                .put("date_shipped", body.path("date_shipped").asText(""));
        synchronized (list) {
            list.add(item);
        }
        return new Answer(201, item);
    }

    private Answer batch(long parent, JsonNode body) {
        if (body == null || !body.path("update").isArray()) {
            return violation("batch: no update list");
        }
        if (body.get("update").size() > 100) {
            return error(413, "woocommerce_rest_request_entity_too_large",
                    "Unable to accept more than 100 items for this request.");
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode updated = answer.putArray("update");
        for (JsonNode item : body.get("update")) {
            long id = item.path("id").asLong();
            long[] product = stock.get(id);
            if (product == null || product[0] != parent) {
                updated.addObject().put("id", id).putObject("error").put("code", parent == 0
                        ? "woocommerce_rest_product_invalid_id" : "woocommerce_rest_product_variation_invalid_id")
                        .put("message", "Invalid ID.").putObject("data").put("status", 400);
                continue;
            }
            if (!item.path("stock_quantity").isNumber()) {
                violations.add("batch: stock_quantity not a number: " + item);
            }
            product[1] = item.path("stock_quantity").asLong();
            updated.addObject().put("id", id).put("stock_quantity", product[1])
                    .put("stock_status", product[1] > 0 ? "instock" : "outofstock");
        }
        return new Answer(200, answer);
    }

    private Answer noRoute() {
        return error(404, "rest_no_route", "No route was found matching the URL and request method.");
    }

    private Answer violation(String what) {
        violations.add(what);
        return error(400, "rest_invalid_param", what);
    }

    private static Answer error(int status, String code, String message) {
        ObjectNode error = JSON.createObjectNode().put("code", code).put("message", message);
        error.putObject("data").put("status", status);
        return new Answer(status, error);
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
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

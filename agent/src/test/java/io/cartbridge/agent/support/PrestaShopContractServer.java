package io.cartbridge.agent.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.xml.parsers.DocumentBuilderFactory;

import com.sun.net.httpserver.HttpExchange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A local HTTPS stand-in for PrestaShop 8's webservice ({@code /api/}), for the write-back tests: it checks every
 * request as PrestaShop documents and codes it ({@code WebserviceRequest}, {@code OrderHistory::addWs},
 * {@code OrderCarrier}): the resource and method (and the key's permission on them), HTTP Basic with the 32-character
 * key as user name and an empty password, {@code Content-Type} XML on a body, a {@code <prestashop>} body with the
 * resource's required fields ({@code order_history}: {@code id_order}, {@code id_order_state}; {@code order_carrier}:
 * {@code id}, {@code id_order}, {@code id_carrier}, a {@code tracking_number} of at most 64 characters), and
 * {@code display}/{@code filter} queries in PrestaShop's bracket syntax. It answers in PrestaShop's XML, errors
 * included ({@code <prestashop><errors><error><code/><message/></error></errors></prestashop>}, 400, 401, 404, 405).
 * A request that breaks the contract is answered 400 and kept in {@link #violations()}, which a test asserts empty.
 *
 * <p>It counts the e-mails PrestaShop would send: an {@code order_histories} POST with {@code sendemail=1} whose
 * state has {@code send_email} and a template, each with the tracking number the e-mail would carry (the order's
 * latest {@code order_carrier}). Faults: a 5xx, or an answer slower than the client waits (after the write was
 * done, as when an answer is lost), for the next request of a method and path. The order states are PrestaShop 8's
 * defaults ("Shipped" is 4, flagged shipped with the {@code shipped} template; "Delivered", 5, is shipped without
 * an e-mail), unless a test moves "Shipped" to another id.
 */
public final class PrestaShopContractServer implements AutoCloseable {

    public static final String KEY = "Q7ZK3M9XW2PLR5T8VY4NB6CJ1DH0FGSA";
    private static final Pattern ONE = Pattern.compile("/api/(order_carriers)/(\\d+)");
    private static final Pattern IDS = Pattern.compile("\\[(\\d+(?:\\|\\d+)*)]");

    /** One request as received: query decoded, body as text. */
    public record Request(String method, String path, Map<String, String> query, String body) {
    }

    /** One e-mail PrestaShop would send: order, template, the tracking number shown. */
    public record Email(long order, String template, String trackingNumber) {
    }

    private record Fault(String method, String path, int status, Duration delay) {
    }

    private record Answer(int status, String xml) {
    }

    private record State(long id, boolean paid, boolean shipped, boolean sendEmail, String template) {
    }

    private final LocalHttpsServer server;
    private final Map<Long, long[]> orders = new ConcurrentHashMap<>();   // id -> {current_state, id_carrier}
    private final Map<Long, Map<String, String>> carriers = Collections.synchronizedMap(new TreeMap<>());
    private final List<long[]> histories = Collections.synchronizedList(new ArrayList<>()); // {id, order, state}
    private final Map<Long, State> states = Collections.synchronizedMap(new TreeMap<>());
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final List<Email> emails = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Map<String, Set<String>> permissions = new ConcurrentHashMap<>(Map.of(
            "orders", Set.of("GET"), "order_states", Set.of("GET"), "order_carriers", Set.of("GET", "PUT", "POST"),
            "order_histories", Set.of("GET", "POST")));
    private final AtomicLong ids = new AtomicLong(100);

    public PrestaShopContractServer() {
        String[][] defaults = {{"1", "0", "0", "1", "cheque"}, {"2", "1", "0", "1", "payment"}, {"3", "1", "0", "1", "preparation"},
            {"4", "1", "1", "1", "shipped"}, {"5", "1", "1", "0", ""}, {"6", "0", "0", "1", "order_canceled"},
            {"7", "1", "0", "1", "refund"}, {"8", "0", "0", "1", "payment_error"}, {"9", "1", "0", "1", "outofstock"},
            {"10", "0", "0", "1", "bankwire"}, {"11", "1", "0", "1", "payment"}, {"12", "0", "0", "1", "outofstock"}};
        for (String[] s : defaults) {
            states.put(Long.parseLong(s[0]), new State(Long.parseLong(s[0]), s[1].equals("1"), s[2].equals("1"),
                    s[3].equals("1"), s[4]));
        }
        server = new LocalHttpsServer(this::handle);
    }

    /** {@return the shop's address, for {@code prestashop.api.url}} */
    public String url() {
        return server.url();
    }

    /** {@return a TLS context that trusts this server's certificate only} */
    public SSLContext clientTls() {
        return server.clientTls();
    }

    /** An order in a state, with one {@code order_carrier} row (an empty tracking number). */
    public PrestaShopContractServer order(long id, long state, long carrier) {
        orders.put(id, new long[] {state, carrier});
        Map<String, String> row = new LinkedHashMap<>();
        long rowId = ids.incrementAndGet();
        row.put("id", Long.toString(rowId));
        row.put("id_order", Long.toString(id));
        row.put("id_carrier", Long.toString(carrier));
        row.put("id_order_invoice", "0");
        row.put("weight", "0.800000");
        row.put("shipping_cost_tax_excl", "5.000000");
        row.put("shipping_cost_tax_incl", "6.000000");
        row.put("tracking_number", "");
        row.put("date_add", "2026-11-20 10:00:00");
        carriers.put(rowId, row);
        return this;
    }

    /** The shop's "Shipped" state gets another id (shops renumber and add states): 4 becomes {@code id}. */
    public void moveShippedState(long id) {
        State shipped = states.remove(4L);
        states.put(id, new State(id, shipped.paid(), true, true, "shipped"));
    }

    /** The key loses every permission on a resource: PrestaShop answers 401, code 26. */
    public void withoutPermission(String resource) {
        permissions.remove(resource);
    }

    /** The next request of this method and path is answered with this status, nothing done. */
    public void failNext(String method, String path, int status) {
        faults.add(new Fault(method, path, status, null));
    }

    /** The next request of this method and path is carried out, but its answer comes only after this delay. */
    public void delayNext(String method, String path, Duration delay) {
        faults.add(new Fault(method, path, 0, delay));
    }

    public long currentState(long order) {
        return orders.get(order)[0];
    }

    /** {@return the tracking number of the order's latest order_carrier} */
    public String trackingNumber(long order) {
        synchronized (carriers) {
            String number = null;
            for (Map<String, String> row : carriers.values()) {
                if (row.get("id_order").equals(Long.toString(order))) {
                    number = row.get("tracking_number");
                }
            }
            return number;
        }
    }

    /** {@return the states of the order's history rows added through the webservice, oldest first} */
    public List<Long> histories(long order) {
        synchronized (histories) {
            return histories.stream().filter(h -> h[1] == order).map(h -> h[2]).toList();
        }
    }

    public List<Email> emails() {
        return List.copyOf(emails);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long count(String method, String path) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(method, path, query, body));
            Fault fault = fault(method, path);
            if (fault != null && fault.delay() == null) {
                answer(exchange, error(fault.status(), 2, "[PHP Error #1] Allowed memory size exhausted (classes/Mail.php, line 512)"));
                return;
            }
            Answer answer = check(exchange, method, path, query, body);
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

    /** Authentication, resource and method, the key's permission, then the route. */
    private Answer check(HttpExchange exchange, String method, String path, Map<String, String> query, String body) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return error(401, 16, "Please enter the authentication key as the login. No password required");
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(header)) {
            return violation("Authorization is not HTTP Basic with the key as user name and an empty password");
        }
        if (!path.startsWith("/api/")) {
            return violation(method + " " + path + ": not under /api/");
        }
        String resource = path.substring(5).split("/")[0];
        if (!Set.of("orders", "order_states", "order_carriers", "order_histories").contains(resource)) {
            return violation(method + " " + path + ": a resource the write-back has no business with");
        }
        if (!permissions.containsKey(resource)) {
            return error(401, 26, "Resource of type \"" + resource + "\" is not allowed with this authentication key");
        }
        if (!permissions.get(resource).contains(method)) {
            return error(405, 25, "Method " + method + " is not allowed for the resource " + resource
                    + " with this authentication key");
        }
        Element xml = null;
        if (!method.equals("GET")) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !(type.startsWith("application/xml") || type.startsWith("text/xml"))) {
                return violation(method + " " + path + ": a body without an XML Content-Type: " + type);
            }
            xml = parse(body);
            if (xml == null) {
                return error(400, 127, "XML error : String could not be parsed as XML");
            }
        }
        synchronized (this) {
            return route(method, path, query, xml);
        }
    }

    private Answer route(String method, String path, Map<String, String> query, Element xml) {
        Matcher m;
        if (path.equals("/api/orders") && method.equals("GET")) {
            return listOrders(query);
        }
        if (path.equals("/api/order_states") && method.equals("GET")) {
            return listStates(query);
        }
        if (path.equals("/api/order_carriers") && method.equals("GET")) {
            return listCarriers(query);
        }
        if ((m = ONE.matcher(path)).matches() && method.equals("PUT")) {
            return putCarrier(Long.parseLong(m.group(2)), query, xml);
        }
        if (path.equals("/api/order_carriers") && method.equals("POST")) {
            return postCarrier(xml);
        }
        if (path.equals("/api/order_histories") && method.equals("POST")) {
            return postHistory(query, xml);
        }
        return violation(method + " " + path + ": no such call in the write-back's contract");
    }

    private Answer listOrders(Map<String, String> query) {
        if (!"[id,current_state,id_carrier]".equals(query.get("display"))) {
            return violation("GET orders: display should be [id,current_state,id_carrier], not " + query.get("display"));
        }
        Matcher m = IDS.matcher(query.getOrDefault("filter[id]", ""));
        if (!m.matches()) {
            return violation("GET orders: filter[id] is not [id|id...]: " + query.get("filter[id]"));
        }
        StringBuilder xml = new StringBuilder("<orders>");
        for (String id : m.group(1).split("\\|")) {
            long[] order = orders.get(Long.parseLong(id));
            if (order != null) {
                xml.append("<order><id><![CDATA[").append(id).append("]]></id><current_state xlink:href=\"")
                        .append(url()).append("/api/order_states/").append(order[0]).append("\"><![CDATA[").append(order[0])
                        .append("]]></current_state><id_carrier xlink:href=\"").append(url()).append("/api/carriers/")
                        .append(order[1]).append("\"><![CDATA[").append(order[1]).append("]]></id_carrier></order>");
            }
        }
        return ok(200, xml.append("</orders>").toString());
    }

    private Answer listStates(Map<String, String> query) {
        if (!"full".equals(query.get("display"))) {
            return violation("GET order_states: display=full expected, not " + query.get("display"));
        }
        StringBuilder xml = new StringBuilder("<order_states>");
        states.values().forEach(s -> xml.append("<order_state><id><![CDATA[").append(s.id()).append("]]></id>")
                .append("<unremovable><![CDATA[1]]></unremovable><delivery><![CDATA[").append(s.shipped() ? 1 : 0)
                .append("]]></delivery><hidden><![CDATA[0]]></hidden><send_email><![CDATA[").append(s.sendEmail() ? 1 : 0)
                .append("]]></send_email><module_name></module_name><invoice><![CDATA[1]]></invoice><color><![CDATA[#01B887]]></color>")
                .append("<logable><![CDATA[1]]></logable><shipped><![CDATA[").append(s.shipped() ? 1 : 0).append("]]></shipped>")
                .append("<paid><![CDATA[").append(s.paid() ? 1 : 0).append("]]></paid><pdf_delivery><![CDATA[0]]></pdf_delivery>")
                .append("<pdf_invoice><![CDATA[0]]></pdf_invoice><deleted><![CDATA[0]]></deleted>")
                .append("<name><language id=\"1\"><![CDATA[State ").append(s.id()).append("]]></language></name>")
                .append("<template><language id=\"1\"><![CDATA[").append(s.template()).append("]]></language></template>")
                .append("</order_state>"));
        return ok(200, xml.append("</order_states>").toString());
    }

    private Answer listCarriers(Map<String, String> query) {
        if (!"full".equals(query.get("display"))) {
            return violation("GET order_carriers: display=full expected (a PUT needs every field), not " + query.get("display"));
        }
        Matcher m = IDS.matcher(query.getOrDefault("filter[id_order]", ""));
        if (!m.matches()) {
            return violation("GET order_carriers: filter[id_order] is not [id]: " + query.get("filter[id_order]"));
        }
        StringBuilder xml = new StringBuilder("<order_carriers>");
        carriers.values().stream().filter(r -> r.get("id_order").equals(m.group(1))).forEach(r -> xml.append(carrierXml(r)));
        return ok(200, xml.append("</order_carriers>").toString());
    }

    private Answer putCarrier(long id, Map<String, String> query, Element xml) {
        Element carrier = resource(xml, "order_carrier");
        if (carrier == null) {
            return violation("PUT order_carriers: body is not <prestashop><order_carrier>");
        }
        Map<String, String> row = carriers.get(id);
        if (row == null) {
            return error(404, 87, "Id(s) not exists: " + id);
        }
        if (!field(carrier, "id").equals(Long.toString(id))) {
            return error(400, 90, "id is required when modifying a resource");
        }
        Answer invalid = validCarrier(carrier);
        if (invalid != null) {
            return invalid;
        }
        for (String name : row.keySet()) {
            if (!name.equals("id") && element(carrier, name) != null) {
                row.put(name, field(carrier, name));
            }
        }
        return ok(200, carrierXml(row));
    }

    private Answer postCarrier(Element xml) {
        Element carrier = resource(xml, "order_carrier");
        if (carrier == null) {
            return violation("POST order_carriers: body is not <prestashop><order_carrier>");
        }
        Answer invalid = validCarrier(carrier);
        if (invalid != null) {
            return invalid;
        }
        Map<String, String> row = new LinkedHashMap<>();
        long rowId = ids.incrementAndGet();
        row.put("id", Long.toString(rowId));
        for (String name : List.of("id_order", "id_carrier", "id_order_invoice", "weight", "shipping_cost_tax_excl",
                "shipping_cost_tax_incl", "tracking_number")) {
            row.put(name, field(carrier, name));
        }
        row.put("date_add", "2026-11-26 12:00:00");
        carriers.put(rowId, row);
        return ok(201, carrierXml(row));
    }

    private Answer validCarrier(Element carrier) {
        for (String required : List.of("id_order", "id_carrier")) {
            if (field(carrier, required).isEmpty()) {
                return error(400, 41, "parameter \"" + required + "\" required");
            }
        }
        if (!orders.containsKey(Long.parseLong(field(carrier, "id_order")))) {
            return error(400, 85, "Validation error: \"Property OrderCarrier->id_order is not valid\"");
        }
        String tracking = field(carrier, "tracking_number");
        if (tracking.length() > 64 || !tracking.matches("[a-zA-Z0-9 _.\\-,]*")) {
            return error(400, 85, "Validation error: \"Property OrderCarrier->tracking_number is not valid\"");
        }
        return null;
    }

    private Answer postHistory(Map<String, String> query, Element xml) {
        Element history = resource(xml, "order_history");
        if (history == null) {
            return violation("POST order_histories: body is not <prestashop><order_history>");
        }
        if (!"1".equals(query.get("sendemail"))) {
            violations.add("POST order_histories without sendemail=1: the buyer gets no e-mail");
        }
        for (String required : List.of("id_order", "id_order_state")) {
            if (field(history, required).isEmpty()) {
                return error(400, 41, "parameter \"" + required + "\" required");
            }
        }
        long order = Long.parseLong(field(history, "id_order"));
        long state = Long.parseLong(field(history, "id_order_state"));
        if (!orders.containsKey(order)) {
            return error(400, 85, "Validation error: \"Property OrderHistory->id_order is not valid\"");
        }
        State target = states.get(state);
        if (target == null) {
            return error(400, 85, "Validation error: \"Property OrderHistory->id_order_state is not valid\"");
        }
        long id = ids.incrementAndGet();
        histories.add(new long[] {id, order, state});
        orders.get(order)[0] = state;
        if ("1".equals(query.get("sendemail")) && target.sendEmail() && !target.template().isEmpty()) {
            emails.add(new Email(order, target.template(), trackingNumber(order)));
        }
        return ok(201, "<order_history><id><![CDATA[" + id + "]]></id><id_employee></id_employee><id_order_state><![CDATA["
                + state + "]]></id_order_state><id_order><![CDATA[" + order + "]]></id_order><date_add><![CDATA[2026-11-26 12:00:00]]>"
                + "</date_add></order_history>");
    }

    private static String carrierXml(Map<String, String> row) {
        StringBuilder xml = new StringBuilder("<order_carrier>");
        row.forEach((k, v) -> xml.append('<').append(k).append("><![CDATA[").append(v).append("]]></").append(k).append('>'));
        return xml.append("</order_carrier>").toString();
    }

    private static Element resource(Element root, String name) {
        if (root == null || !root.getTagName().equals("prestashop")) {
            return null;
        }
        return element(root, name);
    }

    private static Element element(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String field(Element parent, String name) {
        Element e = element(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }

    /** PrestaShop reads bodies with libxml without entity expansion; so does this, refusing DTDs. */
    private Element parse(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Document doc = builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            return doc.getDocumentElement();
        } catch (Exception e) {
            return null;
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

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private Answer violation(String what) {
        violations.add(what);
        return error(400, 0, what);
    }

    private static Answer ok(int status, String content) {
        return new Answer(status, "<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">" + content + "</prestashop>");
    }

    private static Answer error(int status, int code, String message) {
        return new Answer(status, "<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<errors>\n<error>\n<code><![CDATA["
                + code + "]]></code>\n<message><![CDATA[" + message + "]]></message>\n</error>\n</errors>\n</prestashop>\n");
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + answer.xml()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=utf-8");
        exchange.getResponseHeaders().set("PSWS-Version", "8.1.7");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

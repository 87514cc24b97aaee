package io.cartbridge.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;

/**
 * A stand-in for PrestaShop's webservice ({@code /api/}) on {@link ShopApiStandIn}'s HTTPS server, for
 * {@code bench write-back --platform prestashop}: the calls of the webservice write-back ({@code orders},
 * {@code order_states}, {@code order_carriers}, {@code order_histories}) and, for the stock comparison,
 * {@code stock_availables} (a filtered GET and one PUT per row), answered from memory in PrestaShop's XML. It
 * measures CartBridge's side; a real PrestaShop adds PHP's time per request (its webservice boots the whole shop:
 * 100 to 400 ms), which the printed calls let one estimate.
 */
final class PrestaShopApiStandIn {

    private static final Pattern FILTER = Pattern.compile("filter\\[(\\w+)]=\\[([\\d|]+)]");
    private static final Pattern ID = Pattern.compile("/api/(order_carriers|stock_availables)/(\\d+)");
    private static final Pattern FIELD = Pattern.compile("<(id_order_state|tracking_number|quantity)>([^<]*)<");
    private static final String STATES = "<order_states>"
            + state(2, 1, 0, 1, "payment") + state(3, 1, 0, 1, "preparation") + state(4, 1, 1, 1, "shipped")
            + state(5, 1, 1, 0, "") + "</order_states>";

    private final Map<Long, Long> orders = new ConcurrentHashMap<>();
    private final Map<Long, String> tracking = new ConcurrentHashMap<>();
    private final Map<Long, Long> stock = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong emails = new AtomicLong();

    PrestaShopApiStandIn(ShopApiStandIn server) {
        server.route("/api/", this::handle);
    }

    /** A paid order (state 2) with its order_carrier row, whose id is the order's. */
    void order(long id) {
        orders.put(id, 2L);
        tracking.put(id, "");
    }

    /** A stock_available row per product, its id the product's. */
    void stock(long product, long quantity) {
        stock.put(product, quantity);
    }

    long requests() {
        return requests.get();
    }

    long emails() {
        return emails.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery() == null ? ""
                    : exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher filter = FILTER.matcher(query);
            String[] ids = filter.find() ? filter.group(2).split("\\|") : new String[0];
            Matcher one = ID.matcher(path);
            StringBuilder xml = new StringBuilder();
            int status = 200;
            if (path.equals("/api/orders")) {
                xml.append("<orders>");
                for (String id : ids) {
                    Long state = orders.get(Long.parseLong(id));
                    if (state != null) {
                        xml.append("<order><id><![CDATA[").append(id).append("]]></id><current_state><![CDATA[").append(state)
                                .append("]]></current_state><id_carrier><![CDATA[1]]></id_carrier></order>");
                    }
                }
                xml.append("</orders>");
            } else if (path.equals("/api/order_states")) {
                xml.append(STATES);
            } else if (path.equals("/api/order_carriers") && method.equals("GET")) {
                xml.append("<order_carriers>").append(carrier(Long.parseLong(ids[0]))).append("</order_carriers>");
            } else if (one.matches() && one.group(1).equals("order_carriers")) {
                long id = Long.parseLong(one.group(2));
                tracking.put(id, field(body, "tracking_number"));
                xml.append(carrier(id));
            } else if (path.equals("/api/order_histories")) {
                long order = Long.parseLong(body.replaceAll("(?s).*<id_order>(\\d+)<.*", "$1"));
                orders.put(order, Long.parseLong(field(body, "id_order_state")));
                emails.incrementAndGet();
                status = 201;
                xml.append("<order_history><id><![CDATA[").append(order).append("]]></id></order_history>");
            } else if (path.equals("/api/stock_availables") && method.equals("GET")) {
                xml.append("<stock_availables>");
                for (String id : ids) {
                    xml.append(stockXml(Long.parseLong(id)));
                }
                xml.append("</stock_availables>");
            } else if (one.matches()) {
                long id = Long.parseLong(one.group(2));
                stock.put(id, Long.parseLong(field(body, "quantity")));
                xml.append(stockXml(id));
            } else {
                status = 400;
                xml.append("<errors><error><code><![CDATA[0]]></code><message><![CDATA[not in the stand-in]]></message></error></errors>");
            }
            byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop>" + xml + "</prestashop>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String carrier(long id) {
        return "<order_carrier><id><![CDATA[" + id + "]]></id><id_order><![CDATA[" + id + "]]></id_order><id_carrier><![CDATA[1]]>"
                + "</id_carrier><id_order_invoice><![CDATA[0]]></id_order_invoice><weight><![CDATA[0.9]]></weight>"
                + "<shipping_cost_tax_excl><![CDATA[5]]></shipping_cost_tax_excl><shipping_cost_tax_incl><![CDATA[6]]>"
                + "</shipping_cost_tax_incl><tracking_number><![CDATA[" + tracking.getOrDefault(id, "") + "]]></tracking_number>"
                + "<date_add><![CDATA[2026-11-20 10:00:00]]></date_add></order_carrier>";
    }

    private String stockXml(long product) {
        return "<stock_available><id><![CDATA[" + product + "]]></id><id_product><![CDATA[" + product + "]]></id_product>"
                + "<id_product_attribute><![CDATA[0]]></id_product_attribute><id_shop><![CDATA[1]]></id_shop>"
                + "<id_shop_group><![CDATA[0]]></id_shop_group><quantity><![CDATA[" + stock.getOrDefault(product, 0L)
                + "]]></quantity><depends_on_stock><![CDATA[0]]></depends_on_stock><out_of_stock><![CDATA[2]]></out_of_stock>"
                + "<location><![CDATA[]]></location></stock_available>";
    }

    private static String field(String body, String name) {
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return "";
    }

    private static String state(long id, int paid, int shipped, int email, String template) {
        return "<order_state><id>" + id + "</id><paid>" + paid + "</paid><shipped>" + shipped + "</shipped><send_email>"
                + email + "</send_email><deleted>0</deleted><template><language id=\"1\">" + template
                + "</language></template></order_state>";
    }
}

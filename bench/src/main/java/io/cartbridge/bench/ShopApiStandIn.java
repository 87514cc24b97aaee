package io.cartbridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A local HTTPS stand-in for a WooCommerce shop's REST API, for {@code bench write-back}: the routes the API
 * write-back uses, answered from memory in WooCommerce's JSON shapes, with a self-signed certificate (made with
 * {@code keytool}) that the bench JVM trusts through its trust store, as a shop's private CA would be. It measures
 * CartBridge's side of the API (HTTP, TLS, JSON, the look-before-write calls); a real WooCommerce adds PHP's time
 * per request (typically 50 to 300 ms), which the printed calls per shipment let one estimate.
 */
final class ShopApiStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ORDER = Pattern.compile("/wp-json/wc/v3/orders/(\\d+)");
    private static final Pattern NOTES = Pattern.compile("/wp-json/wc/v3/orders/(\\d+)/notes");

    private final HttpsServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<Long, ObjectNode> orders = new ConcurrentHashMap<>();
    private final Map<Long, ArrayNode> notes = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong stockItems = new AtomicLong();
    private final Path truststore;

    ShopApiStandIn(Path folder) throws IOException, InterruptedException, GeneralSecurityException {
        this(folder, null);
    }

    /**
     * A stand-in of another platform's API on the same server and certificate.
     *
     * @param routes answers every request instead of the WooCommerce routes; {@code null} for those
     */
    ShopApiStandIn(Path folder, com.sun.net.httpserver.HttpHandler routes)
            throws IOException, InterruptedException, GeneralSecurityException {
        Files.createDirectories(folder);
        Path keystore = folder.resolve("shop.p12");
        Files.deleteIfExists(keystore);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "shop", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit").redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
        char[] pass = "changeit".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, pass);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("shop", keys.getCertificate("shop"));
        truststore = folder.resolve("trust.p12");
        try (OutputStream o = Files.newOutputStream(truststore)) {
            trust.store(o, pass);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, pass);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        // answers go out at once, not after the client's delayed ACK (40 ms a request otherwise)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(threads);
        server.createContext("/", routes == null ? this::handle : exchange -> {
            requests.incrementAndGet();
            routes.handle(exchange);
        });
        server.start();
    }

    /** {@return the trust store (PKCS12, password changeit) holding the certificate only} */
    /** Serves the paths under {@code prefix} with another handler: another platform's stand-in on this server. */
    void route(String prefix, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    Path truststore() {
        return truststore;
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A processing order with these SKU → quantity lines. */
    void order(long id, Map<String, Integer> lines) {
        ObjectNode order = JSON.createObjectNode().put("id", id).put("status", "processing").put("currency", "EUR");
        ArrayNode items = order.putArray("line_items");
        lines.forEach((sku, quantity) -> items.addObject().put("id", items.size() + 1).put("sku", sku).put("quantity", quantity));
        order.putArray("meta_data");
        orders.put(id, order);
        notes.put(id, JSON.createArrayNode());
    }

    long requests() {
        return requests.get();
    }

    long stockItems() {
        return stockItems.get();
    }

    long completed() {
        return orders.values().stream().filter(o -> o.path("status").asText().equals("completed")).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            JsonNode answer;
            int status = 200;
            Matcher m;
            if (path.equals("/wp-json/")) {
                answer = JSON.createObjectNode().set("namespaces", JSON.createArrayNode().add("wc/v3"));
            } else if (path.equals("/wp-json/wc/v3/orders")) {
                ArrayNode list = JSON.createArrayNode();
                String query = exchange.getRequestURI().getQuery();
                for (String id : query.replaceFirst(".*include=([0-9,]+).*", "$1").split(",")) {
                    ObjectNode order = orders.get(Long.parseLong(id));
                    if (order != null) {
                        synchronized (order) {
                            list.add(order.deepCopy());
                        }
                    }
                }
                answer = list;
            } else if ((m = NOTES.matcher(path)).matches()) {
                ArrayNode list = notes.get(Long.parseLong(m.group(1)));
                synchronized (list) {
                    if (method.equals("POST")) {
                        ObjectNode note = JSON.createObjectNode().put("id", list.size() + 1).put("note", body.path("note").asText())
                                .put("customer_note", body.path("customer_note").asBoolean());
                        list.add(note);
                        answer = note;
                        status = 201;
                    } else {
                        answer = list.deepCopy();
                    }
                }
            } else if ((m = ORDER.matcher(path)).matches()) {
                ObjectNode order = orders.get(Long.parseLong(m.group(1)));
                synchronized (order) {
                    if (method.equals("PUT")) {
                        ArrayNode meta = (ArrayNode) order.get("meta_data");
                        for (JsonNode entry : body.path("meta_data")) {
                            meta.removeIf(e -> e.path("key").asText().equals(entry.path("key").asText()));
                            meta.add(entry);
                        }
                        if (body.has("status")) {
                            order.put("status", body.get("status").asText());
                        }
                    }
                    answer = order.deepCopy();
                }
            } else if (path.endsWith("/batch")) {
                ArrayNode updated = JSON.createArrayNode();
                for (JsonNode item : body.path("update")) {
                    updated.addObject().put("id", item.path("id").asLong()).set("stock_quantity", item.path("stock_quantity"));
                }
                stockItems.addAndGet(updated.size());
                answer = JSON.createObjectNode().set("update", updated);
            } else {
                status = 404;
                answer = JSON.createObjectNode().put("code", "rest_no_route").put("message", "No route was found.");
            }
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

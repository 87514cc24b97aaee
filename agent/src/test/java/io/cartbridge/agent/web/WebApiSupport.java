package io.cartbridge.agent.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.cartbridge.agent.CartBridgeApplication;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web API's tests share one agent, real: its database and a WooCommerce store on MariaDB, the sandbox warehouse's
 * SFTP server, and {@code serve}'s web server (Tomcat on a random port) in one Spring context, cached across the test
 * classes that extend this one (same configuration). Requests go over HTTP with {@link HttpClient}. Users:
 * {@code viewer} (VIEWER, {noop}), {@code operator} (OPERATOR, a {bcrypt} hash) and {@code target} (VIEWER, only for
 * the rate-limit test, which locks it and the loopback address out, then clears the throttle).
 */
@SpringBootTest(classes = CartBridgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebApiSupport {

    static final String VIEWER = "viewer";
    static final String OPERATOR = "operator";
    static final String TARGET = "target";
    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0101", "ada@example.com");
    static final TestAgent AGENT = agent();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static TestAgent agent() {
        try {
            Path folder = Files.createTempDirectory("cartbridge-web-api");
            TestAgent agent = new TestAgent(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(agent::close));
            // 7001 is sent, 7002 held (no SKU)
            agent.store().product(10, "SKU-A", null).product(11, null, null)
                    .order(7001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A")))
                    .order(7002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(11, 1, "No SKU")));
            return agent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        AGENT.properties().forEach((name, value) -> registry.add(name, () -> value));
        AgentContext.SERVER_DEFAULTS.forEach((name, value) -> {
            if (!name.equals("server.port")) {
                registry.add(name, () -> value);
            }
        });
        registry.add("cartbridge.warehouse.sftp.min-file-age", () -> "0s");
        registry.add("cartbridge.admin.users.viewer.password", () -> "{noop}viewer-pw");
        registry.add("cartbridge.admin.users.viewer.role", () -> "VIEWER");
        registry.add("cartbridge.admin.users.operator.password",
                () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("operator-pw"));
        registry.add("cartbridge.admin.users.operator.role", () -> "OPERATOR");
        registry.add("cartbridge.admin.users.target.password", () -> "{noop}target-pw");
        registry.add("cartbridge.admin.users.target.role", () -> "VIEWER");
    }

    URI uri(String path) {
        return uri("127.0.0.1", path);
    }

    URI uri(String host, String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    HttpResponse<String> post(String path, String user) {
        return send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        return user == null ? request : request.header("Authorization", basic(user, user + "-pw"));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The order numbers in the 940 files on the warehouse's server (the agent's 997s left out), repeats kept. */
    static List<String> sentOrderNumbers() {
        return AGENT.inboundFiles().stream().filter(f -> f.getFileName().toString().contains("-940-")).flatMap(f -> {
            try (java.io.InputStream in = Files.newInputStream(f)) {
                return new io.cartbridge.edi.x12.X12WarehouseOrderReader().read(in).orders().stream()
                        .map(io.cartbridge.edi.model.WarehouseOrder::orderNumber).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** The overview page's table row of the job and partition ({@code order-export:default}). */
    static String overviewRow(String page, String lockName) {
        int at = page.indexOf("data-lock=\"" + lockName + "\"");
        if (at < 0) {
            throw new AssertionError("no row " + lockName + " in " + page);
        }
        return page.substring(at, page.indexOf("</tr>", at));
    }

    /** A client keeping cookies (a browser's session), following no redirect. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Waits for the condition, checking every 50 ms, at most {@code limit}. */
    static void await(Duration limit, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}

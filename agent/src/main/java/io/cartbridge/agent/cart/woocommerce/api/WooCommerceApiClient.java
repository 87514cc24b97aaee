package io.cartbridge.agent.cart.woocommerce.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Calls to one shop's WordPress REST API ({@code /wp-json/...}) with the JDK's HTTP client: HTTP Basic with the
 * consumer key and secret (WooCommerce's way over HTTPS), TLS verified by the given context (the JVM's trust store
 * in production), a rate limit, and timeouts.
 *
 * <p>{@link #send} makes one attempt: a 2xx gives the JSON, a 4xx throws {@link WooCommerceApiRefusal} with the
 * shop's error code, and a 5xx, a timeout or a broken connection throws {@link Transient}. {@link #retrying} runs
 * a whole action (look, then write) again after a transient failure, with a doubling backoff and a cap: a write
 * whose answer was lost is then found by the look, not sent twice. The key and secret appear in no message.
 */
public final class WooCommerceApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration backoff;
    private final long nanosPerRequest;
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
    private final AtomicLong requests = new AtomicLong();

    /** A 5xx, a timeout or a broken connection: worth another attempt. */
    public static final class Transient extends RuntimeException {
        Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param properties validated settings
     * @param tls        the TLS context whose trust store verifies the shop's certificate
     */
    public WooCommerceApiClient(WooCommerceApiProperties properties, SSLContext tls) {
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.base = properties.base();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (properties.consumerKey() + ":" + properties.consumerSecret()).getBytes(StandardCharsets.UTF_8));
        this.timeout = properties.timeout();
        this.maxAttempts = properties.maxAttempts();
        this.backoff = properties.backoff();
        this.nanosPerRequest = (long) (1_000_000_000L / properties.rateLimit());
    }

    /** {@return the requests sent so far, for the benchmark's calls per shipment} */
    public long requests() {
        return requests.get();
    }

    /** GET, one attempt. */
    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    /**
     * One request.
     *
     * @param path under {@code /wp-json/}: {@code wc/v3/orders/7}, query string included
     * @param body the JSON body, or {@code null}
     * @return the answer's JSON, or a missing node for an empty answer
     * @throws WooCommerceApiRefusal on a 4xx
     * @throws Transient             on a 5xx, a timeout or an I/O failure
     */
    public JsonNode send(String method, String path, JsonNode body) {
        String call = method + " " + path.replaceFirst("\\?.*", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        }
        pace();
        requests.incrementAndGet();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new Transient("no answer within " + timeout.toMillis() + " ms (" + call + ")", e);
        } catch (IOException e) {
            throw new Transient(e.getClass().getSimpleName() + ": " + e.getMessage() + " (" + call + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WooCommerceApiUnavailable("interrupted (" + call + ")", e);
        }
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        if (status >= 200 && status < 300) {
            return answer;
        }
        String code = answer.path("code").asText("http_" + status);
        String message = answer.path("message").asText("");
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new WooCommerceApiRefusal(status, code, message, call);
        }
        throw new Transient(status + " " + code + " \"" + message + "\" (" + call + ")", null);
    }

    /**
     * Runs an action, again after each {@link Transient} failure, up to the configured attempts, waiting the
     * backoff (doubled each time, at most 30 s) in between.
     *
     * @param what the action, for the message when every attempt failed
     * @throws WooCommerceApiUnavailable when the last attempt failed too
     */
    public <T> T retrying(String what, Callable<T> action) {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.call();
            } catch (Transient e) {
                if (attempt >= maxAttempts) {
                    throw new WooCommerceApiUnavailable(what + ": the shop did not answer in " + attempt
                            + " attempts, the last: " + e.getMessage(), e);
                }
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits for this request's slot under the rate limit. */
    private void pace() {
        long now = System.nanoTime();
        long slot = nextSlot.getAndAccumulate(now, (next, n) -> Math.max(next, n) + nanosPerRequest);
        long wait = Math.max(slot, now) - now;
        if (wait > 0) {
            sleep(Duration.ofNanos(wait));
        }
    }

    private static void sleep(Duration wait) {
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WooCommerceApiUnavailable("interrupted", e);
        }
    }

    static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            // a proxy's HTML error page, say: no code, no message
            return MissingNode.getInstance();
        }
    }

    /** A new JSON object to fill in as a request body. */
    public static com.fasterxml.jackson.databind.node.ObjectNode object() {
        return JSON.createObjectNode();
    }

    @Override
    public String toString() {
        return "WooCommerceApiClient[" + base + "]";
    }
}

package io.cartbridge.agent.cart.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls to one shop's web API with the JDK's HTTP client, for every platform's write-back: one authorization
 * header (the platform's scheme, built by its plugin), TLS verified by the given context (the JVM's trust store in
 * production), a rate limit, and timeouts; no redirects followed (a redirect would carry the credentials away).
 *
 * <p>{@link #exchange} makes one attempt: a 2xx gives the answer, a 4xx throws {@link CartApiRefusal} with the
 * platform's reason (read by its {@link CartApiErrors}), and a 5xx, a 408, a 429, a timeout or a broken connection
 * throws {@link Transient}. {@link #retrying} runs a whole action (look, then write) again after a transient
 * failure, with a doubling backoff and a cap: a write whose answer was lost is then found by the look, not sent
 * twice. The credentials appear in no message.
 */
public final class CartApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final CartApiErrors errors;
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

    /** One answer: the status and the body's bytes (empty when there was none). */
    public record Answer(int status, byte[] body) {
    }

    /**
     * @param base          the API's base address; request paths are resolved against it
     * @param authorization the {@code Authorization} header's value (secret: never logged)
     * @param settings      pace and patience
     * @param tls           the TLS context whose trust store verifies the shop's certificate
     * @param errors        how the platform words its errors
     */
    public CartApiClient(URI base, String authorization, CartApiSettings settings, SSLContext tls, CartApiErrors errors) {
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.base = base;
        this.authorization = authorization;
        this.errors = errors;
        this.timeout = settings.timeout();
        this.maxAttempts = settings.maxAttempts();
        this.backoff = settings.backoff();
        this.nanosPerRequest = (long) (1_000_000_000L / settings.rateLimit());
    }

    /** {@return an HTTP Basic header's value for a user and password} */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The JVM's default TLS context: its trust store (the CA certificates), host names verified. */
    public static SSLContext jvmTrust() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the requests sent so far, for the benchmark's calls per shipment} */
    public long requests() {
        return requests.get();
    }

    /** GET of JSON, one attempt. */
    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    /**
     * One JSON request.
     *
     * @param path relative to the base, query string included
     * @param body the JSON body, or {@code null}
     * @return the answer's JSON, or a missing node for an empty or unreadable answer
     * @throws CartApiRefusal on a 4xx
     * @throws Transient      on a 5xx, a timeout or an I/O failure
     */
    public JsonNode send(String method, String path, JsonNode body) {
        Answer answer = exchange(method, path, "application/json", body == null ? null : JSON_TYPE,
                body == null ? null : bytes(body));
        return json(answer.body());
    }

    /**
     * One request of any content.
     *
     * @param accept      the {@code Accept} header
     * @param contentType the body's type, or {@code null} without a body
     * @param body        the body, or {@code null}
     * @return the 2xx answer
     * @throws CartApiRefusal on a 4xx other than 408 and 429
     * @throws Transient      on a 5xx, 408, 429, a timeout or an I/O failure
     */
    public Answer exchange(String method, String path, String accept, String contentType, byte[] body) {
        String call = method + " " + path.replaceFirst("\\?.*", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", accept);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        pace();
        requests.incrementAndGet();
        HttpResponse<byte[]> response;
        // the request's own timeout ends with the answer's headers: a body that stalls (a proxy that never closes
        // a body ended by the connection's close, as behind socat) would wait forever, so the whole answer is timed
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Transient("no answer within " + timeout.toMillis() + " ms (" + call + ")", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new Transient("no answer within " + timeout.toMillis() + " ms (" + call + ")", cause);
            }
            throw new Transient(cause.getClass().getSimpleName() + ": " + cause.getMessage() + " (" + call + ")", cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new CartApiUnavailable("interrupted (" + call + ")", e);
        }
        int status = response.statusCode();
        byte[] answer = response.body() == null ? new byte[0] : response.body();
        if (status >= 200 && status < 300) {
            return new Answer(status, answer);
        }
        CartApiErrors.Reason reason = errors.read(status, answer);
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new CartApiRefusal(status, reason.code(), reason.message(), call);
        }
        throw new Transient(status + " " + reason.code() + " \"" + reason.message() + "\" (" + call + ")", null);
    }

    /**
     * Runs an action, again after each {@link Transient} failure, up to the configured attempts, waiting the
     * backoff (doubled each time, at most 30 s) in between.
     *
     * @param what the action, for the message when every attempt failed
     * @throws CartApiUnavailable when the last attempt failed too
     */
    public <T> T retrying(String what, Callable<T> action) {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.call();
            } catch (Transient e) {
                if (attempt >= maxAttempts) {
                    throw new CartApiUnavailable(what + ": the shop did not answer in " + attempt
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
            throw new CartApiUnavailable("interrupted", e);
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the body as JSON, or a missing node when it is empty or not JSON (a proxy's HTML error page)} */
    public static JsonNode json(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * The errors of an API that answers {@code {"code": ..., "message": ...}} (WordPress, WooCommerce), or only a
     * {@code message} (Magento).
     */
    public static CartApiErrors jsonErrors() {
        return (status, body) -> {
            JsonNode answer = json(body);
            return new CartApiErrors.Reason(answer.path("code").asText("http_" + status), answer.path("message").asText(""));
        };
    }

    /** A new JSON object to fill in as a request body. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    @Override
    public String toString() {
        return "CartApiClient[" + base + "]";
    }
}

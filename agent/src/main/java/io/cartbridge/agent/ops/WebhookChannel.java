package io.cartbridge.agent.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.springframework.stereotype.Component;

/**
 * Alerts as a JSON POST to {@code cartbridge.alerts.webhook.url}:
 * {@code {"event":"job-failed:42","kind":"JOB_FAILED","store":null,"partner":null,"subject":"...","text":"...",
 * "createdAt":"2026-12-02T10:15:30"}}. With {@code cartbridge.alerts.webhook.secret}, the header
 * {@value #SIGNATURE_HEADER} carries {@code sha256=} and the hex HMAC-SHA256 of the body under the secret (as GitHub
 * signs its webhooks), so that the receiver can tell the agent's POSTs from others. A status other than 2xx is a
 * failure, tried again later.
 */
@Component
class WebhookChannel implements AlertChannel {

    static final String SIGNATURE_HEADER = "X-CartBridge-Signature";
    private static final JsonFactory JSON = new JsonFactory();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AlertProperties.Webhook webhook;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookChannel(AlertProperties properties) {
        this.webhook = properties.webhook();
    }

    @Override
    public boolean configured() {
        return webhook.configured();
    }

    @Override
    public void send(Alert alert) throws IOException, InterruptedException {
        byte[] body = json(alert);
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (webhook.secret() != null && !webhook.secret().isEmpty()) {
            request.header(SIGNATURE_HEADER, signature(webhook.secret(), body));
        }
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the webhook answered HTTP " + response.statusCode());
        }
    }

    /** {@return "sha256=" and the hex HMAC-SHA256 of the body under the secret} */
    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static byte[] json(Alert alert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("event", alert.eventKey());
            json.writeStringField("kind", alert.kind().name());
            json.writeStringField("store", alert.store());
            json.writeStringField("partner", alert.partner());
            json.writeStringField("subject", alert.subject());
            json.writeStringField("text", alert.body());
            json.writeStringField("createdAt", alert.createdAt().withNano(0).toString());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

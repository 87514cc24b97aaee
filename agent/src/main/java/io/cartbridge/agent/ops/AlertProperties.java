package io.cartbridge.agent.ops;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where alerts go and when an order or a file is late enough for one. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*} (host, port, username, password, properties).
 *
 * @param mail                e-mail recipients and sender
 * @param webhook             a URL that receives each alert as a JSON POST
 * @param heldHours           an order held back this many hours raises an alert
 *                            ({@code cartbridge.alerts.held-hours}, default 24)
 * @param unacknowledgedHours an order file on the warehouse's server this many hours without its acknowledgment
 *                            (997 / CONTRL) raises an alert ({@code cartbridge.alerts.unacknowledged-hours}, default 24)
 * @param checkInterval       how often {@code serve} checks for alerts between runs, and retries undelivered ones
 *                            ({@code cartbridge.alerts.check-interval}, default 5m); every run checks when it ends
 * @param lookback            failed runs and rejected files older than this raise no alert, so that turning alerts
 *                            on does not announce the whole history ({@code cartbridge.alerts.lookback}, default 48h)
 */
@ConfigurationProperties("cartbridge.alerts")
public record AlertProperties(Mail mail, Webhook webhook, Integer heldHours, Integer unacknowledgedHours,
                              Duration checkInterval, Duration lookback) {

    public AlertProperties {
        mail = mail == null ? new Mail(null, null) : mail;
        webhook = webhook == null ? new Webhook(null, null) : webhook;
        heldHours = heldHours == null ? 24 : heldHours;
        unacknowledgedHours = unacknowledgedHours == null ? 24 : unacknowledgedHours;
        checkInterval = checkInterval == null ? Duration.ofMinutes(5) : checkInterval;
        lookback = lookback == null ? Duration.ofHours(48) : lookback;
    }

    /** {@return whether any channel is configured: without one, no alert is recorded} */
    public boolean enabled() {
        return mail.configured() || webhook.configured();
    }

    /**
     * @param to   recipients ({@code cartbridge.alerts.mail.to}, comma-separated); none: no e-mail
     * @param from the sender address ({@code cartbridge.alerts.mail.from}, default {@code cartbridge@localhost})
     */
    public record Mail(List<String> to, String from) {

        public Mail {
            to = to == null ? List.of() : List.copyOf(to);
            from = from == null || from.isBlank() ? "cartbridge@localhost" : from;
        }

        public boolean configured() {
            return !to.isEmpty();
        }
    }

    /**
     * @param url    receives each alert as a JSON POST ({@code cartbridge.alerts.webhook.url}); none: no webhook
     * @param secret signs each POST: header {@code X-CartBridge-Signature: sha256=<hex HMAC-SHA256 of the body>}
     *               ({@code cartbridge.alerts.webhook.secret}, secret: never logged)
     */
    public record Webhook(URI url, String secret) {

        public boolean configured() {
            return url != null;
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=" + (secret == null ? "none" : "****") + "]";
        }
    }
}

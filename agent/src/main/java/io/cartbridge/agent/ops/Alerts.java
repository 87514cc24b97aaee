package io.cartbridge.agent.ops;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Checks for alerts and sends them: after every run ({@link OpsJobListener}) and, in {@code serve}, every
 * {@code cartbridge.alerts.check-interval} ({@link ServeChecks}). Each event is recorded once in {@code cb_alert}
 * and sent once per channel; one that cannot be sent (SMTP down, webhook unreachable) is logged and stays pending
 * until a later check sends it. Nothing here throws: an alert problem never fails a run or the agent's health.
 * Without a channel configured ({@code cartbridge.alerts.mail.to}, {@code cartbridge.alerts.webhook.url}) nothing
 * is recorded.
 */
@Component
public class Alerts {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);
    /** How long an agent may take to send one alert before another agent may try it. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final AlertProperties properties;
    private final AlertEvents events;
    private final AlertLedger ledger;
    private final MailChannel mail;
    private final WebhookChannel webhook;

    Alerts(AlertProperties properties, AlertEvents events, AlertLedger ledger, MailChannel mail, WebhookChannel webhook) {
        this.properties = properties;
        this.events = events;
        this.ledger = ledger;
        this.mail = mail;
        this.webhook = webhook;
    }

    /** After a run: records its failure, if it failed, then checks as {@link #check()}. */
    void runEnded(JobExecution execution) {
        if (!properties.enabled()) {
            return;
        }
        try {
            events.runEnded(execution);
        } catch (RuntimeException e) {
            log.warn("Cannot record the alert for execution {}: {}", execution.getId(), e.getMessage());
        }
        check();
    }

    /**
     * Records the new events and sends every pending alert.
     *
     * @return the alerts sent to every configured channel by this call
     */
    public synchronized int check() {
        if (!properties.enabled()) {
            return 0;
        }
        try {
            events.recordNew();
        } catch (RuntimeException e) {
            log.warn("Cannot check for new alerts: {}", e.getMessage());
        }
        int sent = 0;
        try {
            for (AlertLedger.Pending pending : ledger.pending()) {
                sent += deliver(pending) ? 1 : 0;
            }
        } catch (RuntimeException e) {
            log.warn("Cannot send the pending alerts: {}", e.getMessage());
        }
        return sent;
    }

    private boolean deliver(AlertLedger.Pending pending) {
        Alert alert = pending.alert();
        if (!ledger.claim(alert.id(), LEASE)) {
            return false;               // another agent is sending it
        }
        StringBuilder errors = new StringBuilder();
        if (mail.configured() && !pending.mailSent()) {
            try {
                mail.send(alert);
                ledger.mailSent(alert.id());
            } catch (Exception e) {
                errors.append("e-mail: ").append(SafeText.reason(e));
            }
        }
        if (webhook.configured() && !pending.webhookSent()) {
            try {
                webhook.send(alert);
                ledger.webhookSent(alert.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                errors.append(errors.isEmpty() ? "" : "; ").append("webhook: interrupted");
            } catch (Exception e) {
                errors.append(errors.isEmpty() ? "" : "; ").append("webhook: ").append(SafeText.reason(e));
            }
        }
        if (!errors.isEmpty()) {
            log.warn("Alert {} ({}) not sent, tried again at the next check: {}", alert.id(), alert.eventKey(), errors);
            ledger.failed(alert.id(), errors.toString());
            return false;
        }
        ledger.delivered(alert.id());
        log.info("Alert {} sent: {}", alert.id(), alert.subject());
        return true;
    }
}

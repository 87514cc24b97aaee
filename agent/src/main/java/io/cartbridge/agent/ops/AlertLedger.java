package io.cartbridge.agent.ops;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code cb_alert} table: an event is recorded once (its key is unique: the agent whose insert succeeds owns
 * it), then stays pending until every configured channel took it. Delivery is claimed for a while on the
 * database's clock, so that two agents retrying the same pending alert do not both send it.
 */
@Repository
class AlertLedger {

    private static final String RECORD = """
            INSERT IGNORE INTO cb_alert (event_key, kind, store, partner, subject, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String PENDING = """
            SELECT id, event_key, kind, store, partner, subject, body, created_at, mail_sent_at, webhook_sent_at
            FROM cb_alert WHERE delivered_at IS NULL ORDER BY id LIMIT 100""";
    private static final String CLAIM = """
            UPDATE cb_alert SET claimed_until = NOW(6) + INTERVAL ? SECOND, attempts = attempts + 1
            WHERE id = ? AND delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < NOW(6))""";
    private static final String MAIL_SENT = "UPDATE cb_alert SET mail_sent_at = ? WHERE id = ?";
    private static final String WEBHOOK_SENT = "UPDATE cb_alert SET webhook_sent_at = ? WHERE id = ?";
    private static final String DELIVERED = """
            UPDATE cb_alert SET delivered_at = ?, claimed_until = NULL, last_error = NULL WHERE id = ?""";
    private static final String FAILED = "UPDATE cb_alert SET claimed_until = NULL, last_error = ? WHERE id = ?";

    /** A pending alert with what was already sent of it. */
    record Pending(Alert alert, boolean mailSent, boolean webhookSent) {
    }

    private final JdbcTemplate jdbc;

    AlertLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@return whether this call recorded the event; false when it was recorded before, here or by another agent} */
    boolean record(String eventKey, Alert.Kind kind, String store, String partner, String subject, String body) {
        return jdbc.update(RECORD, eventKey, kind.name(), store, partner, SafeText.cut(subject, 500), body,
                Timestamp.valueOf(LocalDateTime.now())) == 1;
    }

    List<Pending> pending() {
        return jdbc.query(PENDING, (rs, n) -> new Pending(new Alert(rs.getLong(1), rs.getString(2),
                Alert.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toLocalDateTime()), rs.getTimestamp(9) != null, rs.getTimestamp(10) != null));
    }

    /** {@return whether this agent may send the alert now: no other agent is sending it} */
    boolean claim(long id, Duration lease) {
        return jdbc.update(CLAIM, lease.toSeconds(), id) == 1;
    }

    void mailSent(long id) {
        jdbc.update(MAIL_SENT, Timestamp.valueOf(LocalDateTime.now()), id);
    }

    void webhookSent(long id) {
        jdbc.update(WEBHOOK_SENT, Timestamp.valueOf(LocalDateTime.now()), id);
    }

    void delivered(long id) {
        jdbc.update(DELIVERED, Timestamp.valueOf(LocalDateTime.now()), id);
    }

    void failed(long id, String error) {
        jdbc.update(FAILED, SafeText.cut(error, 2000), id);
    }
}

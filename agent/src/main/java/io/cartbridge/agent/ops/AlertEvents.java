package io.cartbridge.agent.ops;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the events that deserve an alert and records each once ({@link AlertLedger#record}): failed runs and
 * rejected files of the last {@code cartbridge.alerts.lookback}, orders held longer than
 * {@code cartbridge.alerts.held-hours}, order files unacknowledged longer than
 * {@code cartbridge.alerts.unacknowledged-hours}. Each query reads an index on (state, time) and leaves out what
 * already has its alert; at most {@value #BATCH} new events of a kind per check, the rest at the next.
 */
@Component
class AlertEvents {

    static final int BATCH = 100;

    private static final String FAILED_RUNS = """
            SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.EXIT_MESSAGE FROM BATCH_JOB_EXECUTION e
            JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE e.STATUS = 'FAILED' AND e.END_TIME > ?
              AND NOT EXISTS (SELECT 1 FROM cb_alert a WHERE a.event_key = CONCAT('job-failed:', e.JOB_EXECUTION_ID))
            ORDER BY e.JOB_EXECUTION_ID LIMIT 100""";
    private static final String REJECTED_INBOUND = """
            SELECT f.id, f.store, f.partner, f.remote_name, f.document_type, f.reason FROM cb_inbound_file f
            WHERE f.state = 'REJECTED' AND f.received_at > ?
              AND NOT EXISTS (SELECT 1 FROM cb_alert a WHERE a.event_key = CONCAT('inbound-rejected:', f.id))
            ORDER BY f.id LIMIT 100""";
    private static final String REJECTED_OUTBOUND = """
            SELECT f.id, f.store, f.partner, f.file_name, f.control_number, f.reason FROM cb_outbound_file f
            WHERE f.state = 'REJECTED' AND f.uploaded_at > ?
              AND NOT EXISTS (SELECT 1 FROM cb_alert a WHERE a.event_key = CONCAT('outbound-rejected:', f.id))
            ORDER BY f.id LIMIT 100""";
    private static final String HELD = """
            SELECT o.id, o.store, o.partner, o.order_number, o.reason, o.created_at FROM cb_order o
            WHERE o.state = 'HELD' AND o.created_at < ?
              AND NOT EXISTS (SELECT 1 FROM cb_alert a WHERE a.event_key = CONCAT('order-held:', o.id))
            ORDER BY o.id LIMIT 100""";
    private static final String UNACKNOWLEDGED = """
            SELECT f.id, f.store, f.partner, f.file_name, f.control_number, f.document_count, f.uploaded_at
            FROM cb_outbound_file f
            WHERE f.state = 'UPLOADED' AND f.uploaded_at < ?
              AND EXISTS (SELECT 1 FROM cb_order o WHERE o.file_id = f.id)
              AND NOT EXISTS (SELECT 1 FROM cb_alert a WHERE a.event_key = CONCAT('file-unacknowledged:', f.id))
            ORDER BY f.id LIMIT 100""";

    private final JdbcTemplate jdbc;
    private final AlertLedger ledger;
    private final AlertProperties properties;
    private final String host;

    AlertEvents(JdbcTemplate jdbc, AlertLedger ledger, AlertProperties properties) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.properties = properties;
        this.host = hostName();
    }

    /** Records a run that has just ended FAILED, from the execution itself (its row is written after its listeners). */
    int runEnded(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return 0;
        }
        String message = execution.getExitStatus().getExitDescription();
        return failedRun(execution.getId(), execution.getJobInstance().getJobName(), message) ? 1 : 0;
    }

    /** {@return how many new events were recorded} */
    int recordNew() {
        LocalDateTime now = LocalDateTime.now();
        Timestamp since = Timestamp.valueOf(now.minus(properties.lookback()));
        int[] recorded = {0};
        jdbc.query(FAILED_RUNS, rs -> {
            recorded[0] += failedRun(rs.getLong(1), rs.getString(2), rs.getString(3)) ? 1 : 0;
        }, since);
        jdbc.query(REJECTED_INBOUND, rs -> {
            String partner = rs.getString(3);
            recorded[0] += ledger.record("inbound-rejected:" + rs.getLong(1), Alert.Kind.FILE_REJECTED, rs.getString(2),
                    partner, "[CartBridge] file " + rs.getString(4) + " from " + partner + " rejected",
                    "The " + nullToUnknown(rs.getString(5)) + " file " + rs.getString(4) + " received from " + partner
                            + " was rejected and not applied: " + rs.getString(6) + "\n"
                            + "It is quarantined, and the warehouse was sent a rejecting acknowledgment. "
                            + "See: cartbridge files --state REJECTED" + footer()) ? 1 : 0;
        }, since);
        jdbc.query(REJECTED_OUTBOUND, rs -> {
            String partner = rs.getString(3);
            recorded[0] += ledger.record("outbound-rejected:" + rs.getLong(1), Alert.Kind.FILE_REJECTED, rs.getString(2),
                    partner, "[CartBridge] " + partner + " rejected file " + rs.getString(4),
                    "The warehouse " + partner + " rejected the file " + rs.getString(4) + " (control number "
                            + rs.getLong(5) + ") in its acknowledgment: " + nullToUnknown(rs.getString(6)) + "\n"
                            + "Its orders did not reach the warehouse. See: cartbridge files --state REJECTED" + footer()) ? 1 : 0;
        }, since);
        jdbc.query(HELD, rs -> {
            String partner = rs.getString(3);
            recorded[0] += ledger.record("order-held:" + rs.getLong(1), Alert.Kind.ORDER_HELD, rs.getString(2), partner,
                    "[CartBridge] order " + rs.getString(4) + " held for more than " + properties.heldHours() + " hours",
                    "Order " + rs.getString(4) + " of store " + rs.getString(2) + " has been held back from " + partner
                            + " since " + rs.getTimestamp(6).toLocalDateTime().withNano(0).toString().replace('T', ' ') + ": " + rs.getString(5) + "\n"
                            + "Fix the cause; the next order-export sends it. See: cartbridge order " + rs.getString(4)
                            + footer()) ? 1 : 0;
        }, Timestamp.valueOf(now.minusHours(properties.heldHours())));
        jdbc.query(UNACKNOWLEDGED, rs -> {
            String partner = rs.getString(3);
            recorded[0] += ledger.record("file-unacknowledged:" + rs.getLong(1), Alert.Kind.FILE_UNACKNOWLEDGED,
                    rs.getString(2), partner, "[CartBridge] no acknowledgment from " + partner + " for " + rs.getString(4),
                    "The file " + rs.getString(4) + " (control number " + rs.getLong(5) + ", " + rs.getInt(6)
                            + " order(s)) has been on " + partner + "'s server since "
                            + rs.getTimestamp(7).toLocalDateTime().withNano(0).toString().replace('T', ' ') + ", more than "
                            + properties.unacknowledgedHours() + " hours, and the warehouse has not acknowledged it "
                            + "(997 / CONTRL). Ask the warehouse whether it has the file." + footer()) ? 1 : 0;
        }, Timestamp.valueOf(now.minusHours(properties.unacknowledgedHours())));
        return recorded[0];
    }

    private boolean failedRun(long executionId, String job, String exitMessage) {
        String failure = exitMessage == null || exitMessage.isBlank() ? "no message"
                : SafeText.cut(SafeText.mask(exitMessage.strip().lines().findFirst().orElse("")), 1000);
        return ledger.record("job-failed:" + executionId, Alert.Kind.JOB_FAILED, null, null,
                "[CartBridge] " + job + " failed (execution " + executionId + ")",
                "Execution " + executionId + " of " + job + " failed: " + failure + "\n"
                        + "See: cartbridge execution " + executionId + "; once the cause is fixed: cartbridge restart "
                        + executionId + footer());
    }

    private String footer() {
        return "\n\n-- CartBridge agent on " + host;
    }

    private static String nullToUnknown(String text) {
        return text == null ? "no reason given" : text;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}

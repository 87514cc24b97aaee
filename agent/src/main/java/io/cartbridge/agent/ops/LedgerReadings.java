package io.cartbridge.agent.ops;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger's and job repository's figures behind the Prometheus gauges, read at most once per
 * {@code cartbridge.monitoring.metrics-cache} whatever the number of gauges and scrapes. No query reads every order:
 * held orders by the (state, created_at) index, exported orders from their files, files per store, partner and state
 * (an index pass over the files), the oldest unacknowledged file by (state, uploaded_at), the last completed partition
 * of a job by (step name, status, end time). A query that
 * fails keeps the figures of the one before, and is logged.
 */
@Component
class LedgerReadings {

    private static final Logger log = LoggerFactory.getLogger(LedgerReadings.class);

    /** Held orders are few: a range of the (state, created_at) index. */
    private static final String HELD_ORDERS = """
            SELECT store, partner, COUNT(*) AS n FROM cb_order WHERE state = 'HELD' GROUP BY store, partner""";
    /**
     * Orders exported, counted from the files that carried them (a file some order row points at: not the 997s we
     * send) and are on the warehouse's server: a pass over the files, about one per 500 orders, rather than over every
     * order. As the run summaries count them.
     */
    private static final String EXPORTED_ORDERS = """
            SELECT f.store, f.partner, SUM(f.document_count) AS n FROM cb_outbound_file f
            WHERE f.state IN ('UPLOADED', 'ACCEPTED', 'REJECTED') AND EXISTS (SELECT 1 FROM cb_order o WHERE o.file_id = f.id)
            GROUP BY f.store, f.partner""";
    private static final String OUTBOUND_FILES = """
            SELECT store, partner, state, COUNT(*) AS n FROM cb_outbound_file GROUP BY store, partner, state""";
    private static final String INBOUND_FILES = """
            SELECT partner, state, COUNT(*) AS n FROM cb_inbound_file GROUP BY partner, state""";
    /** Order files (a file some order row points at: not the 997s we send) on the server, not yet acknowledged. */
    private static final String OLDEST_UNACKNOWLEDGED = """
            SELECT f.store, f.partner, MIN(f.uploaded_at) AS oldest FROM cb_outbound_file f
            WHERE f.state = 'UPLOADED' AND EXISTS (SELECT 1 FROM cb_order o WHERE o.file_id = f.id)
            GROUP BY f.store, f.partner""";
    /** A partition's step execution is named like its lock, {@code order-export:eu-shop}. */
    private static final String LAST_SUCCESS = """
            SELECT MAX(END_TIME) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ? AND STATUS = 'COMPLETED'""";

    /**
     * The figures at one moment.
     *
     * @param orders        by "store/partner/HELD" and "store/partner/EXPORTED", the number of orders
     * @param outbound      by "store/partner/state", the number of files sent or to send
     * @param inbound       by "partner/state", the number of files received
     * @param oldestWaiting by "store/partner", when the oldest order file still unacknowledged was uploaded
     * @param lastSuccess   by partition step name, the end of its last completed run
     */
    record Snapshot(Map<String, Long> orders, Map<String, Long> outbound, Map<String, Long> inbound,
                    Map<String, LocalDateTime> oldestWaiting, Map<String, LocalDateTime> lastSuccess) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        long orders(String store, String partner, String state) {
            return orders.getOrDefault(store + "/" + partner + "/" + state, 0L);
        }

        long outbound(String store, String partner, OutboundFiles.State... states) {
            long n = 0;
            for (OutboundFiles.State state : states) {
                n += outbound.getOrDefault(store + "/" + partner + "/" + state.name(), 0L);
            }
            return n;
        }

        long outboundOfPartner(String partner, OutboundFiles.State state) {
            return outbound.entrySet().stream().filter(e -> e.getKey().endsWith("/" + partner + "/" + state.name()))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        long inbound(String partner, InboundFiles.State state) {
            return state == null
                    ? inbound.entrySet().stream().filter(e -> e.getKey().startsWith(partner + "/")).mapToLong(Map.Entry::getValue).sum()
                    : inbound.getOrDefault(partner + "/" + state.name(), 0L);
        }

        /** {@return seconds since the oldest unacknowledged order file was uploaded, 0 when none waits} */
        double oldestWaitingSeconds(String store, String partner, LocalDateTime now) {
            LocalDateTime oldest = oldestWaiting.get(store + "/" + partner);
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        }

        /** {@return the end of the step's last completed run, as Unix seconds; NaN when it never completed} */
        double lastSuccessEpochSeconds(String stepName) {
            LocalDateTime end = lastSuccess.get(stepName);
            return end == null ? Double.NaN : end.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli() / 1000.0;
        }
    }

    /** The orders held ({@link OrderLedger.State#HELD}) and those exported (in a file on the server), as keys of the counts. */
    static final String HELD = OrderLedger.State.HELD.name();
    static final String EXPORTED = "EXPORTED";

    private final JdbcTemplate jdbc;
    private final long ttlNanos;
    private volatile List<String> partitionSteps = List.of();
    private Snapshot last;
    private long readAt;

    LedgerReadings(JdbcTemplate jdbc, MonitoringProperties monitoring) {
        this.jdbc = jdbc;
        this.ttlNanos = monitoring.metricsCache().toNanos();
    }

    /** The partition step names whose last success is read ({@code order-export:eu-shop}, ...). */
    void watchPartitionSteps(List<String> names) {
        partitionSteps = List.copyOf(names);
    }

    synchronized Snapshot current() {
        long now = System.nanoTime();
        if (last == null || now - readAt >= ttlNanos) {
            try {
                last = read();
            } catch (RuntimeException e) {
                log.warn("Cannot read the ledger's figures for the metrics: {}", e.getMessage());
                last = last == null ? Snapshot.EMPTY : last;
            }
            readAt = now;
        }
        return last;
    }

    private Snapshot read() {
        Map<String, Long> orders = new HashMap<>();
        jdbc.query(HELD_ORDERS, rs -> {
            orders.put(rs.getString(1) + "/" + rs.getString(2) + "/" + HELD, rs.getLong(3));
        });
        jdbc.query(EXPORTED_ORDERS, rs -> {
            orders.put(rs.getString(1) + "/" + rs.getString(2) + "/" + EXPORTED, rs.getLong(3));
        });
        Map<String, Long> outbound = new HashMap<>();
        jdbc.query(OUTBOUND_FILES, rs -> {
            outbound.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4));
        });
        Map<String, Long> inbound = new HashMap<>();
        jdbc.query(INBOUND_FILES, rs -> {
            inbound.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        Map<String, LocalDateTime> oldest = new HashMap<>();
        jdbc.query(OLDEST_UNACKNOWLEDGED, rs -> {
            oldest.put(rs.getString(1) + "/" + rs.getString(2), rs.getTimestamp(3).toLocalDateTime());
        });
        Map<String, LocalDateTime> lastSuccess = new HashMap<>();
        for (String step : partitionSteps) {
            Timestamp end = jdbc.queryForObject(LAST_SUCCESS, Timestamp.class, step);
            if (end != null) {
                lastSuccess.put(step, end.toLocalDateTime());
            }
        }
        return new Snapshot(orders, outbound, inbound, oldest, lastSuccess);
    }
}

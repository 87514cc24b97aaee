package io.cartbridge.agent.web.pages;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overview's three numbers, each one COUNT on the database rather than a list read into memory (a large
 * history stays fast): orders held now, files rejected (sent ones the warehouse rejected, received ones the agent
 * rejected) and job executions failed, the last two over the last 24 hours.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DashboardCounts {

    /** @param since the start of the 24 hours the last two count */
    record Counts(long heldOrders, long rejectedFiles, long failedExecutions, LocalDateTime since) {
    }

    private final JdbcTemplate jdbc;

    DashboardCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts now() {
        LocalDateTime since = LocalDateTime.now().minusHours(24).withNano(0);
        Timestamp t = Timestamp.valueOf(since);
        long held = count("SELECT COUNT(*) FROM cb_order WHERE state = 'HELD'");
        long rejected = count("SELECT COUNT(*) FROM cb_outbound_file WHERE state = 'REJECTED' AND created_at >= ?", t)
                + count("SELECT COUNT(*) FROM cb_inbound_file WHERE state = 'REJECTED' AND received_at >= ?", t);
        long failed = count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED' AND START_TIME >= ?", t);
        return new Counts(held, rejected, failed, since);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

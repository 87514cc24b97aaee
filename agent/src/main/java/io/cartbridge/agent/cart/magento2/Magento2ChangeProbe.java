package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.cart.ChangeProbe;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The latest change to Magento's orders to send: the newest {@code updated_at} of the orders in state
 * {@code processing} with a configured status, their number and the sum of their ids. Magento saves an order (and its
 * {@code updated_at}) when it is invoiced or its status changes, after it was created; count and id sum catch an order
 * that leaves the state, or two changes in one second. It runs on the {@code SALES_ORDER_STATE} index Magento declares,
 * whose range holds the orders being processed.
 */
final class Magento2ChangeProbe implements ChangeProbe {

    /** {@code %s}: one bound placeholder per status. */
    private static final String LATEST = """
            SELECT CONCAT_WS('|', MAX(updated_at), COUNT(*), SUM(entity_id))
            FROM {sales_order} WHERE state = 'processing' AND status IN (%s)""";

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<String> statuses;

    Magento2ChangeProbe(JdbcTemplate jdbc, Magento2Tables tables, List<String> statuses) {
        this.jdbc = jdbc;
        this.sql = tables.sql(LATEST).formatted(SqlRows.placeholders(statuses.size()));
        this.statuses = new ArrayList<>(statuses);
    }

    @Override
    public String latest() {
        return String.valueOf(jdbc.queryForObject(sql, String.class, statuses.toArray()));
    }
}

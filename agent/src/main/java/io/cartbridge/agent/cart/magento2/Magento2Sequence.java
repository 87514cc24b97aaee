package io.cartbridge.agent.cart.magento2;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The next increment id of a sales entity of a store, as Magento's {@code SalesSequence\Model\Sequence::getNextValue()}
 * makes it: a row inserted into the store's sequence table ({@code sequence_shipment_1}, named in
 * {@code sales_sequence_meta}), and its auto-increment value formatted with the active profile of
 * {@code sales_sequence_profile}: prefix, {@code (value - start) * step + start} padded to nine digits, suffix
 * ({@code "%s%'.09d%s"}). A value taken in a transaction that rolls back is lost, as it is in Magento.
 */
final class Magento2Sequence {

    private static final String PROFILE = """
            SELECT m.sequence_table, p.prefix, p.suffix, p.start_value, p.step
            FROM {sales_sequence_meta} m
            JOIN {sales_sequence_profile} p ON p.meta_id = m.meta_id AND p.is_active = 1
            WHERE m.entity_type = ? AND m.store_id = ?""";

    private final JdbcTemplate jdbc;
    private final String profileSql;

    Magento2Sequence(JdbcTemplate jdbc, Magento2Tables tables) {
        this.jdbc = jdbc;
        this.profileSql = tables.sql(PROFILE);
    }

    /** The next increment id of {@code entityType} ({@code shipment}) in {@code storeId}. */
    String next(String entityType, int storeId) {
        List<Map<String, Object>> rows = jdbc.queryForList(profileSql, entityType, storeId);
        if (rows.isEmpty()) {
            throw new IllegalStateException("Magento has no active " + entityType + " sequence for store " + storeId
                    + " (sales_sequence_meta / sales_sequence_profile)");
        }
        Map<String, Object> profile = rows.get(0);
        String table = Magento2Tables.checkedName((String) profile.get("sequence_table"));
        jdbc.update("INSERT INTO " + table + " () VALUES ()");
        long value = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        long start = ((Number) profile.get("start_value")).longValue();
        long step = ((Number) profile.get("step")).longValue();
        return format((String) profile.get("prefix"), (value - start) * step + start, (String) profile.get("suffix"));
    }

    /** PHP's {@code sprintf("%s%'.09d%s", ...)}: the number padded with zeros to nine digits. */
    static String format(String prefix, long number, String suffix) {
        return (prefix == null ? "" : prefix) + String.format("%09d", number) + (suffix == null ? "" : suffix);
    }
}

package io.cartbridge.agent.cart.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A configured query's columns by their contract names (labels, case-insensitive), so that a statement may put them in
 * any order and leave out the optional ones: an absent column reads as {@code null}.
 */
final class SqlColumns {

    private final Map<String, Integer> index = new HashMap<>();

    private SqlColumns(ResultSetMetaData meta) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            index.putIfAbsent(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** What is done with each row of a configured query. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs, SqlColumns columns) throws SQLException;
    }

    /** Runs a configured query and hands each row to {@code reader}, its columns looked up once. */
    static void forEach(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource params, RowReader reader) {
        jdbc.query(sql, params, (ResultSetExtractor<Void>) rs -> {
            SqlColumns columns = new SqlColumns(rs.getMetaData());
            while (rs.next()) {
                reader.read(rs, columns);
            }
            return null;
        });
    }

    /** The value as trimmed text; {@code null} when the column is absent, NULL or blank. */
    String text(ResultSet rs, String column) throws SQLException {
        Integer i = index.get(column);
        String value = i == null ? null : rs.getString(i);
        return value == null || value.isBlank() ? null : value.strip();
    }

    BigDecimal number(ResultSet rs, String column) throws SQLException {
        Integer i = index.get(column);
        return i == null ? null : rs.getBigDecimal(i);
    }

    LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Integer i = index.get(column);
        Timestamp value = i == null ? null : rs.getTimestamp(i);
        return value == null ? null : value.toLocalDateTime();
    }

    /** A boolean column; absent or NULL reads as {@code fallback}. */
    boolean flag(ResultSet rs, String column, boolean fallback) throws SQLException {
        Integer i = index.get(column);
        if (i == null) {
            return fallback;
        }
        boolean value = rs.getBoolean(i);
        return rs.wasNull() ? fallback : value;
    }

    /** Every column's value as text, joined by {@code |}: a row compared as a whole. */
    String all(ResultSet rs) throws SQLException {
        StringBuilder joined = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            joined.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        return joined.toString();
    }
}

package io.cartbridge.agent.cart.sql;

import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.cart.ChangeProbe;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The configured {@code change-probe} query: its first row, all columns, compared as a whole. */
final class SqlChangeProbe implements ChangeProbe {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;

    SqlChangeProbe(NamedParameterJdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public String latest() {
        List<String> rows = new ArrayList<>();
        SqlColumns.forEach(jdbc, sql, EmptySqlParameterSource.INSTANCE, (rs, c) -> {
            if (rows.isEmpty()) {
                rows.add(c.all(rs));
            }
        });
        return rows.isEmpty() ? "" : rows.get(0);
    }
}

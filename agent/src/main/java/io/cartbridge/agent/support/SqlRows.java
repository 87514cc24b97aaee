package io.cartbridge.agent.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Placeholders for statements over many rows: an {@code IN} list, or the {@code VALUES} of a multi-row insert. The values
 * themselves are always bound, never inlined.
 */
public final class SqlRows {

    /** Rows a multi-row statement carries at most. */
    public static final int BLOCK = 1000;

    private SqlRows() {
    }

    /** {@return {@code ?, ?, ?}, one placeholder per value} */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * Runs a multi-row statement over the rows, {@value #BLOCK} rows a statement: {@code sql}'s {@code %s} becomes one
     * {@code (?, ?, ...)} group per row, as many placeholders as the first row has values.
     */
    public static void update(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BLOCK) {
            List<Object[]> block = rows.subList(from, Math.min(rows.size(), from + BLOCK));
            int width = block.get(0).length;
            List<Object> args = new ArrayList<>(block.size() * width);
            for (Object[] row : block) {
                args.addAll(Arrays.asList(row));
            }
            String group = "(" + placeholders(width) + ")";
            jdbc.update(sql.formatted(String.join(", ", Collections.nCopies(block.size(), group))), args.toArray());
        }
    }
}

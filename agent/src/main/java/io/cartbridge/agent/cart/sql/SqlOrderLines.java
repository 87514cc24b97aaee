package io.cartbridge.agent.cart.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartOrderLine;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The configured {@code order-lines} statement: the lines that need shipping of some orders, read for the export, for
 * the units promised to orders and for the state of an order a shipment is applied to.
 */
final class SqlOrderLines {

    /** Orders per execution of the statement, so that an {@code IN} list stays a reasonable size. */
    static final int CHUNK = 500;
    /** The key of units on lines without a SKU, in {@link #unitsBySku}. */
    static final String NO_SKU = "";

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;
    private final SqlOrderIds ids;

    SqlOrderLines(NamedParameterJdbcTemplate jdbc, String sql, SqlOrderIds ids) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.ids = ids;
    }

    /** Order id → its lines, numbered from 1 in the order the statement returned them. */
    Map<String, List<CartOrderLine>> lines(Collection<String> orderIds) {
        Map<String, List<CartOrderLine>> lines = new HashMap<>();
        List<Object> bound = ids.bindAll(orderIds);
        for (int from = 0; from < bound.size(); from += CHUNK) {
            SqlParams params = ids.params().set("order_ids", bound.subList(from, Math.min(bound.size(), from + CHUNK)));
            SqlColumns.forEach(jdbc, sql, params, (rs, c) -> {
                List<CartOrderLine> orderLines = lines.computeIfAbsent(c.text(rs, "order_id"), k -> new ArrayList<>());
                orderLines.add(new CartOrderLine(orderLines.size() + 1, c.text(rs, "product_id"), c.text(rs, "sku"),
                        c.text(rs, "gtin"), c.text(rs, "name"), c.number(rs, "quantity")));
            });
        }
        return lines;
    }

    /** Order id → SKU → units, lines of one SKU summed; lines without a SKU under {@link #NO_SKU}. */
    Map<String, Map<String, BigDecimal>> unitsBySku(Collection<String> orderIds) {
        Map<String, Map<String, BigDecimal>> units = new HashMap<>();
        lines(orderIds).forEach((orderId, orderLines) -> {
            Map<String, BigDecimal> bySku = new LinkedHashMap<>();
            for (CartOrderLine line : orderLines) {
                if (line.quantity() != null) {
                    bySku.merge(line.sku() == null ? NO_SKU : line.sku(), line.quantity(), BigDecimal::add);
                }
            }
            units.put(orderId, bySku);
        });
        return units;
    }
}

package io.cartbridge.agent.cart.prestashop;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lines of PrestaShop orders that need shipping, from {@code order_detail}: the reference as it was at order time
 * (the combination's when the line has one, since PrestaShop copies it there), the quantity less what was refunded and
 * returned, and no line of a virtual product (a product since deleted from the catalog counts as physical).
 */
final class PrestaShopOrderLines {

    /** The key of units on lines without a reference, in {@link #unitsBySku}. */
    static final String NO_SKU = "";

    /** {@code %s}: one bound placeholder per order id. */
    private static final String LINES = """
            SELECT d.id_order, d.id_order_detail, d.product_id, d.product_attribute_id, d.product_name,
                   d.product_reference, d.product_ean13, d.product_upc,
                   d.product_quantity - d.product_quantity_refunded - d.product_quantity_return AS quantity
            FROM ps_order_detail d
            LEFT JOIN ps_product p ON p.id_product = d.product_id
            WHERE d.id_order IN (%s) AND COALESCE(p.is_virtual, 0) = 0
            ORDER BY d.id_order, d.id_order_detail""";

    /** One line that needs shipping. */
    record Line(long orderId, long productId, long combinationId, String name, String sku, String gtin, BigDecimal quantity) {
    }

    private final JdbcTemplate jdbc;
    private final String linesSql;

    PrestaShopOrderLines(JdbcTemplate jdbc, PrestaShopTables tables) {
        this.jdbc = jdbc;
        this.linesSql = tables.sql(LINES);
    }

    /** Order id → its lines with units left to ship, in line order. */
    Map<Long, List<Line>> lines(Collection<Long> orderIds) {
        Map<Long, List<Line>> lines = new HashMap<>();
        if (orderIds.isEmpty()) {
            return lines;
        }
        jdbc.query(linesSql.formatted(SqlRows.placeholders(orderIds.size())), rs -> {
            BigDecimal quantity = rs.getBigDecimal(9);
            if (quantity == null || quantity.signum() <= 0) {
                return;
            }
            String ean = gtin(rs.getString(7));
            Line line = new Line(rs.getLong(1), rs.getLong(3), rs.getLong(4), rs.getString(5), blankToNull(rs.getString(6)),
                    ean != null ? ean : gtin(rs.getString(8)), quantity);
            lines.computeIfAbsent(line.orderId(), k -> new ArrayList<>()).add(line);
        }, orderIds.toArray());
        return lines;
    }

    /** Order id → SKU → units left to ship, lines of one SKU summed; lines without a reference under {@link #NO_SKU}. */
    Map<Long, Map<String, BigDecimal>> unitsBySku(Collection<Long> orderIds) {
        Map<Long, Map<String, BigDecimal>> units = new HashMap<>();
        lines(orderIds).forEach((orderId, lines) -> {
            Map<String, BigDecimal> bySku = new LinkedHashMap<>();
            for (Line line : lines) {
                bySku.merge(line.sku() == null ? NO_SKU : line.sku(), line.quantity(), BigDecimal::add);
            }
            units.put(orderId, bySku);
        });
        return units;
    }

    /** A GTIN is 8, 12, 13 or 14 digits; anything else in the field is not used as one. */
    private static String gtin(String value) {
        String v = blankToNull(value);
        return v != null && v.matches("\\d{8}|\\d{12,14}") ? v : null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

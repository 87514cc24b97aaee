package io.cartbridge.agent.cart.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.edi.model.Address;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Paid orders from the configured {@code orders} statement, a page at a time, with their lines from
 * {@code order-lines}. The cursor is the last order's {@code order_id}: the statement is given it as {@code :after}
 * (below every id on the first page) and must return the orders after it, ascending by that unique key, at most
 * {@code :limit}. The ship-to address is made of the {@code ship_*} columns; an order whose {@code ship_address1} is
 * empty has none (and is held by the core).
 */
final class SqlOrderSource implements OrderSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final String ordersSql;
    private final SqlOrderIds ids;
    private final SqlOrderLines lines;

    SqlOrderSource(NamedParameterJdbcTemplate jdbc, String ordersSql, SqlOrderIds ids, SqlOrderLines lines) {
        this.jdbc = jdbc;
        this.ordersSql = ordersSql;
        this.ids = ids;
        this.lines = lines;
    }

    @Override
    public List<CartOrder> page(String afterCursor, int limit) {
        SqlParams params = ids.params()
                .set("after", afterCursor == null ? ids.first() : ids.after(afterCursor))
                .set("limit", limit);
        List<CartOrder> headers = new ArrayList<>();
        SqlColumns.forEach(jdbc, ordersSql, params, (rs, c) -> {
            String id = c.text(rs, "order_id");
            String number = c.text(rs, "order_number");
            headers.add(new CartOrder(id, id, number == null ? id : number, c.time(rs, "created"), address(c, rs),
                    c.text(rs, "shipping_method"), c.text(rs, "customer_note"), List.of()));
        });
        if (headers.isEmpty()) {
            return headers;
        }
        Map<String, List<CartOrderLine>> byOrder =
                lines.lines(headers.stream().map(CartOrder::cartOrderId).toList());
        List<CartOrder> orders = new ArrayList<>(headers.size());
        for (CartOrder h : headers) {
            orders.add(new CartOrder(h.cursor(), h.cartOrderId(), h.orderNumber(), h.created(), h.shipTo(),
                    h.shippingMethod(), h.customerNote(), byOrder.getOrDefault(h.cartOrderId(), List.of())));
        }
        return orders;
    }

    @Override
    public Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds) {
        Map<String, Map<String, BigDecimal>> units = new HashMap<>();
        lines.unitsBySku(cartOrderIds).forEach((orderId, bySku) -> {
            Map<String, BigDecimal> withSku = new HashMap<>(bySku);
            withSku.remove(SqlOrderLines.NO_SKU);
            units.put(orderId, withSku);
        });
        return units;
    }

    private static Address address(SqlColumns c, ResultSet rs) throws SQLException {
        String line1 = c.text(rs, "ship_address1");
        if (line1 == null) {
            return null;
        }
        return new Address(c.text(rs, "ship_name"), c.text(rs, "ship_company"), line1, c.text(rs, "ship_address2"),
                c.text(rs, "ship_city"), c.text(rs, "ship_state"), c.text(rs, "ship_postcode"), c.text(rs, "ship_country"),
                c.text(rs, "ship_phone"), c.text(rs, "ship_email"));
    }
}

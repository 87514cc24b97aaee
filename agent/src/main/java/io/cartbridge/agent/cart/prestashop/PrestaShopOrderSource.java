package io.cartbridge.agent.cart.prestashop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.NumericOrderIds;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.edi.model.Address;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paid PrestaShop orders of one shop, a page at a time: those whose current state is flagged {@code paid} and not
 * {@code shipped} in {@code order_state} (whatever the shop's state ids are), with the delivery address as the order
 * points to it (a row the customer has since deleted is only flagged {@code deleted}, and still read), its country and
 * state ISO codes, and the carrier's {@code id_reference} as the shipping method (it stays the same across the
 * versions PrestaShop makes of a carrier when it is edited). The order number is {@code id_order}, unique in the shop;
 * the customer-facing {@code reference}, shared by the orders split from one cart, travels beside it as the order's
 * customer reference. The cursor is {@code id_order}.
 */
final class PrestaShopOrderSource implements OrderSource {

    private static final String ORDERS = """
            SELECT o.id_order, o.reference, o.date_add,
                   a.firstname, a.lastname, a.company, a.address1, a.address2, a.city, st.iso_code AS state,
                   a.postcode, co.iso_code AS country, a.phone, a.phone_mobile, cu.email, ca.id_reference
            FROM ps_orders o
            JOIN ps_order_state os ON os.id_order_state = o.current_state AND os.paid = 1 AND os.shipped = 0
            LEFT JOIN ps_address a ON a.id_address = o.id_address_delivery
            LEFT JOIN ps_country co ON co.id_country = a.id_country
            LEFT JOIN ps_state st ON st.id_state = a.id_state
            LEFT JOIN ps_customer cu ON cu.id_customer = o.id_customer
            LEFT JOIN ps_carrier ca ON ca.id_carrier = o.id_carrier
            WHERE o.id_order > ? AND o.id_shop = ?
            ORDER BY o.id_order
            LIMIT ?""";

    private final JdbcTemplate jdbc;
    private final String ordersSql;
    private final int shopId;
    private final PrestaShopOrderLines lines;

    PrestaShopOrderSource(JdbcTemplate jdbc, PrestaShopTables tables, int shopId) {
        this.jdbc = jdbc;
        this.ordersSql = tables.sql(ORDERS);
        this.shopId = shopId;
        this.lines = new PrestaShopOrderLines(jdbc, tables);
    }

    @Override
    public List<CartOrder> page(String afterCursor, int limit) {
        long after = afterCursor == null ? 0 : orderId(afterCursor);
        List<Header> headers = jdbc.query(ordersSql, PrestaShopOrderSource::header, after, shopId, limit);
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PrestaShopOrderLines.Line>> linesByOrder = lines.lines(headers.stream().map(Header::id).toList());
        List<CartOrder> orders = new ArrayList<>(headers.size());
        for (Header h : headers) {
            List<CartOrderLine> orderLines = new ArrayList<>();
            for (PrestaShopOrderLines.Line line : linesByOrder.getOrDefault(h.id(), List.of())) {
                String productId = line.combinationId() > 0 ? line.productId() + "-" + line.combinationId()
                        : Long.toString(line.productId());
                orderLines.add(new CartOrderLine(orderLines.size() + 1, productId, line.sku(), line.gtin(), line.name(),
                        line.quantity()));
            }
            String id = Long.toString(h.id());
            orders.add(new CartOrder(id, id, id, h.created(), h.shipTo(), h.carrierReference(), null, orderLines,
                    PrestaShopOrderLines.blankToNull(h.reference())));
        }
        return orders;
    }

    @Override
    public Map<String, Map<String, BigDecimal>> orderedUnits(Collection<String> cartOrderIds) {
        Map<String, Map<String, BigDecimal>> units = new HashMap<>();
        lines.unitsBySku(orderIds(cartOrderIds)).forEach((orderId, bySku) -> {
            Map<String, BigDecimal> withSku = new HashMap<>(bySku);
            withSku.remove(PrestaShopOrderLines.NO_SKU);
            units.put(Long.toString(orderId), withSku);
        });
        return units;
    }

    /** The ids that are PrestaShop order ids; anything else names no order. */
    static Set<Long> orderIds(Collection<String> cartOrderIds) {
        return NumericOrderIds.of(cartOrderIds);
    }

    private static long orderId(String cursor) {
        return NumericOrderIds.cursor(cursor, "PrestaShop");
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        String line1 = PrestaShopOrderLines.blankToNull(rs.getString(7));
        Address shipTo = null;
        if (line1 != null) {
            String name = (nullToEmpty(rs.getString(4)) + " " + nullToEmpty(rs.getString(5))).trim();
            String phone = PrestaShopOrderLines.blankToNull(rs.getString(13));
            shipTo = new Address(PrestaShopOrderLines.blankToNull(name), PrestaShopOrderLines.blankToNull(rs.getString(6)),
                    line1, PrestaShopOrderLines.blankToNull(rs.getString(8)), PrestaShopOrderLines.blankToNull(rs.getString(9)),
                    PrestaShopOrderLines.blankToNull(rs.getString(10)), PrestaShopOrderLines.blankToNull(rs.getString(11)),
                    PrestaShopOrderLines.blankToNull(rs.getString(12)),
                    phone != null ? phone : PrestaShopOrderLines.blankToNull(rs.getString(14)),
                    PrestaShopOrderLines.blankToNull(rs.getString(15)));
        }
        Timestamp created = rs.getTimestamp(3);
        long carrier = rs.getLong(16);
        return new Header(rs.getLong(1), rs.getString(2), created == null ? null : created.toLocalDateTime(), shipTo,
                rs.wasNull() || carrier == 0 ? null : Long.toString(carrier));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    private record Header(long id, String reference, LocalDateTime created, Address shipTo, String carrierReference) {
    }
}

package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.cart.OrderSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * WooCommerce on MariaDB: orders in HPOS tables ({@code wc_orders}) or legacy posts storage,
 * order lines in {@code woocommerce_order_items}, notes as {@code order_note} comments.
 */
public final class WooCommercePlugin implements CartPlugin {

    private final JdbcTemplate jdbc;
    private final WooCommerceTables tables;
    private final boolean hpos;

    /**
     * @param tablePrefix an already validated identifier prefix such as {@code wp_}
     * @param storage     {@code hpos} or {@code posts}
     */
    public WooCommercePlugin(JdbcTemplate jdbc, String tablePrefix, String storage) {
        this.jdbc = jdbc;
        this.tables = new WooCommerceTables(tablePrefix);
        this.hpos = !"posts".equals(storage);
    }

    @Override
    public OrderSource orderSource(int pageSize) {
        return new WooCommerceOrderSource(jdbc, tables, hpos, pageSize);
    }

    @Override
    public OrderNotes orderNotes() {
        return new WooCommerceOrderNotes(jdbc, tables);
    }
}

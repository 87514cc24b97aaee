package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.cart.ChangeProbe;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The latest change to WooCommerce's paid orders ({@code wc-processing}): the newest update time, the number of
 * them and the sum of their ids. The update time ({@code date_updated_gmt}, {@code post_modified_gmt}) moves when an
 * order is paid, which is after it was created: its id would not. Count and id sum catch an order that leaves
 * the paid status, or one paid in the same second as the newest change. Both run on an index WooCommerce has:
 * {@code type_status_date} of {@code wc_orders} and of {@code posts}, whose range holds only the unshipped paid
 * orders.
 */
final class WooCommerceChangeProbe implements ChangeProbe {

    private static final String HPOS = """
            SELECT CONCAT_WS('|', MAX(date_updated_gmt), COUNT(*), SUM(id))
            FROM wp_wc_orders WHERE type = 'shop_order' AND status = 'wc-processing'""";

    private static final String POSTS = """
            SELECT CONCAT_WS('|', MAX(post_modified_gmt), COUNT(*), SUM(ID))
            FROM wp_posts WHERE post_type = 'shop_order' AND post_status = 'wc-processing'""";

    private final JdbcTemplate jdbc;
    private final String sql;

    WooCommerceChangeProbe(JdbcTemplate jdbc, WooCommerceTables tables, boolean hpos) {
        this.jdbc = jdbc;
        this.sql = tables.sql(hpos ? HPOS : POSTS);
    }

    @Override
    public String latest() {
        return String.valueOf(jdbc.queryForObject(sql, String.class));
    }
}

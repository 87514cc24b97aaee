package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table plugin (HPOS) against a real WooCommerce 10.5 installed and seeded by {@code tools/real-carts/woocommerce}
 * (setup.sh, seed.php: products and orders made through WooCommerce's own PHP API). Runs only when
 * {@code CARTBRIDGE_TEST_WOOCOMMERCE_DB_URL} names its database (or a copy of it, e.g.
 * {@code jdbc:mariadb://127.0.0.1:3306/realwoo}, user root); it ships the seeded two-item order and sets stock, so it
 * changes that shop.
 */
@EnabledIfEnvironmentVariable(named = "CARTBRIDGE_TEST_WOOCOMMERCE_DB_URL", matches = ".+")
class WooCommerceRealShopIT {

    private static HikariDataSource dataSource() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_DB_URL"));
        ds.setUsername(System.getenv().getOrDefault("CARTBRIDGE_TEST_WOOCOMMERCE_DB_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("CARTBRIDGE_TEST_WOOCOMMERCE_DB_PASSWORD", ""));
        return ds;
    }

    @Test
    void theOrdersPlacedThroughWooCommerceAreReadAndOneIsShippedAndItsStockSet() {
        try (HikariDataSource ds = dataSource()) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            WooCommercePlugin plugin = new WooCommercePlugin(jdbc, "wp_", "hpos", "cartbridge.stores.real");
            assertThat(plugin.missingTables()).isNull();

            List<CartOrder> orders = plugin.orderSource().page(null, 100);
            // the order awaiting payment is never read
            assertThat(orders).allSatisfy(o -> assertThat(o.lines()).noneMatch(l -> "CB-SHIRT-S".equals(l.sku())));
            CartOrder umlaut = orders.stream().filter(o -> o.lines().size() == 1 && "CB-MUG".equals(o.lines().get(0).sku()))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(umlaut.lines().get(0).quantity()).isEqualByComparingTo("2");
            assertThat(umlaut.shippingMethod()).isEqualTo("flat_rate");
            assertThat(umlaut.shipTo().name()).matches(".*[^\\x00-\\x7F].*");
            CartOrder twoItems = orders.stream().filter(o -> o.lines().size() == 2).reduce((a, b) -> b).orElseThrow();
            assertThat(twoItems.lines().stream().collect(Collectors.toMap(CartOrderLine::sku, l -> l.quantity().intValue())))
                    .isEqualTo(Map.of("CB-MUG", 1, "CB-SHIRT-M", 2));

            ShipmentResult result = OrderShipments.apply(plugin, List.of(new ShipmentUpdate(twoItems.cartOrderId(),
                    "REAL-" + twoItems.cartOrderId(), LocalDate.now(), "UPSN", List.of("1ZREAL" + twoItems.cartOrderId()),
                    List.of(new Line("CB-MUG", BigDecimal.ONE, null, null), new Line("CB-SHIRT-M", BigDecimal.valueOf(2), null, null)))))
                    .get(0);

            assertThat(result.orderComplete()).isTrue();
            assertThat(jdbc.queryForObject("SELECT status FROM wp_wc_orders WHERE id = ?", String.class,
                    Long.parseLong(twoItems.cartOrderId()))).isEqualTo("wc-completed");
            assertThat(plugin.orderSource().page(null, 100)).extracting(CartOrder::cartOrderId).doesNotContain(twoItems.cartOrderId());

            var levels = List.of(new StockLevel("CB-SHIRT-S", BigDecimal.valueOf(20)), new StockLevel("CB-MUG", BigDecimal.valueOf(30)));
            assertThat(plugin.inventorySink().apply(levels).changed()).isEqualTo(2);
            assertThat(plugin.inventorySink().apply(levels).unchanged()).isEqualTo(2);
            assertThat(jdbc.queryForList("""
                    SELECT CONCAT(p.sku, '=', CAST(p.stock_quantity AS SIGNED)) FROM wp_wc_product_meta_lookup p
                    WHERE p.sku IN ('CB-SHIRT-S', 'CB-MUG') ORDER BY p.sku""", String.class))
                    .containsExactly("CB-MUG=30", "CB-SHIRT-S=20");
        }
    }
}

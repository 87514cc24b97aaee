package io.cartbridge.agent.cart.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.CartOrderLine;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plugin against a real PrestaShop 8.1.2 installed and seeded by {@code tools/real-carts/prestashop} (setup.sh,
 * seed.php: orders placed through PrestaShop's own Cart and PaymentModule::validateOrder). Runs only when
 * {@code CARTBRIDGE_TEST_PRESTASHOP_URL} names its database (e.g. {@code jdbc:mariadb://127.0.0.1:3306/realps}, user
 * root); it ships the seeded paid order, so it changes that shop.
 */
@EnabledIfEnvironmentVariable(named = "CARTBRIDGE_TEST_PRESTASHOP_URL", matches = ".+")
class PrestaShopRealShopIT {

    @Test
    void theOrderPaidThroughPrestaShopIsReadAndShippedAsTheBackOfficeWould() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(System.getenv("CARTBRIDGE_TEST_PRESTASHOP_URL"));
        ds.setUsername(System.getenv().getOrDefault("CARTBRIDGE_TEST_PRESTASHOP_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("CARTBRIDGE_TEST_PRESTASHOP_PASSWORD", ""));
        try (ds) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            PrestaShopPlugin plugin = new PrestaShopPlugin(jdbc, "ps_", new PrestaShopProperties(null, null, null),
                    "cartbridge.stores.real");
            assertThat(plugin.missingTables()).isNull();

            List<CartOrder> orders = plugin.orderSource().page(null, 100);
            CartOrder paid = orders.stream().filter(o -> o.lines().stream().anyMatch(l -> "CB-MUG".equals(l.sku())))
                    .reduce((a, b) -> b).orElseThrow();
            // the order awaiting a bank wire is not paid: never read
            assertThat(orders).allSatisfy(o -> assertThat(o.lines()).noneMatch(l -> "CB-SHIRT-S".equals(l.sku())));
            assertThat(paid.lines().stream().collect(Collectors.toMap(CartOrderLine::sku, l -> l.quantity().intValue())))
                    .isEqualTo(Map.of("CB-MUG", 2, "CB-SHIRT-M", 1));
            assertThat(paid.shipTo().name()).isEqualTo("Jürgen Müller-Öztürk");
            assertThat(paid.shipTo().country()).isEqualTo("US");
            assertThat(paid.shipTo().state()).isEqualTo("NY");
            assertThat(paid.shippingMethod()).isNotNull();
            long shippedState = Long.parseLong(jdbc.queryForObject(
                    "SELECT value FROM ps_configuration WHERE name = 'PS_OS_SHIPPING' AND id_shop IS NULL", String.class));

            ShipmentResult result = OrderShipments.apply(plugin, List.of(new ShipmentUpdate(paid.cartOrderId(),
                    "REAL-" + paid.cartOrderId(), LocalDate.now(), "UPS", List.of("1ZREAL" + paid.cartOrderId()),
                    List.of(new Line("CB-MUG", BigDecimal.valueOf(2), null, null),
                            new Line("CB-SHIRT-M", BigDecimal.ONE, null, null))))).get(0);

            assertThat(result.orderComplete()).isTrue();
            assertThat(jdbc.queryForObject("SELECT current_state FROM ps_orders WHERE id_order = ?", Long.class,
                    Long.parseLong(paid.cartOrderId()))).isEqualTo(shippedState);
            assertThat(jdbc.queryForObject("SELECT tracking_number FROM ps_order_carrier WHERE id_order = ?", String.class,
                    Long.parseLong(paid.cartOrderId()))).isEqualTo("1ZREAL" + paid.cartOrderId());
            assertThat(plugin.orderSource().page(null, 100)).extracting(CartOrder::cartOrderId).doesNotContain(paid.cartOrderId());
        }
    }

    @Test
    void stockIsSetOnTheCombinationAndTheProductRowFollows() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(System.getenv("CARTBRIDGE_TEST_PRESTASHOP_URL"));
        ds.setUsername(System.getenv().getOrDefault("CARTBRIDGE_TEST_PRESTASHOP_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("CARTBRIDGE_TEST_PRESTASHOP_PASSWORD", ""));
        try (ds) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            PrestaShopPlugin plugin = new PrestaShopPlugin(jdbc, "ps_", new PrestaShopProperties(null, null, null),
                    "cartbridge.stores.real");
            var levels = List.of(new io.cartbridge.agent.cart.InventorySink.StockLevel("CB-SHIRT-S", BigDecimal.valueOf(20)),
                    new io.cartbridge.agent.cart.InventorySink.StockLevel("CB-SHIRT", BigDecimal.valueOf(99)));

            var result = plugin.inventorySink().apply(levels);
            plugin.inventorySink().apply(levels);

            assertThat(result.unmanagedSkus()).containsExactly("CB-SHIRT");
            String combination = jdbc.queryForObject("""
                    SELECT CONCAT(s.quantity, '/', s.physical_quantity - s.reserved_quantity) FROM ps_stock_available s
                    JOIN ps_product_attribute pa ON pa.id_product_attribute = s.id_product_attribute
                    WHERE pa.reference = 'CB-SHIRT-S'""", String.class);
            assertThat(combination).isEqualTo("20/20");
            Long product = jdbc.queryForObject("""
                    SELECT s.quantity - (SELECT SUM(c.quantity) FROM ps_stock_available c
                                         WHERE c.id_product = s.id_product AND c.id_product_attribute > 0)
                    FROM ps_stock_available s JOIN ps_product p ON p.id_product = s.id_product
                    WHERE p.reference = 'CB-SHIRT' AND s.id_product_attribute = 0""", Long.class);
            assertThat(product).isZero();
        }
    }
}

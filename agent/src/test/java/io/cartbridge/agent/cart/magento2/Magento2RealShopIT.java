package io.cartbridge.agent.cart.magento2;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
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
import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plugin against a real Magento Open Source 2.4.6 with MSI, installed and seeded by {@code tools/real-carts/magento}
 * (setup.sh, seed.php: a guest order placed through Magento's own quote and QuoteManagement::submit, invoiced with
 * InvoiceOrderInterface). Runs only when {@code CARTBRIDGE_TEST_MAGENTO2_URL} names its database (e.g.
 * {@code jdbc:mariadb://127.0.0.1:3306/realmage}, user root); it ships the seeded orders (the loop the newest, the
 * other test the newest open one in two shipments) and sets one SKU's stock, so it changes that shop: seed an order
 * for each. Magento's own classes then read the result back ({@code readback.php}).
 */
@EnabledIfEnvironmentVariable(named = "CARTBRIDGE_TEST_MAGENTO2_URL", matches = ".+")
class Magento2RealShopIT {

    private static final String SALABLE = """
            SELECT (SELECT COALESCE(SUM(quantity), 0) FROM inventory_source_item WHERE sku = ? AND status = 1)
                 + (SELECT COALESCE(SUM(quantity), 0) FROM inventory_reservation WHERE sku = ? AND stock_id = 1)""";

    @TempDir
    Path folder;

    /**
     * The whole loop on the real shop: order-export sends its open orders to the sandbox warehouse, whose 945 for the
     * newest one comes back through shipment-import. Run after a fresh {@code seed.php} order.
     */
    @Test
    void theWholeLoopShipsTheNewestOrderPlacedThroughMagento() {
        try (TestAgent agent = new TestAgent(folder)) {
            Map<String, Object> p = new HashMap<>();
            p.put("cartbridge.warehouse.sftp.min-file-age", "0s");
            p.put("cartbridge.cart.platform", "magento2");
            p.put("cartbridge.cart.url", System.getenv("CARTBRIDGE_TEST_MAGENTO2_URL"));
            p.put("cartbridge.cart.username", System.getenv().getOrDefault("CARTBRIDGE_TEST_MAGENTO2_USER", "root"));
            p.put("cartbridge.cart.password", System.getenv().getOrDefault("CARTBRIDGE_TEST_MAGENTO2_PASSWORD", ""));
            p.put("cartbridge.shipping-methods.flatrate_flatrate.carrier", "UPSN");
            p.put("cartbridge.shipping-methods.flatrate_flatrate.service", "GND");
            try (ConfigurableApplicationContext context = agent.start(p)) {
                AdminCommands admin = context.getBean(AdminCommands.class);
                assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
                List<String> sent = agent.sentOrderNumbers();
                assertThat(sent).isNotEmpty();
                String newest = sent.get(sent.size() - 1);
                FromWarehouse.drop(agent, "ship-real.edi", FromWarehouse.shipmentAdvices(800, List.of(
                        List.of("W06*N*" + newest + "*20261202*SHP-REAL-" + newest, "W27*U*UPSN*GROUND", "LX*1",
                                "MAN*CP*1ZLOOP" + newest, "W12*CC*2*2*0*EA**SK*CB-SIMPLE-1",
                                "W12*CC*1*1*0*EA**SK*CB-SIMPLE-2", "W03*3"))));
                assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

                try (HikariDataSource ds = dataSource()) {
                    JdbcTemplate jdbc = new JdbcTemplate(ds);
                    assertThat(jdbc.queryForObject("SELECT CONCAT(state, '/', status) FROM sales_order WHERE increment_id = ?",
                            String.class, newest)).isEqualTo("complete/complete");
                    assertThat(jdbc.queryForObject("""
                            SELECT t.track_number FROM sales_shipment_track t JOIN sales_order o ON o.entity_id = t.order_id
                            WHERE o.increment_id = ?""", String.class, newest)).isEqualTo("1ZLOOP" + newest);
                }
            }
        }
    }

    private static HikariDataSource dataSource() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(System.getenv("CARTBRIDGE_TEST_MAGENTO2_URL"));
        ds.setUsername(System.getenv().getOrDefault("CARTBRIDGE_TEST_MAGENTO2_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("CARTBRIDGE_TEST_MAGENTO2_PASSWORD", ""));
        return ds;
    }

    @Test
    void theOrderPlacedThroughMagentoIsReadShippedInTwoShipmentsAndItsStockSet() {
        try (HikariDataSource ds = dataSource()) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Magento2Plugin plugin = new Magento2Plugin(jdbc, "", new Magento2Properties(null, null, null), "cartbridge.stores.real");
            assertThat(plugin.missingTables()).isNull();
            assertThat(plugin.describe()).startsWith("Magento 2 with MSI");

            CartOrder order = plugin.orderSource().page(null, 1000).stream()
                    .filter(o -> o.lines().stream().anyMatch(l -> "CB-SIMPLE-1".equals(l.sku()))).reduce((a, b) -> b).orElseThrow();
            assertThat(order.lines().stream().collect(Collectors.toMap(CartOrderLine::sku, l -> l.quantity().intValue())))
                    .isEqualTo(Map.of("CB-SIMPLE-1", 2, "CB-SIMPLE-2", 1));
            assertThat(order.shipTo().name()).isEqualTo("Carla Bridge");
            assertThat(order.shippingMethod()).isEqualTo("flatrate_flatrate");
            BigDecimal salable = jdbc.queryForObject(SALABLE, BigDecimal.class, "CB-SIMPLE-1", "CB-SIMPLE-1");

            ShipmentResult first = OrderShipments.apply(plugin, List.of(new ShipmentUpdate(order.cartOrderId(),
                    "REAL-A-" + order.cartOrderId(), LocalDate.now(), "UPSN", List.of("1ZREALA" + order.cartOrderId()),
                    List.of(new Line("CB-SIMPLE-1", BigDecimal.ONE, BigDecimal.ONE, null))))).get(0);
            assertThat(first.orderComplete()).isFalse();
            assertThat(jdbc.queryForObject("SELECT state FROM sales_order WHERE entity_id = ?", String.class,
                    Long.parseLong(order.cartOrderId()))).isEqualTo("processing");

            ShipmentResult rest = OrderShipments.apply(plugin, List.of(new ShipmentUpdate(order.cartOrderId(),
                    "REAL-B-" + order.cartOrderId(), LocalDate.now(), "UPSN", List.of("1ZREALB" + order.cartOrderId()),
                    List.of(new Line("CB-SIMPLE-1", BigDecimal.ONE, null, null),
                            new Line("CB-SIMPLE-2", BigDecimal.ONE, null, null))))).get(0);

            assertThat(rest.orderComplete()).isTrue();
            assertThat(jdbc.queryForObject("SELECT CONCAT(state, '/', status) FROM sales_order WHERE entity_id = ?",
                    String.class, Long.parseLong(order.cartOrderId()))).isEqualTo("complete/complete");
            assertThat(jdbc.queryForObject("SELECT status FROM sales_order_grid WHERE entity_id = ?", String.class,
                    Long.parseLong(order.cartOrderId()))).isEqualTo("complete");
            assertThat(jdbc.queryForObject(SALABLE, BigDecimal.class, "CB-SIMPLE-1", "CB-SIMPLE-1")).isEqualByComparingTo(salable);
            assertThat(plugin.orderSource().page(null, 1000)).extracting(CartOrder::cartOrderId).doesNotContain(order.cartOrderId());

            plugin.inventorySink().apply(List.of(new StockLevel("CB-SIMPLE-2", BigDecimal.valueOf(20))));
            assertThat(jdbc.queryForObject(SALABLE, BigDecimal.class, "CB-SIMPLE-2", "CB-SIMPLE-2")).isEqualByComparingTo("20");
        }
    }
}

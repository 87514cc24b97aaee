package io.cartbridge.agent.cart.magento2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.cart.magento2.api.Magento2Api;
import io.cartbridge.agent.cart.magento2.api.Magento2ApiProperties;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.agent.support.ShopTrust;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The write-back of {@link Magento2ApiWriteBackIT} against a real Magento 2.4, when
 * {@code CARTBRIDGE_TEST_MAGENTO2_API_URL} (https) and {@code CARTBRIDGE_TEST_MAGENTO2_API_TOKEN} (an integration's
 * access token, usable as a Bearer token; see the README) name one, and {@code CARTBRIDGE_TEST_MAGENTO2_URL} its
 * database (orders are read there, as in production; user {@code CARTBRIDGE_TEST_MAGENTO2_USER}, default root);
 * {@code CARTBRIDGE_TEST_MAGENTO2_TRUSTSTORE} (PKCS12, password {@code changeit}) trusts a self-signed local
 * certificate. Skipped otherwise. It ships the newest open order of {@code tools/real-carts/magento/seed.php}
 * (2 × CB-SIMPLE-1, 1 × CB-SIMPLE-2) in two shipments, the first twice, and reads the result back through the API and
 * the database: seed an order for each run.
 */
class Magento2ApiRealShopIT {

    private static final String URL = System.getenv("CARTBRIDGE_TEST_MAGENTO2_API_URL");
    private static final String TOKEN = System.getenv("CARTBRIDGE_TEST_MAGENTO2_API_TOKEN");
    private static final String DB = System.getenv("CARTBRIDGE_TEST_MAGENTO2_URL");

    @Test
    void theNewestOrderShipsInTwoShipmentsThroughTheApiOnceEach() throws Exception {
        assumeTrue(URL != null && !URL.isBlank() && TOKEN != null && !TOKEN.isBlank() && DB != null && !DB.isBlank(),
                "CARTBRIDGE_TEST_MAGENTO2_API_URL, _API_TOKEN and _URL are not all set: no real Magento to test against");
        Magento2ApiProperties settings = new Magento2ApiProperties(URL, TOKEN, 10.0, null, Duration.ofSeconds(120), 3,
                Duration.ofSeconds(1));
        settings.validate("CARTBRIDGE_TEST_MAGENTO2_API");
        Magento2Api api = new Magento2Api(settings, ShopTrust.of(System.getenv("CARTBRIDGE_TEST_MAGENTO2_TRUSTSTORE")));
        DriverManagerDataSource ledgerDs = new DriverManagerDataSource(TestDatabase.create("realmageapi"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(ledgerDs).load().migrate();
        CartCallLedger ledger = CartCallLedger.on(new JdbcTemplate(ledgerDs));
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(DB);
            ds.setUsername(System.getenv().getOrDefault("CARTBRIDGE_TEST_MAGENTO2_USER", "root"));
            ds.setPassword(System.getenv().getOrDefault("CARTBRIDGE_TEST_MAGENTO2_PASSWORD", ""));
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Magento2Plugin plugin = new Magento2Plugin(jdbc, "", new Magento2Properties(null, null, null, settings),
                    "cartbridge.stores.real", new Magento2Plugin.Api(api, "real", ledger));
            CartOrder order = plugin.orderSource().page(null, 1000).stream()
                    .filter(o -> o.lines().stream().anyMatch(l -> "CB-SIMPLE-1".equals(l.sku()))).reduce((a, b) -> b).orElseThrow();
            String id = order.cartOrderId();
            ShipmentUpdate first = new ShipmentUpdate(id, "API-A-" + id, LocalDate.now(), "UPSN", List.of("1ZAPIA" + id),
                    List.of(new Line("CB-SIMPLE-1", BigDecimal.ONE, BigDecimal.ONE, null)));

            assertThat(OrderShipments.apply(plugin, List.of(first)).get(0).outcome()).isEqualTo(Outcome.APPLIED);
            // the same shipment again, the ledger not asked: Magento's shipments say it is there
            Magento2Plugin forgetful = new Magento2Plugin(jdbc, "", new Magento2Properties(null, null, null, settings),
                    "cartbridge.stores.real", new Magento2Plugin.Api(api, "real", CartCalls.NONE));
            assertThat(OrderShipments.apply(forgetful, List.of(first)).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
            assertThat(jdbc.queryForObject("SELECT state FROM sales_order WHERE entity_id = ?", String.class,
                    Long.parseLong(id))).isEqualTo("processing");

            ShipmentResult rest = OrderShipments.apply(plugin, List.of(new ShipmentUpdate(id, "API-B-" + id, LocalDate.now(),
                    "UPSN", List.of("1ZAPIB" + id), List.of(new Line("CB-SIMPLE-1", BigDecimal.ONE, null, null),
                    new Line("CB-SIMPLE-2", BigDecimal.ONE, null, null))))).get(0);

            assertThat(rest.outcome()).isEqualTo(Outcome.APPLIED);
            List<Magento2Api.Shipment> shipments = api.shipments(List.of(Long.parseLong(id)));
            assertThat(shipments).hasSize(2);
            assertThat(shipments).extracting(s -> s.comments().get(0).lines().findFirst().orElseThrow())
                    .containsExactly("Warehouse shipment API-A-" + id, "Warehouse shipment API-B-" + id);
            assertThat(shipments).extracting(Magento2Api.Shipment::tracks)
                    .containsExactly(List.of("1ZAPIA" + id), List.of("1ZAPIB" + id));
            assertThat(jdbc.queryForObject("SELECT CONCAT(state, '/', status, '/', COALESCE(email_sent, 0)) FROM sales_order "
                    + "WHERE entity_id = ?", String.class, Long.parseLong(id))).startsWith("complete/complete");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_shipment WHERE order_id = ? AND email_sent = 1",
                    Integer.class, Long.parseLong(id))).isEqualTo(2);
            assertThat(ledger.of("real", id)).extracting(c -> c.action() + " " + c.state())
                    .containsExactly("ship CONFIRMED", "ship CONFIRMED");
        }
    }
}

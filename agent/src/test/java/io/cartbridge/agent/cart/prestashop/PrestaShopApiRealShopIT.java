package io.cartbridge.agent.cart.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.support.ShopTrust;
import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The webservice write-back against a real PrestaShop 8.1 ({@code shared/tools/real-carts/prestashop}, seeded
 * through its own Cart and PaymentModule::validateOrder, its webservice served over HTTPS). Runs only when
 * {@code CARTBRIDGE_TEST_PRESTASHOP_API_URL} and {@code CARTBRIDGE_TEST_PRESTASHOP_API_KEY} name it (a key with the
 * permissions the README lists, GET on {@code order_histories} too), with {@code CARTBRIDGE_TEST_PRESTASHOP_URL}
 * naming its database (the order lines are read there) and {@code CARTBRIDGE_TEST_PRESTASHOP_TRUSTSTORE} (PKCS12,
 * password {@code changeit}) trusting a self-signed certificate. It ships the seeded paid order, so it changes that
 * shop: the order moves to the shipped state once, with one history row, whatever is run twice.
 */
@EnabledIfEnvironmentVariable(named = "CARTBRIDGE_TEST_PRESTASHOP_API_URL", matches = ".+")
@EnabledIfEnvironmentVariable(named = "CARTBRIDGE_TEST_PRESTASHOP_API_KEY", matches = ".+")
class PrestaShopApiRealShopIT {

    @Test
    void thePaidOrderIsShippedThroughTheWebserviceOnceWithItsTrackingNumber() throws Exception {
        PrestaShopApiProperties settings = new PrestaShopApiProperties(System.getenv("CARTBRIDGE_TEST_PRESTASHOP_API_URL"),
                System.getenv("CARTBRIDGE_TEST_PRESTASHOP_API_KEY"), null, null, null, 2, null);
        settings.validate("cartbridge.stores.real.prestashop.api");
        CartApiClient client = settings.client(ShopTrust.of(System.getenv("CARTBRIDGE_TEST_PRESTASHOP_TRUSTSTORE")));
        DriverManagerDataSource ledgerDs = new DriverManagerDataSource(TestDatabase.create("realpsapi"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(ledgerDs).load().migrate();
        CartCallLedger ledger = CartCallLedger.on(new JdbcTemplate(ledgerDs));
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(System.getenv("CARTBRIDGE_TEST_PRESTASHOP_URL"));
        ds.setUsername(System.getenv().getOrDefault("CARTBRIDGE_TEST_PRESTASHOP_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("CARTBRIDGE_TEST_PRESTASHOP_PASSWORD", ""));
        try (ds) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            jdbc.execute(PrestaShopSchema.CREATE_SHIPMENTS);
            PrestaShopPlugin plugin = new PrestaShopPlugin(jdbc, "ps_", new PrestaShopProperties(null, null, null, settings),
                    "cartbridge.stores.real", new PrestaShopApiCalls(client), "real", ledger);
            CartOrder paid = plugin.orderSource().page(null, 100).stream()
                    .filter(o -> o.lines().stream().anyMatch(l -> "CB-MUG".equals(l.sku()))).reduce((a, b) -> b).orElseThrow();
            long id = Long.parseLong(paid.cartOrderId());
            ShipmentUpdate update = new ShipmentUpdate(paid.cartOrderId(), "REALAPI-" + id, LocalDate.now(), "UPS",
                    List.of("1ZAPI" + id), List.of(new Line("CB-MUG", BigDecimal.valueOf(2), null, null),
                    new Line("CB-SHIRT-M", BigDecimal.ONE, null, null)));

            ShipmentResult result = OrderShipments.apply(plugin, List.of(update)).get(0);
            ShipmentResult again = OrderShipments.apply(plugin, List.of(update)).get(0);

            assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.APPLIED);
            assertThat(result.orderComplete()).isTrue();
            assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
            PrestaShopApiCalls calls = new PrestaShopApiCalls(client);
            long state = calls.orders(List.of(id)).get(id).currentState();
            assertThat(state).isEqualTo(calls.states().shippedState());
            String carriers = get(client, "order_carriers?display=full&filter%5Bid_order%5D=%5B" + id + "%5D");
            assertThat(carriers).contains("1ZAPI" + id);
            String histories = get(client, "order_histories?display=full&filter%5Bid_order%5D=%5B" + id
                    + "%5D&filter%5Bid_order_state%5D=%5B" + state + "%5D");
            assertThat(histories.split("<order_history>", -1)).hasSize(2);
        }
    }

    private static String get(CartApiClient client, String path) {
        return new String(client.exchange("GET", path, "application/xml", null, null).body(), StandardCharsets.UTF_8);
    }
}

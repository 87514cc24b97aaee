package io.cartbridge.agent.cart.prestashop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.support.PrestaShopContractServer;
import io.cartbridge.agent.support.PrestaShopContractServer.Email;
import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Shipments written back through PrestaShop's webservice ({@code write-back: api}), against the contract server
 * (every request checked as PrestaShop's webservice takes it), with the order lines on the demo shop's tables and
 * the call ledger on a real MariaDB: the buyer gets one "shipped" e-mail, carrying the tracking numbers, whatever
 * fails and is retried in between.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrestaShopApiWriteBackIT {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 26);
    private static final String HISTORIES = "/api/order_histories";

    private static JdbcTemplate ledgerDb;
    private static PrestaShopTestStore cart;
    private static int stores;
    private PrestaShopContractServer shop;
    private CartCallLedger ledger;
    private String store;

    @BeforeAll
    static void databases() {
        DriverManagerDataSource ds = new DriverManagerDataSource(TestDatabase.create("prestacalls"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(ds).load().migrate();
        ledgerDb = new JdbcTemplate(ds);
        cart = new PrestaShopTestStore("ps_");
    }

    @AfterAll
    static void close() {
        cart.close();
    }

    @BeforeEach
    void shop() {
        shop = new PrestaShopContractServer();
        shop.order(1001, 2, 7).order(1002, 3, 1);
        ledger = CartCallLedger.on(ledgerDb);
        store = "presta" + (++stores);
        cart.jdbc().execute(cart.sql(PrestaShopSchema.CREATE_SHIPMENTS));
        cart.jdbc().update(cart.sql("DELETE FROM ps_cartbridge_shipment"));
    }

    @AfterEach
    void contractKept() {
        shop.close();
        assertThat(shop.violations()).isEmpty();
    }

    private PrestaShopPlugin plugin(CartCalls calls) {
        PrestaShopApiProperties settings = new PrestaShopApiProperties(shop.url(), PrestaShopContractServer.KEY, 1000.0,
                Duration.ofSeconds(10), Duration.ofMillis(1000), 3, Duration.ofMillis(5));
        settings.validate("cartbridge.stores.shop.prestashop.api");
        return new PrestaShopPlugin(cart.jdbc(), "ps_", new PrestaShopProperties(null, null, null, settings),
                "cartbridge.stores." + store, new PrestaShopApiCalls(settings.client(shop.clientTls())), store, calls);
    }

    private List<ShipmentResult> ship(CartCalls calls, ShipmentUpdate... updates) {
        return OrderShipments.apply(plugin(calls), List.of(updates));
    }

    private static ShipmentUpdate full() {
        return new ShipmentUpdate("1001", "SH-1", SHIPPED, "UPS", List.of("1Z001", "1Z002"),
                List.of(line("MUG-1", 2, 0), line("TS-S", 1, 0)));
    }

    private static Line line(String sku, int shipped, int backordered) {
        return new Line(sku, BigDecimal.valueOf(shipped), BigDecimal.valueOf(backordered), BigDecimal.ZERO);
    }

    private List<String> recorded(String order) {
        return ledger.of(store, order).stream().map(c -> c.shipmentId() + " " + c.action() + " " + c.state()).toList();
    }

    @Test
    void checkReadsTheOrderStatesWithTheKeyAndNamesTheShippedState() {
        assertThat(plugin(ledger).api().orElseThrow().probe())
                .isEqualTo("key accepted, order states readable, shipped orders move to state 4");
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly("GET /api/order_states");

        shop.withoutPermission("order_states");
        assertThatThrownBy(() -> plugin(ledger).api().orElseThrow().probe()).isInstanceOf(CartApiRefusal.class)
                .hasMessageContaining("401").hasMessageContaining("Resource of type \"order_states\" is not allowed "
                        + "with this authentication key");
    }

    @Test
    void fullShipmentSetsTheTrackingNumberThenTheShippedStateWithOneEmail() {
        ShipmentResult result = ship(ledger, full()).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.orderComplete()).isTrue();
        assertThat(shop.trackingNumber(1001)).isEqualTo("1Z001, 1Z002");
        assertThat(shop.histories(1001)).containsExactly(4L);
        assertThat(shop.currentState(1001)).isEqualTo(4);
        // the e-mail shows the tracking number: it was on the order_carrier before the state changed
        assertThat(shop.emails()).containsExactly(new Email(1001, "shipped", "1Z001, 1Z002"));
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /api/orders", "GET /api/order_carriers", "PUT /api/order_carriers/101", "GET /api/order_states",
                "POST " + HISTORIES);
        assertThat(shop.requests().get(0).query()).containsEntry("filter[id]", "[1001]")
                .containsEntry("display", "[id,current_state,id_carrier]");
        assertThat(shop.requests().get(2).body()).contains("<id>101</id>").contains("<id_order>1001</id_order>")
                .contains("<id_carrier>7</id_carrier>").contains("<tracking_number>1Z001, 1Z002</tracking_number>")
                .contains("<weight>0.800000</weight>");
        assertThat(shop.requests().get(4).query()).containsEntry("sendemail", "1");
        assertThat(shop.requests().get(4).body()).contains("<order_history><id_order>1001</id_order><id_order_state>4</id_order_state>");
        assertThat(recorded("1001")).containsExactly("SH-1 tracking CONFIRMED", "SH-1 state CONFIRMED");
        // PrestaShop's tables were not written by CartBridge: the shop did it; CartBridge's own table has the units
        assertThat(cart.currentState(1001)).isEqualTo(2);
        assertThat(cart.tracking(1001)).isEmpty();
        assertThat(cart.jdbc().queryForList(cart.sql("SELECT CONCAT(shipment_id, ' ', reference, ' ', ROUND(quantity)) "
                + "FROM ps_cartbridge_shipment WHERE id_order = 1001 ORDER BY reference"), String.class))
                .containsExactly("SH-1 MUG-1 2", "SH-1 TS-S 1");
    }

    @Test
    void partialShipmentSetsTrackingOnlyAndTheSecondShipsTheOrderWithBothNumbers() {
        ShipmentResult first = ship(ledger, new ShipmentUpdate("1002", "SH-A", SHIPPED, "UPS", List.of("1ZA"),
                List.of(line("TS-M", 1, 1)))).get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(first.orderComplete()).isFalse();
        assertThat(shop.trackingNumber(1002)).isEqualTo("1ZA");
        assertThat(shop.histories(1002)).isEmpty();
        assertThat(shop.emails()).isEmpty();

        ShipmentResult second = ship(ledger, new ShipmentUpdate("1002", "SH-B", SHIPPED, "UPS", List.of("1ZB"),
                List.of(line("TS-M", 1, 0)))).get(0);
        assertThat(second.orderComplete()).isTrue();
        assertThat(shop.trackingNumber(1002)).isEqualTo("1ZA, 1ZB");
        assertThat(shop.histories(1002)).containsExactly(4L);
        assertThat(shop.emails()).containsExactly(new Email(1002, "shipped", "1ZA, 1ZB"));
    }

    @Test
    void theSameShipmentTwiceAddsOneHistoryRowAndSendsOneEmail() {
        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);
        int before = shop.requests().size();

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);

        assertThat(shop.histories(1001)).containsExactly(4L);
        assertThat(shop.emails()).hasSize(1);
        assertThat(shop.requests().subList(before, shop.requests().size())).extracting(r -> r.method()).containsOnly("GET");
    }

    @Test
    void killedAfterPrestaShopConfirmedBeforeTheLedgerCommittedTheNextRunLooksAndSendsNoSecondEmail() {
        CartCalls dying = new CartCalls() {
            final AtomicBoolean died = new AtomicBoolean();

            @Override
            public Set<String> done(String s, String order, String shipment) {
                return ledger.done(s, order, shipment);
            }

            @Override
            public void record(Call call) {
                if (call.action().equals("state") && !died.getAndSet(true)) {
                    throw new IllegalStateException("killed");
                }
                ledger.record(call);
            }
        };
        assertThatThrownBy(() -> ship(dying, full())).hasMessage("killed");
        assertThat(shop.emails()).hasSize(1);
        assertThat(recorded("1001")).containsExactly("SH-1 tracking CONFIRMED");

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.count("POST", HISTORIES)).isEqualTo(1);
        assertThat(shop.histories(1001)).containsExactly(4L);
        assertThat(shop.emails()).hasSize(1);
        assertThat(recorded("1001")).containsExactly("SH-1 tracking CONFIRMED", "SH-1 state FOUND");
    }

    @Test
    void aLostAnswerIsRetriedByLookingAndWritesNothingTwice() {
        // PrestaShop does the write, but its answer comes after the client gave up
        shop.delayNext("PUT", "/api/order_carriers/101", Duration.ofMillis(1300));
        shop.delayNext("POST", HISTORIES, Duration.ofMillis(1300));

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.count("PUT", "/api/order_carriers/101")).isEqualTo(1);
        assertThat(shop.count("POST", HISTORIES)).isEqualTo(1);
        assertThat(shop.histories(1001)).containsExactly(4L);
        assertThat(shop.emails()).containsExactly(new Email(1001, "shipped", "1Z001, 1Z002"));
        assertThat(recorded("1001")).containsExactly("SH-1 tracking FOUND", "SH-1 state FOUND");
    }

    @Test
    void aServerErrorIsRetriedAndSendsOneEmail() {
        shop.failNext("POST", HISTORIES, 500);
        shop.failNext("PUT", "/api/order_carriers/101", 503);

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.count("POST", HISTORIES)).isEqualTo(2);
        assertThat(shop.count("PUT", "/api/order_carriers/101")).isEqualTo(2);
        assertThat(shop.histories(1001)).containsExactly(4L);
        assertThat(shop.emails()).hasSize(1);
        assertThat(recorded("1001")).containsExactly("SH-1 tracking CONFIRMED", "SH-1 state CONFIRMED");
    }

    @Test
    void aRefusalIsRecordedWithPrestaShopsReasonAndNotRetried() {
        shop.withoutPermission("order_histories");

        ShipmentResult result = ship(ledger, full()).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.detail()).isEqualTo("PrestaShop refused 401 26 \"Resource of type \"order_histories\" is not "
                + "allowed with this authentication key\" (POST order_histories)");
        assertThat(shop.count("POST", HISTORIES)).isEqualTo(1);
        assertThat(ledger.of(store, "1001")).filteredOn(c -> c.action().equals("state")).singleElement().satisfies(call -> {
            assertThat(call.state()).isEqualTo(CartCalls.State.REFUSED);
            assertThat(call.httpStatus()).isEqualTo(401);
            assertThat(call.detail()).contains("is not allowed with this authentication key");
        });
        assertThat(shop.emails()).isEmpty();
        assertThat(cart.jdbc().queryForObject(cart.sql("SELECT COUNT(*) FROM ps_cartbridge_shipment"), Integer.class)).isZero();
    }

    @Test
    void aServerThatNeverAnswersFailsTheRunAfterTheCap() {
        for (int i = 0; i < 3; i++) {
            shop.failNext("GET", "/api/orders", 502);
        }
        assertThatThrownBy(() -> ship(ledger, full())).isInstanceOf(CartApiUnavailable.class)
                .hasMessageContaining("3 attempts").hasMessageContaining("502");
        assertThat(shop.count("GET", "/api/orders")).isEqualTo(3);
    }

    @Test
    void theShippedStateIsTheOneFlaggedShippedNotAFixedId() {
        shop.moveShippedState(14);

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.histories(1001)).containsExactly(14L);
        assertThat(shop.emails()).containsExactly(new Email(1001, "shipped", "1Z001, 1Z002"));
    }

    @Test
    void anOrderTheShopDoesNotHaveIsUnknownAndNothingIsWritten() {
        ShipmentResult result = ship(ledger, new ShipmentUpdate("7777", "SH-9", SHIPPED, "UPS", List.of(),
                List.of(line("MUG-1", 1, 0)))).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_ORDER);
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly("GET /api/orders");
    }

    @Test
    void theKeyAppearsInNoMessageAndNoOutput(CapturedOutput output) {
        shop.withoutPermission("order_histories");
        List<ShipmentResult> results = ship(ledger, full());
        PrestaShopApiProperties settings = new PrestaShopApiProperties(shop.url(), PrestaShopContractServer.KEY, null,
                null, null, null, null);

        String everything = output.getAll() + results + settings + ledger.of(store, "1001") + shop.requests()
                + plugin(ledger).describe();
        assertThat(everything).doesNotContain(PrestaShopContractServer.KEY)
                .doesNotContain(Base64.getEncoder().encodeToString((PrestaShopContractServer.KEY + ":").getBytes()));
        assertThat(settings.toString()).contains("key=****");
    }
}

package io.cartbridge.agent.cart.magento2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.InventorySink.InventoryResult;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import io.cartbridge.agent.cart.magento2.api.Magento2Api;
import io.cartbridge.agent.cart.magento2.api.Magento2ApiProperties;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.support.Magento2ContractServer;
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
 * Shipments and stock written back through Magento's REST API ({@code write-back: api}), against the contract server
 * (every request checked as Magento documents it), with the orders read from the demo shop's database and the call
 * ledger on a real MariaDB: one Magento shipment and one "Your order has shipped" e-mail per warehouse shipment,
 * whatever fails and is retried in between.
 */
@ExtendWith(OutputCaptureExtension.class)
class Magento2ApiWriteBackIT {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 26);
    private static final String SHIP_1 = "/rest/V1/order/1/ship";
    private static final String SHIPMENTS = "/rest/V1/shipments";
    private static final String NOTE_SH1 = "Shipped by UPSN (shipment SH-1): tracking 1Z001, 1Z002.";

    private static JdbcTemplate ledgerDb;
    private static Magento2TestStore cart;
    private static int stores;
    private Magento2ContractServer shop;
    private CartCallLedger ledger;
    private String store;

    @BeforeAll
    static void databases() {
        DriverManagerDataSource ds = new DriverManagerDataSource(TestDatabase.create("apicalls"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(ds).load().migrate();
        ledgerDb = new JdbcTemplate(ds);
        // written through the API only: the shop's tables stay as seeded, shared by the tests
        cart = new Magento2TestStore("");
    }

    @AfterAll
    static void close() {
        cart.close();
    }

    @BeforeEach
    void shop() {
        shop = new Magento2ContractServer().load(cart.jdbc());
        ledger = CartCallLedger.on(ledgerDb);
        store = "mage" + (++stores);
    }

    @AfterEach
    void contractKept() {
        shop.close();
        assertThat(shop.violations()).isEmpty();
    }

    private Magento2Plugin plugin(CartCalls calls) {
        Magento2ApiProperties settings = new Magento2ApiProperties(shop.url(), Magento2ContractServer.TOKEN, 1000.0,
                Duration.ofSeconds(10), Duration.ofMillis(700), 3, Duration.ofMillis(5));
        settings.validate("cartbridge.stores.shop.magento2.api");
        return new Magento2Plugin(cart.jdbc(), "", new Magento2Properties(null, null, null, settings),
                "cartbridge.stores." + store, new Magento2Plugin.Api(new Magento2Api(settings, shop.clientTls()), store, calls));
    }

    private List<ShipmentResult> ship(CartCalls calls, ShipmentUpdate... updates) {
        return OrderShipments.apply(plugin(calls), List.of(updates));
    }

    private static ShipmentUpdate full() {
        return new ShipmentUpdate("1", "SH-1", SHIPPED, "UPSN", List.of("1Z001", "1Z002"),
                List.of(line("MUG-1", 2, 0), line("TS-RED-M", 1, 0)));
    }

    private static Line line(String sku, int shipped, int backordered) {
        return new Line(sku, BigDecimal.valueOf(shipped), BigDecimal.valueOf(backordered), BigDecimal.ZERO);
    }

    private List<String> recorded(String order) {
        return ledger.of(store, order).stream().map(c -> c.shipmentId() + " " + c.action() + " " + c.state()).toList();
    }

    @Test
    void checkSearchesShipmentsWithTheTokenAndWritesNothing() {
        assertThat(plugin(ledger).api().orElseThrow().probe()).isEqualTo(shop.url() + ": token accepted, shipments readable");
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly("GET /rest/V1/shipments");

        shop.deny("Magento_Sales::shipment");
        assertThatThrownBy(() -> plugin(ledger).api().orElseThrow().probe()).isInstanceOf(CartApiRefusal.class)
                .hasMessageStartingWith("401 Unauthorized \"The consumer isn't authorized to access Magento_Sales::shipment.\"")
                .hasMessageEndingWith("(GET V1/shipments)");
    }

    @Test
    void fullShipmentShipsWhatMagentoShipsWithTracksTheSourceAndOneEmail() {
        ShipmentResult result = ship(ledger, full()).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.orderComplete()).isTrue();
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly("GET " + SHIPMENTS, "POST " + SHIP_1);
        assertThat(shop.requests().get(0).query()).isEqualTo("searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=order_id"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=1"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=in"
                + "&searchCriteria%5BpageSize%5D=100&searchCriteria%5BcurrentPage%5D=1");
        // the configurable's parent item (2), not its child (3); the virtual warranty (4) never ships
        assertThat(shop.requests().get(1).body().toString()).isEqualTo("{\"items\":[{\"order_item_id\":1,\"qty\":2},"
                + "{\"order_item_id\":2,\"qty\":1}],\"notify\":true,\"appendComment\":true,"
                + "\"comment\":{\"comment\":\"Warehouse shipment SH-1\\n" + NOTE_SH1 + "\",\"is_visible_on_front\":1},"
                + "\"tracks\":[{\"track_number\":\"1Z001\",\"title\":\"UPSN\",\"carrier_code\":\"ups\"},"
                + "{\"track_number\":\"1Z002\",\"title\":\"UPSN\",\"carrier_code\":\"ups\"}],"
                + "\"arguments\":{\"extension_attributes\":{\"source_code\":\"default\"}}}");
        assertThat(shop.order(1)).isEqualTo("complete/complete");
        assertThat(shop.shipped(1)).isEqualByComparingTo("2");
        assertThat(shop.shipped(2)).isEqualByComparingTo("1");
        assertThat(shop.emails()).containsExactly("shipment 1: Warehouse shipment SH-1\n" + NOTE_SH1);
        assertThat(recorded("1")).containsExactly("SH-1 ship CONFIRMED");
        assertThat(ledger.of(store, "1").get(0).detail()).startsWith("POST V1/order/1/ship: shipment ");
        // the tables are Magento's to write: unchanged here
        assertThat(cart.order(1)).isEqualTo("processing/processing");
    }

    @Test
    void partialShipmentLeavesTheOrderProcessingAndTheSecondCompletesIt() {
        ShipmentResult first = ship(ledger, new ShipmentUpdate("1", "SH-1", SHIPPED, "UPSN", List.of("1Z001"),
                List.of(line("MUG-1", 2, 0), line("TS-RED-M", 0, 1)))).get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(first.orderComplete()).isFalse();
        assertThat(shop.order(1)).isEqualTo("processing/processing");

        ShipmentResult second = ship(ledger, new ShipmentUpdate("1", "SH-2", SHIPPED, "Acme Freight", List.of("AF-9"),
                List.of(line("TS-RED-M", 1, 0)))).get(0);
        assertThat(second.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(second.orderComplete()).isTrue();
        assertThat(shop.order(1)).isEqualTo("complete/complete");
        assertThat(shop.shipments(1)).hasSize(2);
        assertThat(shop.shipments(1).get(1).path("tracks").get(0).toString()).contains("\"title\":\"Acme Freight\",\"carrier_code\":\"custom\"");
        assertThat(shop.emails()).containsExactly(
                "shipment 1: Warehouse shipment SH-1\nShipped by UPSN (shipment SH-1): tracking 1Z001. Partial shipment: "
                        + "shipped 2 × MUG-1; backordered 1 × TS-RED-M.",
                "shipment 1: Warehouse shipment SH-2\nShipped by Acme Freight (shipment SH-2): tracking AF-9.");

        // the same shipment again (a resent file the ledger did not stop): Magento's shipments say it was applied
        assertThat(ship(CartCalls.NONE, new ShipmentUpdate("1", "SH-1", SHIPPED, "UPSN", List.of("1Z001"),
                List.of(line("MUG-1", 2, 0)))).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(shop.count("POST", SHIP_1)).isEqualTo(2);
        assertThat(shop.emails()).hasSize(2);
    }

    @Test
    void aBundleShippedSeparatelyShipsItsChildrenAndAnEarlierShipmentCounts() {
        List<ShipmentResult> results = ship(ledger,
                new ShipmentUpdate("2", "SH-7", SHIPPED, "UPS", List.of("1Z7"),
                        List.of(line("MUG-1", 1, 0), line("TEA-50", 2, 0), line("POSTER-OLD", 1, 0))),
                new ShipmentUpdate("3", "SH-8", SHIPPED, "UPS", List.of("1Z8"), List.of(line("MUG-1", 2, 0), line("TEA-50", 1, 0))));

        assertThat(results).extracting(ShipmentResult::outcome).containsExactly(Outcome.APPLIED, Outcome.APPLIED);
        assertThat(results).extracting(ShipmentResult::orderComplete).containsExactly(true, true);
        assertThat(shop.requests().get(1).body().path("items").toString())
                .isEqualTo("[{\"order_item_id\":6,\"qty\":1},{\"order_item_id\":7,\"qty\":2},{\"order_item_id\":8,\"qty\":1}]");
        // order 3 had 1 of its 3 mugs shipped before, and 1 of its 2 teas refunded
        assertThat(shop.requests().get(2).body().path("items").toString())
                .isEqualTo("[{\"order_item_id\":9,\"qty\":2},{\"order_item_id\":10,\"qty\":1}]");
        assertThat(shop.order(2)).isEqualTo("complete/complete");
        // Magento leaves 2 - max(1 shipped, 1 refunded) = 1 tea to ship: the order stays open, as with its own Ship action
        assertThat(shop.order(3)).isEqualTo("processing/processing");
        // one look for the chunk's orders, one call per shipment
        assertThat(shop.requests()).hasSize(3);
    }

    @Test
    void fiveHundredIsRetriedAndMakesOneShipment() {
        shop.failNext("POST", SHIP_1, 503);

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.count("POST", SHIP_1)).isEqualTo(2);
        assertThat(shop.shipments(1)).hasSize(1);
        assertThat(shop.emails()).hasSize(1);
        assertThat(recorded("1")).containsExactly("SH-1 ship CONFIRMED");
    }

    @Test
    void aLostAnswerIsRetriedByLookingAndMakesNoSecondShipment() {
        // Magento ships, but its answer comes after the client gave up
        shop.delayNext("POST", SHIP_1, Duration.ofMillis(1200));

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.count("POST", SHIP_1)).isEqualTo(1);
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET " + SHIPMENTS, "POST " + SHIP_1, "GET " + SHIPMENTS);
        assertThat(shop.shipments(1)).hasSize(1);
        assertThat(shop.emails()).hasSize(1);
        assertThat(recorded("1")).containsExactly("SH-1 ship FOUND");
    }

    @Test
    void killedAfterMagentoConfirmedBeforeTheLedgerCommittedTheNextRunLooksAndSendsNoSecondEmail() {
        CartCalls dying = new CartCalls() {
            final AtomicBoolean died = new AtomicBoolean();

            @Override
            public Set<String> done(String s, String order, String shipment) {
                return ledger.done(s, order, shipment);
            }

            @Override
            public void record(Call call) {
                if (!died.getAndSet(true)) {
                    throw new IllegalStateException("killed");
                }
                ledger.record(call);
            }
        };
        assertThatThrownBy(() -> ship(dying, full())).hasMessage("killed");
        assertThat(shop.emails()).hasSize(1);
        assertThat(recorded("1")).isEmpty();

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);

        assertThat(shop.count("POST", SHIP_1)).isEqualTo(1);
        assertThat(shop.shipments(1)).hasSize(1);
        assertThat(shop.emails()).hasSize(1);
    }

    @Test
    void refusalIsRecordedWithMagentosMessageAndNotRetried() {
        shop.deny("Magento_Sales::ship");
        shop.hold(3);

        List<ShipmentResult> results = ship(ledger, full(), new ShipmentUpdate("1", "SH-2", SHIPPED, "UPS", List.of(),
                List.of(line("MUG-1", 1, 0))));

        assertThat(results).extracting(ShipmentResult::outcome).containsExactly(Outcome.REFUSED, Outcome.REFUSED);
        assertThat(results.get(0).detail()).isEqualTo("Magento refused 401 Unauthorized "
                + "\"The consumer isn't authorized to access Magento_Sales::ship.\" (POST V1/order/1/ship)");
        assertThat(results.get(1).detail()).startsWith("not sent: an earlier shipment of order 1 was refused");
        assertThat(shop.count("POST", SHIP_1)).isEqualTo(1);
        assertThat(ledger.of(store, "1")).singleElement().satisfies(call -> {
            assertThat(call.state()).isEqualTo(CartCalls.State.REFUSED);
            assertThat(call.httpStatus()).isEqualTo(401);
            assertThat(call.detail()).contains("Magento_Sales::ship");
        });
        assertThat(shop.order(1)).isEqualTo("processing/processing");
        assertThat(shop.emails()).isEmpty();
    }

    @Test
    void anOrderMagentoWillNotShipIsRefusedWithItsValidationMessage() {
        shop.hold(3);

        ShipmentResult result = ship(ledger, new ShipmentUpdate("3", "SH-3", SHIPPED, "UPS", List.of("1Z3"),
                List.of(line("MUG-1", 2, 0)))).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.detail()).isEqualTo("Magento refused 400 Bad Request \"Shipment Document Validation Error(s):\n"
                + "The order does not allow a shipment to be created.\" (POST V1/order/3/ship)");
        assertThat(shop.count("POST", "/rest/V1/order/3/ship")).isEqualTo(1);
        assertThat(recorded("3")).containsExactly("SH-3 ship REFUSED");
    }

    @Test
    void aShipmentOfNothingAddsItsNoteAsACommentToTheBuyerOnce() {
        ShipmentUpdate backordered = new ShipmentUpdate("8", "SH-0", SHIPPED, "UPS", List.of(), List.of(line("MUG-1", 0, 1)));

        assertThat(ship(ledger, backordered).get(0).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(ship(CartCalls.NONE, backordered).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.shipments(8)).isEmpty();
        assertThat(shop.comments(8)).containsExactly("Shipped by UPS (shipment SH-0). Partial shipment: shipped nothing; backordered 1 × MUG-1.");
        assertThat(shop.emails()).hasSize(1);
        assertThat(shop.count("POST", "/rest/V1/orders/8/comments")).isEqualTo(1);
        assertThat(recorded("8")).containsExactly("SH-0 comment CONFIRMED");
    }

    @Test
    void serverThatNeverAnswersFailsTheRunAfterTheCap() {
        for (int i = 0; i < 3; i++) {
            shop.failNext("GET", SHIPMENTS, 502);
        }
        assertThatThrownBy(() -> ship(ledger, full())).isInstanceOf(CartApiUnavailable.class)
                .hasMessageContaining("3 attempts").hasMessageContaining("502");
        assertThat(shop.count("GET", SHIPMENTS)).isEqualTo(3);
        assertThat(shop.count("POST", SHIP_1)).isZero();
    }

    @Test
    void anOrderTheShopDoesNotHaveIsUnknownAndNothingIsSent() {
        ShipmentResult result = ship(ledger, new ShipmentUpdate("7777", "SH-9", SHIPPED, "UPS", List.of(),
                List.of(line("MUG-1", 1, 0)))).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_ORDER);
        assertThat(shop.requests()).isEmpty();
    }

    @Test
    void secretsAppearInNoMessageAndNoOutput(CapturedOutput output) {
        shop.deny("Magento_Sales::ship");
        List<ShipmentResult> results = ship(ledger, full());
        Magento2ApiProperties settings = new Magento2ApiProperties(shop.url(), Magento2ContractServer.TOKEN, null, null,
                null, null, null);

        String everything = output.getAll() + results + settings + new Magento2Properties(null, null, null, settings)
                + ledger.of(store, "1") + shop.requests() + shop.violations();
        assertThat(everything).doesNotContain(Magento2ContractServer.TOKEN);
        assertThat(settings.toString()).contains("accessToken=****");
    }

    @Test
    void stockGoesToMsiSourceItemsForChangedItemsOnly() {
        InventoryResult result = plugin(ledger).inventorySink().apply(List.of(new StockLevel("MUG-1", new BigDecimal("50")),
                new StockLevel("TEA-50", BigDecimal.ZERO), new StockLevel("TS-BLUE-L", new BigDecimal("5")),
                new StockLevel("TS", new BigDecimal("5")), new StockLevel("GHOST", BigDecimal.ONE)));

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.unknownSkus()).containsExactly("GHOST");
        assertThat(result.unmanagedSkus()).containsExactly("TS");
        // 8 mugs and 4 teas are reserved by orders not shipped yet: the source holds them on top of what sells
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path() + " " + r.body()).containsExactly(
                "POST /rest/V1/inventory/source-items {\"sourceItems\":[{\"sku\":\"MUG-1\",\"source_code\":\"default\","
                        + "\"quantity\":58,\"status\":1},{\"sku\":\"TEA-50\",\"source_code\":\"default\",\"quantity\":4,\"status\":1}]}");
        assertThat(shop.sourceQuantity("default", "MUG-1")).isEqualByComparingTo("58");
        // the tables are Magento's to write
        assertThat(cart.sourceQuantity("MUG-1")).isEqualByComparingTo("100");
    }
}

package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cartbridge.agent.cart.CartCalls;
import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApi;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApiProperties;
import io.cartbridge.agent.cart.api.CartApiRefusal;
import io.cartbridge.agent.cart.api.CartApiUnavailable;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.agent.support.WooCommerceContractServer;
import io.cartbridge.agent.support.WooCommerceContractServer.Request;
import io.cartbridge.agent.support.WooCommerceTestStore;
import org.flywaydb.core.Flyway;
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
 * Shipments and stock written back through the WooCommerce REST API ({@code write-back: api}), against the contract
 * server (every request checked as WooCommerce documents it), with the call ledger on a real MariaDB: the buyer
 * gets one "order complete" e-mail and one note per shipment whatever fails and is retried in between.
 */
@ExtendWith(OutputCaptureExtension.class)
class WooCommerceApiWriteBackIT {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 26);
    private static final String ORDERS = "/wp-json/wc/v3/orders/5001";
    private static final String NOTES = ORDERS + "/notes";
    private static final String NOTE_SH1 = "Shipped by UPS (shipment SH-1): tracking 1Z001, 1Z002.";

    private static JdbcTemplate ledgerDb;
    private static WooCommerceTestStore cart;
    private WooCommerceContractServer shop;
    private CartCallLedger ledger;
    private String store;
    private static int stores;

    @BeforeAll
    static void databases() {
        DriverManagerDataSource ds = new DriverManagerDataSource(TestDatabase.create("apicalls"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(ds).load().migrate();
        ledgerDb = new JdbcTemplate(ds);
        cart = new WooCommerceTestStore("wp_");
        cart.product(10, "SKU-10", null).stock(10, "yes", "10", "instock", "no")
                .product(11, "SKU-11", null).stock(11, "no", null, "instock", "no")
                .variation(12, 11, "SKU-12-RED").stock(12, "yes", "10", "instock", "no")
                .product(13, "SKU-13", null).stock(13, "yes", "3", "instock", "no");
        cart.jdbc().update("UPDATE wp_wc_product_meta_lookup SET stock_quantity = 3 WHERE product_id = 13");
    }

    @BeforeEach
    void shop() {
        shop = new WooCommerceContractServer();
        shop.order(5001, "processing", Map.of("SKU-10", 2, "SKU-12-RED", 1));
        ledger = CartCallLedger.on(ledgerDb);
        store = "shop" + (++stores);
    }

    @AfterEach
    void contractKept() {
        shop.close();
        assertThat(shop.violations()).isEmpty();
    }

    private WooCommercePlugin plugin(CartCalls calls) {
        WooCommerceApiProperties settings = new WooCommerceApiProperties(shop.url(), WooCommerceContractServer.KEY,
                WooCommerceContractServer.SECRET, 1000.0, Duration.ofSeconds(10), Duration.ofMillis(2500), 3, Duration.ofMillis(5));
        settings.validate("cartbridge.stores.shop.woocommerce.api");
        WooCommerceApi api = new WooCommerceApi(settings, shop.clientTls(), store, calls);
        return new WooCommercePlugin(cart.jdbc(), "wp_", "hpos", "cartbridge.stores." + store, api);
    }

    private List<ShipmentResult> ship(CartCalls calls, ShipmentUpdate... updates) {
        return OrderShipments.apply(plugin(calls), List.of(updates));
    }

    private static ShipmentUpdate full() {
        return new ShipmentUpdate("5001", "SH-1", SHIPPED, "UPS", List.of("1Z001", "1Z002"),
                List.of(line("SKU-10", 2, 0), line("SKU-12-RED", 1, 0)));
    }

    private static Line line(String sku, int shipped, int backordered) {
        return new Line(sku, BigDecimal.valueOf(shipped), BigDecimal.valueOf(backordered), BigDecimal.ZERO);
    }

    private List<String> recorded() {
        return ledger.of(store, "5001").stream().map(c -> c.shipmentId() + " " + c.action() + " " + c.state()).toList();
    }

    @Test
    void fullShipmentSetsTrackingNoteAndCompletedWithOneEmailEach() {
        ShipmentResult result = ship(ledger, full()).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.orderComplete()).isTrue();
        assertThat(shop.status(5001)).isEqualTo("completed");
        assertThat(shop.completedEmails()).isEqualTo(1);
        assertThat(shop.customerNotes(5001)).containsExactly(NOTE_SH1);
        assertThat(shop.noteEmails()).isEqualTo(1);
        var tracking = shop.meta(5001, "_wc_shipment_tracking_items");
        assertThat(tracking.size()).isEqualTo(2);
        assertThat(tracking.get(0).path("tracking_number").asText()).isEqualTo("1Z001");
        assertThat(tracking.get(0).path("custom_tracking_provider").asText()).isEqualTo("UPS");
        assertThat(tracking.get(0).path("date_shipped").asText()).isEqualTo("1795651200");
        assertThat(tracking.get(0).path("tracking_id").asText()).isEqualTo(WooCommerceTrackingItems.trackingId("SH-1", "1Z001"));
        assertThat(shop.meta(5001, "_cartbridge_shipments").toString()).isEqualTo("[\"SH-1\"]");
        assertThat(shop.meta(5001, "_cartbridge_shipped").toString()).isEqualTo("{\"SKU-10\":\"2\",\"SKU-12-RED\":\"1\"}");
        // one read of the chunk's orders, the index once, a look at the notes, the note, the order
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /wp-json/wc/v3/orders", "GET /wp-json/", "GET " + NOTES, "POST " + NOTES, "PUT " + ORDERS);
        assertThat(shop.requests().get(0).query()).isEqualTo("include=5001&per_page=100");
        assertThat(recorded()).containsExactly("SH-1 note CONFIRMED", "SH-1 order CONFIRMED");
        // the tables were not written: the platform did it
        assertThat(cart.notes(5001)).isEmpty();
    }

    @Test
    void partialShipmentLeavesTheOrderProcessingAndTheSecondCompletesIt() {
        ShipmentResult first = ship(ledger, new ShipmentUpdate("5001", "SH-1", SHIPPED, "UPS", List.of("1Z001"),
                List.of(line("SKU-10", 2, 0), line("SKU-12-RED", 0, 1)))).get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(first.orderComplete()).isFalse();
        assertThat(shop.status(5001)).isEqualTo("processing");
        assertThat(shop.completedEmails()).isZero();

        ShipmentResult second = ship(ledger, new ShipmentUpdate("5001", "SH-2", SHIPPED, "UPS", List.of("1Z009"),
                List.of(line("SKU-12-RED", 1, 0)))).get(0);
        assertThat(second.orderComplete()).isTrue();
        assertThat(shop.status(5001)).isEqualTo("completed");
        assertThat(shop.completedEmails()).isEqualTo(1);
        assertThat(shop.customerNotes(5001)).containsExactly(
                "Shipped by UPS (shipment SH-1): tracking 1Z001. Partial shipment: shipped 2 × SKU-10; backordered 1 × SKU-12-RED.",
                "Shipped by UPS (shipment SH-2): tracking 1Z009.");
        assertThat(shop.meta(5001, "_cartbridge_shipped").toString()).isEqualTo("{\"SKU-10\":\"2\",\"SKU-12-RED\":\"1\"}");
        assertThat(shop.meta(5001, "_wc_shipment_tracking_items").size()).isEqualTo(2);

        // the same shipment again (a resent file the ledger did not stop): the order says it was applied
        assertThat(ship(ledger, new ShipmentUpdate("5001", "SH-1", SHIPPED, "UPS", List.of("1Z001"),
                List.of(line("SKU-10", 2, 0)))).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(shop.completedEmails()).isEqualTo(1);
        assertThat(shop.noteEmails()).isEqualTo(2);
    }

    @Test
    void fiveHundredIsRetriedAndSendsOneNote() {
        shop.failNext("POST", NOTES, 500);
        shop.failNext("PUT", ORDERS, 503);

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.count("POST", NOTES)).isEqualTo(2);
        assertThat(shop.customerNotes(5001)).containsExactly(NOTE_SH1);
        assertThat(shop.noteEmails()).isEqualTo(1);
        assertThat(shop.completedEmails()).isEqualTo(1);
        assertThat(recorded()).containsExactly("SH-1 note CONFIRMED", "SH-1 order CONFIRMED");
    }

    @Test
    void timeoutAfterTheShopWroteIsRetriedByLookingAndSendsNothingTwice() {
        // the shop does the write, but its answer comes after the client gave up
        shop.delayNext("POST", NOTES, Duration.ofMillis(3000));
        shop.delayNext("PUT", ORDERS, Duration.ofMillis(3000));

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.count("POST", NOTES)).isEqualTo(1);
        assertThat(shop.count("PUT", ORDERS)).isEqualTo(1);
        assertThat(shop.customerNotes(5001)).containsExactly(NOTE_SH1);
        assertThat(shop.noteEmails()).isEqualTo(1);
        assertThat(shop.completedEmails()).isEqualTo(1);
        assertThat(recorded()).containsExactly("SH-1 note FOUND", "SH-1 order FOUND");
    }

    @Test
    void killedAfterTheShopConfirmedBeforeTheLedgerCommittedTheNextRunLooksAndSendsNothingTwice() {
        // the process dies right after the shop confirmed the note: its record never commits
        CartCalls dying = new CartCalls() {
            final AtomicBoolean died = new AtomicBoolean();

            @Override
            public Set<String> done(String s, String order, String shipment) {
                return ledger.done(s, order, shipment);
            }

            @Override
            public void record(Call call) {
                if (call.action().equals("note") && !died.getAndSet(true)) {
                    throw new IllegalStateException("killed");
                }
                ledger.record(call);
            }
        };
        assertThatThrownBy(() -> ship(dying, full())).hasMessage("killed");
        assertThat(shop.noteEmails()).isEqualTo(1);
        assertThat(recorded()).isEmpty();

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(shop.count("POST", NOTES)).isEqualTo(1);
        assertThat(shop.customerNotes(5001)).containsExactly(NOTE_SH1);
        assertThat(shop.noteEmails()).isEqualTo(1);
        assertThat(shop.completedEmails()).isEqualTo(1);
        assertThat(recorded()).containsExactly("SH-1 note FOUND", "SH-1 order CONFIRMED");

        // killed after the order's write: the next run finds the shipment on the order and writes nothing
        int before = shop.requests().size();
        assertThat(ship(CartCalls.NONE, full()).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(shop.requests().subList(before, shop.requests().size())).extracting(r -> r.method())
                .containsOnly("GET");
        assertThat(shop.completedEmails()).isEqualTo(1);
    }

    @Test
    void refusalIsRecordedWithTheShopsReasonAndNotRetried() {
        shop.order(5002, "processing", Map.of("SKU-10", 1));
        shop.readOnlyKey();

        List<ShipmentResult> results = ship(ledger, full(), new ShipmentUpdate("5002", "SH-2", SHIPPED, "UPS",
                List.of(), List.of(line("SKU-10", 1, 0))));

        assertThat(results).extracting(ShipmentResult::outcome).containsExactly(Outcome.REFUSED, Outcome.REFUSED);
        assertThat(results.get(0).detail()).isEqualTo("WooCommerce refused 401 woocommerce_rest_authentication_error "
                + "\"The API key provided does not have write permissions.\" (POST wc/v3/orders/5001/notes)");
        assertThat(shop.count("POST", NOTES)).isEqualTo(1);
        assertThat(shop.count("PUT", ORDERS)).isZero();
        assertThat(ledger.of(store, "5001")).singleElement().satisfies(call -> {
            assertThat(call.state()).isEqualTo(CartCalls.State.REFUSED);
            assertThat(call.httpStatus()).isEqualTo(401);
            assertThat(call.detail()).contains("woocommerce_rest_authentication_error");
        });
        assertThat(shop.status(5001)).isEqualTo("processing");
    }

    @Test
    void serverThatNeverAnswersFailsTheRunAfterTheCap() {
        for (int i = 0; i < 3; i++) {
            shop.failNext("GET", "/wp-json/wc/v3/orders", 502);
        }
        assertThatThrownBy(() -> ship(ledger, full())).isInstanceOf(CartApiUnavailable.class)
                .hasMessageContaining("3 attempts").hasMessageContaining("502");
        assertThat(shop.count("GET", "/wp-json/wc/v3/orders")).isEqualTo(3);
    }

    @Test
    void shipmentTrackingExtensionTakesTheNumbersThroughItsOwnEndpoints() {
        shop.withTrackingExtension();

        assertThat(ship(ledger, full()).get(0).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(shop.trackingNumbers(5001)).containsExactly("1Z001", "1Z002");
        assertThat(shop.meta(5001, "_wc_shipment_tracking_items").isMissingNode()).isTrue();
        assertThat(shop.requests().stream().filter(r -> r.path().endsWith("shipment-trackings") && r.method().equals("POST"))
                .map(r -> r.body().path("tracking_number").asText() + " " + r.body().path("custom_tracking_provider").asText()
                        + " " + r.body().path("date_shipped").asText()))
                .containsExactly("1Z001 UPS 2026-11-26", "1Z002 UPS 2026-11-26");
        assertThat(recorded()).containsExactly("SH-1 tracking CONFIRMED", "SH-1 note CONFIRMED", "SH-1 order CONFIRMED");
    }

    @Test
    void checkReadsOneOrderWithTheKeyAndSaysWhetherTheTrackingExtensionIsThere() {
        assertThat(plugin(ledger).api().orElseThrow().probe()).isEqualTo(shop.url()
                + ": key accepted, orders readable, Shipment Tracking extension not installed (tracking in order meta)");
        shop.withTrackingExtension();
        assertThat(plugin(ledger).api().orElseThrow().probe()).endsWith("Shipment Tracking extension installed "
                + "(tracking numbers through its API)");
        assertThat(shop.requests()).filteredOn(r -> r.path().equals("/wp-json/wc/v3/orders"))
                .extracting(Request::method, Request::query).containsOnly(tuple("GET", "per_page=1&_fields=id"));

        WooCommerceApiProperties wrongSecret = new WooCommerceApiProperties(shop.url(), WooCommerceContractServer.KEY,
                "cs_wrong", 1000.0, null, Duration.ofMillis(2500), 1, Duration.ofMillis(5));
        WooCommercePlugin refused = new WooCommercePlugin(cart.jdbc(), "wp_", "hpos", "cartbridge.stores." + store,
                new WooCommerceApi(wrongSecret, shop.clientTls(), store, ledger));
        assertThatThrownBy(() -> refused.api().orElseThrow().probe()).isInstanceOf(CartApiRefusal.class)
                .hasMessage("401 woocommerce_rest_cannot_view \"Sorry, you cannot list resources.\" (GET wc/v3/orders)");
        assertThat(new WooCommercePlugin(cart.jdbc(), "wp_", "hpos", "cartbridge.stores." + store, null).api())
                .as("table writes: no API to check").isEmpty();
    }

    @Test
    void secretsAppearInNoMessageAndNoOutput(CapturedOutput output) {
        shop.readOnlyKey();
        List<ShipmentResult> results = ship(ledger, full());
        WooCommerceApiProperties settings = new WooCommerceApiProperties(shop.url(), WooCommerceContractServer.KEY,
                WooCommerceContractServer.SECRET, null, null, null, null, null);

        String everything = output.getAll() + results + settings + ledger.of(store, "5001") + shop.requests();
        assertThat(everything).doesNotContain(WooCommerceContractServer.KEY).doesNotContain(WooCommerceContractServer.SECRET)
                .doesNotContain(java.util.Base64.getEncoder().encodeToString((WooCommerceContractServer.KEY + ":"
                        + WooCommerceContractServer.SECRET).getBytes()));
        assertThat(settings.toString()).contains("consumerKey=****, consumerSecret=****");
    }

    @Test
    void stockGoesThroughTheBatchEndpointsForChangedItemsOnly() {
        shop.product(10, 0, 10).product(12, 11, 10).product(13, 0, 3);
        InventorySink sink = plugin(ledger).inventorySink();

        InventorySink.InventoryResult result = sink.apply(List.of(new StockLevel("SKU-10", BigDecimal.valueOf(4)),
                new StockLevel("SKU-12-RED", BigDecimal.valueOf(7)), new StockLevel("SKU-13", BigDecimal.valueOf(3)),
                new StockLevel("SKU-11", BigDecimal.ONE), new StockLevel("NOPE", BigDecimal.ONE)));

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.unmanagedSkus()).containsExactly("SKU-11");
        assertThat(result.unknownSkus()).containsExactly("NOPE");
        assertThat(shop.stock(10)).isEqualTo(4);
        assertThat(shop.stock(12)).isEqualTo(7);
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path() + " " + r.body()).containsExactly(
                "POST /wp-json/wc/v3/products/batch {\"update\":[{\"id\":10,\"manage_stock\":true,\"stock_quantity\":4}]}",
                "POST /wp-json/wc/v3/products/11/variations/batch {\"update\":[{\"id\":12,\"manage_stock\":true,\"stock_quantity\":7}]}");
        // the tables are the shop's to write: unchanged here
        assertThat(cart.postMeta(10, "_stock")).isEqualTo("10");
    }

    @Test
    void theRateLimitSpacesTheRequests() {
        WooCommerceApiProperties slow = new WooCommerceApiProperties(shop.url(), WooCommerceContractServer.KEY,
                WooCommerceContractServer.SECRET, 20.0, null, null, null, null);
        io.cartbridge.agent.cart.api.CartApiClient client =
                slow.client(shop.clientTls());
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            client.get("wc/v3/orders/5001");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("5 intervals of 50 ms at 20 requests a second")
                .isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(client.requests()).isEqualTo(6);
    }

    @Test
    void anOrderTheShopDoesNotHaveIsUnknownAndNothingIsWritten() {
        ShipmentResult result = ship(ledger, new ShipmentUpdate("7777", "SH-9", SHIPPED, "UPS", List.of(),
                List.of(line("SKU-10", 1, 0)))).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_ORDER);
        assertThat(shop.requests()).extracting(r -> r.method() + " " + r.path() + "?" + r.query())
                .containsExactly("GET /wp-json/wc/v3/orders?include=7777&per_page=100");
    }
}

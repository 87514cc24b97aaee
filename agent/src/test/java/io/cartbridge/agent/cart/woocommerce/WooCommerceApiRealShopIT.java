package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate.Line;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApi;
import io.cartbridge.agent.cart.api.CartApiClient;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApiProperties;
import io.cartbridge.agent.ledger.CartCallLedger;
import io.cartbridge.agent.shipments.OrderShipments;
import io.cartbridge.agent.shipments.ShipmentResult;
import io.cartbridge.agent.shipments.ShipmentResult.Outcome;
import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The write-back scenarios of {@link WooCommerceApiWriteBackIT} against a real WooCommerce, when
 * {@code CARTBRIDGE_TEST_WOOCOMMERCE_URL} (https), {@code _KEY} and {@code _SECRET} name one (see the README:
 * "A real WooCommerce for the API tests"); {@code CARTBRIDGE_TEST_WOOCOMMERCE_TRUSTSTORE} (PKCS12, password
 * {@code changeit}) trusts a self-signed local certificate. Skipped otherwise. Each test makes its own product and
 * order through the API, ships it through CartBridge and reads the result back through the API. With
 * {@code CARTBRIDGE_TEST_WOOCOMMERCE_MAIL_LOG}, the file where the shop logs each {@code wp_mail} call
 * ({@code tools/real-woocommerce/mail-log.php}), the buyer's e-mails are counted too: one "note added" per shipment,
 * one "order complete" per completed order, none on a re-run.
 */
class WooCommerceApiRealShopIT {

    private static final String URL = System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_URL");
    private static final String MAIL_LOG = System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_MAIL_LOG");
    /** WooCommerce's default subjects: "Your {site_title} order is now complete", "Note added to your {site_title} order ...". */
    private static final String COMPLETE = "order is now complete";
    private static final String NOTE = "Note added to your";
    private CartApiClient client;
    private WooCommerceApiProperties settings;
    private SSLContext tls;
    private CartCallLedger ledger;
    private JdbcTemplate ledgerDb;

    @BeforeEach
    void shop() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "CARTBRIDGE_TEST_WOOCOMMERCE_URL is not set: no real WooCommerce to test against");
        settings = new WooCommerceApiProperties(URL, System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_KEY"),
                System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_SECRET"), 20.0, null, Duration.ofSeconds(60), 3, Duration.ofSeconds(1));
        settings.validate("CARTBRIDGE_TEST_WOOCOMMERCE");
        tls = io.cartbridge.agent.support.ShopTrust.of(System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_TRUSTSTORE"));
        client = settings.client(tls);
        DriverManagerDataSource ds = new DriverManagerDataSource(TestDatabase.create("realwoo"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(ds).load().migrate();
        ledgerDb = new JdbcTemplate(ds);
        ledger = CartCallLedger.on(ledgerDb);
    }

    /** A new product with managed stock and a processing order of two of it; returns {order id, sku}. */
    private String[] order() {
        String sku = "CB-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        ObjectNode product = CartApiClient.object().put("name", "CartBridge test " + sku).put("sku", sku)
                .put("regular_price", "10.00").put("manage_stock", true).put("stock_quantity", 50);
        long productId = client.send("POST", "wc/v3/products", product).path("id").asLong();
        ObjectNode order = CartApiClient.object().put("status", "processing").put("set_paid", true);
        order.putObject("billing").put("first_name", "Test").put("email", "buyer@example.com");
        order.putArray("line_items").addObject().put("product_id", productId).put("quantity", 2);
        return new String[] {client.send("POST", "wc/v3/orders", order).path("id").asText(), sku, Long.toString(productId)};
    }

    private List<ShipmentResult> ship(ShipmentUpdate update) {
        return ship(settings, update);
    }

    private List<ShipmentResult> ship(WooCommerceApiProperties key, ShipmentUpdate update) {
        WooCommerceApi api = new WooCommerceApi(key, tls, "real", ledger);
        WooCommercePlugin plugin = new WooCommercePlugin(ledgerDb, "wp_", "hpos", "cartbridge.stores.real", api);
        return OrderShipments.apply(plugin, List.of(update));
    }

    private List<String> customerNotes(String orderId) {
        List<String> notes = new ArrayList<>();
        for (JsonNode note : client.get("wc/v3/orders/" + orderId + "/notes?type=customer")) {
            notes.add(note.path("note").asText());
        }
        return notes;
    }

    /** {@return how many e-mails with this in their subject the shop has logged, or -1 without a mail log} */
    private static long mails(String subject) throws java.io.IOException {
        if (MAIL_LOG == null || MAIL_LOG.isBlank()) {
            return -1;
        }
        try (var lines = Files.lines(Path.of(MAIL_LOG))) {
            return lines.filter(line -> line.contains(subject)).count();
        }
    }

    private static void assertMails(long completeBefore, long notesBefore, int complete, int notes) throws java.io.IOException {
        if (completeBefore >= 0) {
            assertThat(mails(COMPLETE) - completeBefore).as("\"order complete\" e-mails").isEqualTo(complete);
            assertThat(mails(NOTE) - notesBefore).as("\"note added\" e-mails").isEqualTo(notes);
        }
    }

    @Test
    void partialThenFullShipmentCompletesTheOrderOnceWithOneNoteEach() throws Exception {
        String[] o = order();
        String orderId = o[0];
        String sku = o[1];
        long complete = mails(COMPLETE);
        long notes = mails(NOTE);
        ShipmentUpdate first = new ShipmentUpdate(orderId, "RS-" + orderId + "-1", LocalDate.now(), "UPS",
                List.of("1ZREAL" + orderId), List.of(new Line(sku, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO)));
        assertThat(ship(first).get(0).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(client.get("wc/v3/orders/" + orderId).path("status").asText()).isEqualTo("processing");
        assertMails(complete, notes, 0, 1);

        ShipmentUpdate second = new ShipmentUpdate(orderId, "RS-" + orderId + "-2", LocalDate.now(), "UPS",
                List.of("1ZREAL" + orderId + "B"), List.of(new Line(sku, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO)));
        assertThat(ship(second).get(0).orderComplete()).isTrue();
        assertMails(complete, notes, 1, 2);
        // again, as after a kill before the ledger's commit: nothing is sent twice
        ledgerDb.update("DELETE FROM cb_cart_call");
        assertThat(ship(second).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(ship(first).get(0).outcome()).isEqualTo(Outcome.ALREADY_APPLIED);
        assertMails(complete, notes, 1, 2);

        JsonNode order = client.get("wc/v3/orders/" + orderId);
        assertThat(order.path("status").asText()).isEqualTo("completed");
        assertThat(customerNotes(orderId)).hasSize(2);
        assertThat(order.toString()).contains("1ZREAL" + orderId + "B");
    }

    @Test
    void aReadOnlyKeyIsRefusedWithTheShopsReason() {
        String readKey = System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_READ_KEY");
        assumeTrue(readKey != null && !readKey.isBlank(), "CARTBRIDGE_TEST_WOOCOMMERCE_READ_KEY is not set");
        WooCommerceApiProperties readOnly = new WooCommerceApiProperties(URL, readKey,
                System.getenv("CARTBRIDGE_TEST_WOOCOMMERCE_READ_SECRET"), 20.0, null, Duration.ofSeconds(60), 3, Duration.ofSeconds(1));
        String[] o = order();
        ShipmentUpdate full = new ShipmentUpdate(o[0], "RS-" + o[0] + "-R", LocalDate.now(), "UPS", List.of("1ZREAD" + o[0]),
                List.of(new Line(o[1], BigDecimal.valueOf(2), BigDecimal.ZERO, BigDecimal.ZERO)));

        ShipmentResult result = ship(readOnly, full).get(0);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.detail()).isEqualTo("WooCommerce refused 401 woocommerce_rest_authentication_error "
                + "\"The API key provided does not have write permissions.\" (POST wc/v3/orders/" + o[0] + "/notes)");
        assertThat(ledgerDb.queryForObject("SELECT state FROM cb_cart_call WHERE cart_order_id = ?", String.class, o[0]))
                .isEqualTo("REFUSED");
        assertThat(client.get("wc/v3/orders/" + o[0]).path("status").asText()).isEqualTo("processing");
        assertThat(customerNotes(o[0])).isEmpty();
    }

    @Test
    void stockThroughTheBatchEndpoint() {
        String[] o = order();
        long productId = Long.parseLong(o[2]);
        WooCommerceApi api = new WooCommerceApi(settings, tls, "real", ledger);
        List<String> refused = api.stock().set(java.util.Map.of(productId, BigDecimal.valueOf(7)), java.util.Map.of());
        assertThat(refused).isEmpty();
        assertThat(client.get("wc/v3/products/" + productId).path("stock_quantity").asInt()).isEqualTo(7);
    }
}

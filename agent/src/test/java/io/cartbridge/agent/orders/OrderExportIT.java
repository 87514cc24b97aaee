package io.cartbridge.agent.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.Sha256;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12OrderFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * order-export end to end on real MariaDB and a real SFTP server: the 940s on the server are
 * parsed back and checked field by field; held orders are recorded and sent once fixed; a second
 * run sends nothing twice.
 */
class OrderExportIT {

    static final Address ZOE = new Address("Zoë Müller", "Müller & Söhne GmbH", "Königstraße 12", "Hinterhaus, 2. OG",
            "München", "BY", "80331", "DE", "+49 89 123456", "zoe@example.de");
    static final Address JOHN = new Address("John O'Brien", null, "1 Main St", null, "Springfield", "IL", "62701", "US",
            "555-0101", "john@example.com");
    static final Address LUKASZ = new Address("Łukasz Wójcik", null, "ul. Piotrkowska 5", null, "Łódź", null, "90-001",
            "PL", "+48 42 000", "lukasz@example.pl");

    private static final String CUSTOM_ORDER_NUMBER_HPOS = """
            INSERT INTO wp_wc_orders_meta (order_id, meta_key, meta_value) VALUES (1003, '_order_number', 'SO-2026-0042')""";
    private static final String FILED_ORDER_NUMBERS = """
            SELECT cart_order_id, order_number FROM cb_order WHERE state = 'FILED'""";

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store()
                .product(10, "TSHIRT-BLK", "012345678905")
                .product(11, "MUG-WHT", null)
                .product(12, null, null)                      // a product without SKU
                .product(20, "HOODIE", null)                  // variable product
                .variation(21, 20, "HOODIE-M")
                .variation(22, 20, "HOODIE-L")
                .order(1001, "wc-processing", ZOE, "flat_rate", List.of(Line.of(10, 2, "T-shirt black"), new Line(21, 20, "1", "Hoodie - M")))
                .order(1002, "wc-completed", JOHN, "flat_rate", List.of(Line.of(11, 1, "Mug")))
                .order(1003, "wc-processing", JOHN, "fedex_2day", List.of(Line.of(11, 3, "Mug")))
                .order(1004, "wc-processing", JOHN, "flat_rate", List.of(Line.of(12, 1, "Mystery sticker pack"), Line.of(11, 1, "Mug")))
                .order(1005, "wc-pending", JOHN, "flat_rate", List.of(Line.of(11, 1, "Mug")))
                .order(1006, "wc-processing", LUKASZ, "drone_delivery", List.of(Line.of(10, 1, "T-shirt black")))
                .order(1007, "wc-processing", null, "flat_rate", List.of(Line.of(11, 1, "Mug")))
                .order(1008, "wc-processing", LUKASZ, "flat_rate", List.of(new Line(22, 20, "0", "Hoodie - L")))
                .order(1009, "wc-processing", LUKASZ, "flat_rate", List.of(new Line(22, 20, "4", "Hoodie - L")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void exportsPaidOrdersAsX12WarehouseShippingOrdersFieldByField() {
        try (ConfigurableApplicationContext context = agent.start(Map.of())) {
            JobExecution execution = context.getBean(AdminCommands.class).run("order-export");

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<X12OrderFile> files = agent.parsedFiles();
            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString())
                    .containsExactly("acme3pl-940-000000001.edi");
            X12OrderFile file = files.get(0);
            assertThat(file.interchangeControlNumber()).isEqualTo(1);
            assertThat(file.groupControlNumber()).isEqualTo(1);
            assertThat(file.senderId()).isEqualTo("MYSHOP");
            assertThat(file.receiverId()).isEqualTo("ACME3PL");
            assertThat(file.version()).isEqualTo("004010");
            assertThat(file.transactionControlNumbers()).containsExactly("0001", "0002", "0003");
            assertThat(file.orders()).extracting(WarehouseOrder::orderNumber).containsExactly("1001", "1003", "1009");

            WarehouseOrder zoe = file.orders().get(0);
            assertThat(zoe.shipTo().name()).isEqualTo("Zoë Müller");
            assertThat(zoe.shipTo().company()).isEqualTo("Müller & Söhne GmbH");
            assertThat(zoe.shipTo().line1()).isEqualTo("Königstraße 12");
            assertThat(zoe.shipTo().line2()).isEqualTo("Hinterhaus, 2. OG");
            assertThat(zoe.shipTo().city()).isEqualTo("München");
            assertThat(zoe.shipTo().state()).isEqualTo("BY");
            assertThat(zoe.shipTo().postalCode()).isEqualTo("80331");
            assertThat(zoe.shipTo().country()).isEqualTo("DE");
            assertThat(zoe.shipTo().phone()).isEqualTo("+49 89 123456");
            assertThat(zoe.shipTo().email()).isEqualTo("zoe@example.de");
            assertThat(zoe.carrierCode()).isEqualTo("UPSN");
            assertThat(zoe.serviceLevel()).isEqualTo("GND");
            assertThat(zoe.lines()).extracting(OrderLine::sku, OrderLine::quantity, OrderLine::upc)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("TSHIRT-BLK", 2, "012345678905"),
                            org.assertj.core.groups.Tuple.tuple("HOODIE-M", 1, null));
            assertThat(zoe.lines().get(0).description()).isEqualTo("T-shirt black");

            WarehouseOrder john = file.orders().get(1);
            assertThat(john.shipTo().name()).isEqualTo("John O'Brien");
            assertThat(john.carrierCode()).isEqualTo("FDEG");
            assertThat(john.serviceLevel()).isEqualTo("2D");
            assertThat(john.lines()).extracting(OrderLine::sku, OrderLine::quantity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("MUG-WHT", 3));
            assertThat(file.orders().get(2).shipTo().city()).isEqualTo("Łódź");

            assertThat(held()).containsOnlyKeys("1004", "1006", "1007", "1008");
            assertThat(held().get("1004")).contains("'Mystery sticker pack'").contains("has no SKU");
            assertThat(held().get("1006")).contains("shipping method 'drone_delivery' is not mapped");
            assertThat(held().get("1007")).isEqualTo("no ship-to address");
            assertThat(held().get("1008")).contains("quantity 0");

            assertThat(agent.store().notes(1001)).containsExactly("Sent to warehouse acme3pl by CartBridge: X12 940 in file "
                    + "acme3pl-940-000000001.edi (interchange 000000001, transaction 0001).");
            assertThat(agent.store().notes(1009)).hasSize(1).first().asString().contains("transaction 0003");
            assertThat(agent.store().notes(1004)).isEmpty();
            assertThat(agent.store().notes(1002)).isEmpty();
            // dated as WooCommerce dates its notes: comment_date_gmt in UTC, comment_date in the shop's local time
            java.sql.Timestamp gmt = agent.store().jdbc().queryForObject("SELECT comment_date_gmt FROM wp_comments "
                    + "WHERE comment_post_ID = 1001 AND comment_type = 'order_note'", java.sql.Timestamp.class);
            assertThat(java.time.Duration.between(gmt.toLocalDateTime(),
                    java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)).abs()).isLessThan(java.time.Duration.ofMinutes(2));
        }
    }

    @Test
    void secondRunSendsNothingTwiceAndAFixedOrderGoesOutOnce() {
        try (ConfigurableApplicationContext context = agent.start(Map.of())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(agent.inboundFiles()).hasSize(1);
            assertThat(agent.store().notes(1001)).hasSize(1);

            agent.store().jdbc().update("UPDATE wp_wc_product_meta_lookup SET sku = 'STICKERS' WHERE product_id = 12");
            JobExecution third = admin.run("order-export");

            assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString())
                    .containsExactly("acme3pl-940-000000001.edi", "acme3pl-940-000000002.edi");
            X12OrderFile second = agent.parsedFiles().get(1);
            assertThat(second.interchangeControlNumber()).isEqualTo(2);
            assertThat(second.orders()).extracting(WarehouseOrder::orderNumber).containsExactly("1004");
            assertThat(second.orders().get(0).lines()).extracting(OrderLine::sku).containsExactly("STICKERS", "MUG-WHT");
            assertThat(agent.sentOrderNumbers()).containsExactly("1001", "1003", "1009", "1004");
            assertThat(held()).containsOnlyKeys("1006", "1007", "1008");
            assertThat(agent.store().notes(1004)).hasSize(1);
            assertThat(agent.store().notes(1001)).hasSize(1);
        }
    }

    @Test
    void readsTheSameOrdersFromLegacyPostsStorage() {
        agent.store().ordersOnlyIn("posts");
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.cart.woocommerce.storage", "posts"))) {
            JobExecution execution = context.getBean(AdminCommands.class).run("order-export");

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            X12OrderFile file = agent.parsedFiles().get(0);
            assertThat(file.orders()).extracting(WarehouseOrder::orderNumber).containsExactly("1001", "1003", "1009");
            WarehouseOrder zoe = file.orders().get(0);
            assertThat(zoe.shipTo()).isEqualTo(ZOE);
            assertThat(zoe.lines()).extracting(OrderLine::sku).containsExactly("TSHIRT-BLK", "HOODIE-M");
            assertThat(held()).containsOnlyKeys("1004", "1006", "1007", "1008");
        }
    }

    @Test
    void ordersPerFileSplitsIntoInterchangesWithConsecutiveControlNumbers() throws Exception {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 1,
                "cartbridge.warehouse.x12.version", "005010"))) {
            context.getBean(AdminCommands.class).run("order-export");

            List<X12OrderFile> files = agent.parsedFiles();
            assertThat(files).extracting(X12OrderFile::interchangeControlNumber).containsExactly(1L, 2L, 3L);
            assertThat(files).extracting(X12OrderFile::version).containsOnly("005010");
            assertThat(agent.sentOrderNumbers()).containsExactly("1001", "1003", "1009");
            // the ledger's fingerprint of each file (computed by the server) is that of the bytes on the SFTP server
            Map<String, String> ledgerSha = new java.util.TreeMap<>();
            agent.ledger().query("SELECT file_name, sha256 FROM cb_outbound_file", rs -> {
                ledgerSha.put(rs.getString(1), rs.getString(2));
            });
            Map<String, String> serverSha = new java.util.TreeMap<>();
            for (Path file : agent.inboundFiles()) {
                serverSha.put(file.getFileName().toString(), Sha256.of(file));
            }
            assertThat(ledgerSha).hasSize(3).isEqualTo(serverSha);
        }
    }

    /** Each storage on its own ledger, with the orders in that storage only: the file shows that storage's read. */
    @ParameterizedTest
    @ValueSource(strings = {"hpos", "posts"})
    void aCustomOrderNumberIsTheNumberSentWithTheCartIdBesideIt(String storage) {
        agent.store().jdbc().update(CUSTOM_ORDER_NUMBER_HPOS);
        agent.store().meta(1003, "_order_number", "SO-2026-0042");
        agent.store().ordersOnlyIn(storage);
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.cart.woocommerce.storage", storage))) {
            assertThat(context.getBean(AdminCommands.class).run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }

        assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString()).containsExactly("acme3pl-940-000000001.edi");
        List<WarehouseOrder> orders = agent.parsedFiles().get(0).orders();
        assertThat(orders).extracting(WarehouseOrder::orderNumber, WarehouseOrder::cartOrderId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1001", "1001"), org.assertj.core.groups.Tuple.tuple("SO-2026-0042", "1003"),
                org.assertj.core.groups.Tuple.tuple("1009", "1009"));
        WarehouseOrder custom = orders.get(1);
        assertThat(custom.shipTo().name()).isEqualTo("John O'Brien");
        assertThat(custom.shipTo().line1()).isEqualTo("1 Main St");
        assertThat(custom.shipTo().city()).isEqualTo("Springfield");
        assertThat(custom.shipTo().postalCode()).isEqualTo("62701");
        assertThat(custom.carrierCode()).isEqualTo("FDEG");
        assertThat(custom.lines()).extracting(OrderLine::sku, OrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MUG-WHT", 3));
        assertThat(orders.get(0).lines()).extracting(OrderLine::sku).containsExactly("TSHIRT-BLK", "HOODIE-M");

        Map<String, String> filed = new java.util.TreeMap<>();
        agent.ledger().query(FILED_ORDER_NUMBERS, rs -> {
            filed.put(rs.getString(1), rs.getString(2));
        });
        assertThat(filed).containsExactly(Map.entry("1001", "1001"), Map.entry("1003", "SO-2026-0042"), Map.entry("1009", "1009"));
        assertThat(held()).containsOnlyKeys("1004", "1006", "1007", "1008");
        assertThat(agent.store().notes(1003)).singleElement().asString().contains("transaction 0002");
    }

    private Map<String, String> held() {
        Map<String, String> held = new java.util.TreeMap<>();
        agent.ledger().query("SELECT cart_order_id, reason FROM cb_order WHERE state = 'HELD'",
                rs -> {
                    held.put(rs.getString(1), rs.getString(2));
                });
        return held;
    }
}

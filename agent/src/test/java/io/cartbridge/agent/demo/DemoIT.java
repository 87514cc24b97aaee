package io.cartbridge.agent.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cartbridge.agent.config.EmbeddedDatabaseListener;
import io.cartbridge.agent.config.EmbeddedMariaDb;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12OrderFile;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code cartbridge demo} on embedded defaults: embedded MariaDB, the demo store from sample-data,
 * the sandbox warehouse and its simulated 3PL. The first run sends 28 of the 30 paid orders and holds
 * two, and the whole loop comes back: shipments (one partial), a stock snapshot, 997s; the second run
 * sends and applies nothing. Checked in the demo's ledger, its store and the warehouse's files; the
 * console only for naming the figures. {@code demo --shops 2} likewise, with two shops and two warehouses.
 * Both demos share one embedded MariaDB (one per JVM), each in databases of its own.
 */
class DemoIT {

    private static final String ORDER_STATES = """
            SELECT state, COUNT(*) FROM cb_order GROUP BY state""";
    private static final String HELD = """
            SELECT cart_order_id, reason FROM cb_order WHERE state = 'HELD'""";
    private static final String OUTBOUND_FILES = """
            SELECT CONCAT(document_type, ' ', state), COUNT(*) FROM cb_outbound_file GROUP BY document_type, state""";
    private static final String INBOUND_FILES = """
            SELECT CONCAT(document_type, ' ', state), COUNT(*) FROM cb_inbound_file GROUP BY document_type, state""";
    private static final String SHIPMENTS = """
            SELECT cart_order_id, order_complete, tracking_numbers FROM cb_shipment WHERE state = 'APPLIED'""";
    private static final String SNAPSHOT = """
            SELECT local_path, reason FROM cb_inbound_file WHERE document_type = '846'""";
    private static final String ORDER_STATUS = """
            SELECT id, status FROM wp_wc_orders WHERE type = 'shop_order'""";
    private static final String MANAGED_STOCK = """
            SELECT l.sku, l.stock_quantity FROM wp_wc_product_meta_lookup l
            JOIN wp_postmeta m ON m.post_id = l.product_id AND m.meta_key = '_manage_stock' AND m.meta_value = 'yes'""";
    /** An 846 item of the sandbox 3PL: its SKU, then its available quantity. */
    private static final Pattern STOCK_ITEM = Pattern.compile("LIN\\*\\*SK\\*([^~]+)~\\s*QTY\\*33\\*(\\d+)\\*EA~");

    static Path home;

    @BeforeAll
    static void home() throws IOException {
        // not under target/: a clone may live in the temporary folder, which the embedded MariaDB refuses as home
        home = Files.createDirectories(Path.of(System.getProperty("user.home"), ".cartbridge-test", "demo-it-" + System.nanoTime()));
        System.setProperty("cartbridge.home", home.toString());
    }

    @AfterAll
    static void clear() throws IOException {
        System.clearProperty("cartbridge.home");
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void demoSendsThePaidOrdersOnceAndHoldsTheBrokenOnes() throws IOException {
        String first = demo();

        JdbcTemplate ledger = database("cartbridge");
        JdbcTemplate shop = database("demo_shop");
        assertThat(counts(ledger, ORDER_STATES)).containsOnly(entry("FILED", 28L), entry("HELD", 2L));
        Map<String, String> held = strings(ledger, HELD);
        assertThat(held).containsOnlyKeys("5008", "5013");
        assertThat(held.get("5008")).contains("shipping method 'drone_delivery' is not mapped");
        assertThat(held.get("5013")).contains("'Mystery sticker pack'").contains("has no SKU");
        List<String> sent = sentOrders();
        assertThat(sent).hasSize(28).doesNotHaveDuplicates().doesNotContain("5008", "5013", "5031", "5036")
                .contains("5001", "5030");
        assertThat(warehouseFiles("in")).filteredOn(name -> name.contains("-940-"))
                .containsExactly("sandbox3pl-940-000000001.edi", "sandbox3pl-940-000000002.edi", "sandbox3pl-940-000000003.edi");

        // the 3PL's answers: a 945 per order file and one 846, each collected, applied and acknowledged by a 997
        assertThat(counts(ledger, INBOUND_FILES)).containsOnly(entry("945 APPLIED", 3L), entry("846 APPLIED", 1L));
        assertThat(counts(ledger, OUTBOUND_FILES)).containsOnly(entry("940 UPLOADED", 3L), entry("997 UPLOADED", 4L));

        // every sent order shipped: completed in the store, but the one shipped partly, which stays processing
        List<Map<String, Object>> shipments = ledger.queryForList(SHIPMENTS);
        assertThat(shipments).extracting(s -> s.get("cart_order_id").toString()).containsExactlyInAnyOrderElementsOf(sent);
        List<String> partial = shipments.stream().filter(s -> !(Boolean) s.get("order_complete"))
                .map(s -> s.get("cart_order_id").toString()).toList();
        assertThat(partial).containsExactly(sent.get(0));
        assertThat(shipments).filteredOn(s -> s.get("tracking_numbers").toString().contains(","))
                .as("every third order with more than one line goes in two parcels").isNotEmpty();
        Map<String, String> status = strings(shop, ORDER_STATUS);
        for (String order : sent) {
            assertThat(status.get(order)).as("order " + order).isEqualTo(partial.contains(order) ? "wc-processing" : "wc-completed");
        }
        assertThat(status.get("5008")).isEqualTo("wc-processing");

        // stock: every managed SKU of the snapshot now shows the warehouse's figure (all its orders have shipped)
        Map<String, Object> snapshot = ledger.queryForMap(SNAPSHOT);
        Map<String, Long> warehouseStock = stockItems(Path.of(snapshot.get("local_path").toString()));
        Map<String, Long> managed = counts(shop, MANAGED_STOCK);
        Map<String, Long> expected = new TreeMap<>(warehouseStock);
        expected.keySet().retainAll(managed.keySet());
        assertThat(expected).isNotEmpty();
        assertThat(managed).containsAllEntriesOf(expected);
        Matcher summary = Pattern.compile("(\\d+) changed, (\\d+) unchanged").matcher(snapshot.get("reason").toString());
        assertThat(summary.find()).as(snapshot.get("reason").toString()).isTrue();
        assertThat(Long.parseLong(summary.group(1))).isPositive();
        assertThat(Long.parseLong(summary.group(1)) + Long.parseLong(summary.group(2))).isEqualTo(expected.size());

        // the console names the figures
        assertThat(first).containsPattern("sent to sandbox3pl:\\s+28\\b").containsPattern("held:\\s+2\\b")
                .containsPattern("shipped:\\s+28\\b").contains("order 5008").contains("order 5013");

        String second = demo();

        assertThat(second).contains("found from an earlier run").containsPattern("sent to sandbox3pl:\\s+0\\b");
        assertThat(sentOrders()).hasSize(28).doesNotHaveDuplicates();
        assertThat(counts(ledger, ORDER_STATES)).containsOnly(entry("FILED", 28L), entry("HELD", 2L));
        assertThat(counts(ledger, INBOUND_FILES)).containsOnly(entry("945 APPLIED", 3L), entry("846 APPLIED", 1L));
        assertThat(counts(ledger, OUTBOUND_FILES)).containsOnly(entry("940 UPLOADED", 3L), entry("997 UPLOADED", 4L));
        assertThat(ledger.queryForList(SHIPMENTS)).hasSize(28);
        assertThat(counts(shop, MANAGED_STOCK)).isEqualTo(managed);
    }

    private static final String FILED_PER_CONNECTION = """
            SELECT CONCAT(store, ' ', partner), COUNT(*) FROM cb_order WHERE state = 'FILED' GROUP BY store, partner""";
    private static final String HELD_PER_STORE = """
            SELECT CONCAT(store, ' ', cart_order_id), reason FROM cb_order WHERE state = 'HELD'""";
    private static final String SHIPPED_PER_CONNECTION = """
            SELECT CONCAT(store, ' ', partner), COUNT(*) FROM cb_shipment WHERE state = 'APPLIED' GROUP BY store, partner""";
    private static final String INBOUND_PER_CONNECTION = """
            SELECT CONCAT(store, ' ', partner, ' ', document_type, ' ', state), COUNT(*) FROM cb_inbound_file
            GROUP BY store, partner, document_type, state""";
    private static final String SHIPMENT_OF_5001 = """
            SELECT CONCAT(store, ' ', partner), inbound_file_id FROM cb_shipment WHERE cart_order_id = '5001'""";
    private static final String POSTS_ORDER_STATUS = """
            SELECT ID, post_status FROM wp_posts WHERE post_type = 'shop_order'""";
    private static final String POSTS_TRACKING_NOTES = """
            SELECT COUNT(DISTINCT comment_post_ID) FROM wp_comments WHERE comment_type = 'order_note' AND comment_content LIKE '%1ZSBX%'""";

    @Test
    void demoWithTwoShopsRoutesByCountryAndAnswersEachShopBack() throws IOException {
        String first = demo(2);

        JdbcTemplate ledger = database("cartbridge_shops");
        JdbcTemplate main = database("demo_main");
        JdbcTemplate outlet = database("demo_outlet");
        // main: US and CA to us3pl, the rest to eu3pl; outlet: US to us3pl, EU to eu3pl, BR nowhere
        assertThat(counts(ledger, FILED_PER_CONNECTION)).containsOnly(entry("main us3pl", 14L), entry("main eu3pl", 14L),
                entry("outlet us3pl", 2L), entry("outlet eu3pl", 4L));
        Map<String, String> held = strings(ledger, HELD_PER_STORE);
        assertThat(held).containsOnlyKeys("main 5008", "main 5013", "outlet 5004");
        assertThat(held.get("outlet 5004")).startsWith("no warehouse ships to BR");
        assertThat(held.get("main 5008")).contains("'drone_delivery' is not mapped");

        // each warehouse's folder holds the orders routed to it, each shop's under its own sender id
        Map<String, List<String>> us = ordersBySender("sandbox-us3pl", "SANDBOXUS");
        Map<String, List<String>> eu = ordersBySender("sandbox-eu3pl", "SANDBOXEU");
        assertThat(us).containsOnlyKeys("MAINUS", "OUTLETUS");
        assertThat(us.get("MAINUS")).containsExactlyInAnyOrder("5007", "5009", "5010", "5011", "5012", "5014", "5021",
                "5022", "5023", "5024", "5025", "5026", "5027", "5028");
        assertThat(us.get("OUTLETUS")).containsExactlyInAnyOrder("5003", "5006");
        assertThat(eu).containsOnlyKeys("MAINEU", "OUTLETEU");
        assertThat(eu.get("MAINEU")).containsExactlyInAnyOrder("5001", "5002", "5003", "5004", "5005", "5006", "5015",
                "5016", "5017", "5018", "5019", "5020", "5029", "5030");
        assertThat(eu.get("OUTLETEU")).containsExactlyInAnyOrder("5001", "5002", "5005", "5007");

        // the answers found their shops: a 945 per order file and an 846 per shop and warehouse, all applied
        assertThat(counts(ledger, INBOUND_PER_CONNECTION)).containsOnly(
                entry("main us3pl 945 APPLIED", 3L), entry("main eu3pl 945 APPLIED", 3L),
                entry("outlet us3pl 945 APPLIED", 1L), entry("outlet eu3pl 945 APPLIED", 1L),
                entry("main us3pl 846 APPLIED", 1L), entry("main eu3pl 846 APPLIED", 1L),
                entry("outlet us3pl 846 APPLIED", 1L), entry("outlet eu3pl 846 APPLIED", 1L));
        assertThat(counts(ledger, SHIPPED_PER_CONNECTION)).containsOnly(entry("main us3pl", 14L), entry("main eu3pl", 14L),
                entry("outlet us3pl", 2L), entry("outlet eu3pl", 4L));
        Map<String, String> both5001 = strings(ledger, SHIPMENT_OF_5001);
        assertThat(both5001).containsOnlyKeys("main eu3pl", "outlet eu3pl");
        assertThat(both5001.get("main eu3pl")).as("each shop's 5001 from its own 945").isNotEqualTo(both5001.get("outlet eu3pl"));

        // applied to the right store: HPOS rows in main, posts in outlet (each warehouse's first order ships partly)
        Map<String, String> mainStatus = strings(main, ORDER_STATUS);
        // 26 orders shipped whole, and 5033 and 5034, completed before the demo
        assertThat(mainStatus.values().stream().filter("wc-completed"::equals).count()).isEqualTo(28);
        assertThat(mainStatus).containsEntry("5007", "wc-processing").containsEntry("5001", "wc-processing")
                .containsEntry("5008", "wc-processing").containsEntry("5030", "wc-completed");
        assertThat(strings(outlet, POSTS_ORDER_STATUS)).containsOnly(entry("5001", "wc-completed"), entry("5002", "wc-completed"),
                entry("5003", "wc-completed"), entry("5004", "wc-processing"), entry("5005", "wc-completed"),
                entry("5006", "wc-completed"), entry("5007", "wc-completed"));
        assertThat(outlet.queryForObject(POSTS_TRACKING_NOTES, Integer.class)).isEqualTo(6);

        assertThat(first).containsPattern("main-us\\s+main\\s+us3pl\\s+14\\s+2\\s+14\\b")
                .containsPattern("outlet-eu\\s+outlet\\s+eu3pl\\s+4\\s+1\\s+4\\b")
                .contains("outlet order 5004: no warehouse ships to BR").containsPattern("Files uploaded to /in: \\d+");

        String second = demo(2);

        assertThat(second).contains("Shop 'outlet' found from an earlier run")
                .containsPattern("main-us\\s+main\\s+us3pl\\s+0\\s+2\\s+0\\b")
                .containsPattern("outlet-eu\\s+outlet\\s+eu3pl\\s+0\\s+1\\s+0\\b");
        assertThat(ordersBySender("sandbox-us3pl", "SANDBOXUS")).isEqualTo(us);
        assertThat(ordersBySender("sandbox-eu3pl", "SANDBOXEU")).isEqualTo(eu);
        assertThat(counts(ledger, FILED_PER_CONNECTION)).containsOnly(entry("main us3pl", 14L), entry("main eu3pl", 14L),
                entry("outlet us3pl", 2L), entry("outlet eu3pl", 4L));
        assertThat(counts(ledger, SHIPPED_PER_CONNECTION)).containsOnly(entry("main us3pl", 14L), entry("main eu3pl", 14L),
                entry("outlet us3pl", 2L), entry("outlet eu3pl", 4L));
        assertThat(counts(ledger, INBOUND_PER_CONNECTION).values()).containsOnly(1L, 3L).hasSize(8);
    }

    private static final String ANSWERS = """
            SELECT local_path FROM cb_inbound_file ORDER BY remote_name""";
    private static final String SNAPSHOT_OF_TYPE = """
            SELECT reason FROM cb_inbound_file WHERE document_type = ?""";

    @ParameterizedTest
    @ValueSource(strings = {"edifact", "xml"})
    void demoInAnotherFormatRunsTheWholeLoopInIt(String name) throws IOException {
        WarehouseFormat format = WarehouseFormats.named(name);
        String order = format.sentDocumentType(DocumentKind.ORDER);
        String confirmation = format.sentDocumentType(DocumentKind.SHIPMENT_CONFIRMATION);
        String snapshot = format.sentDocumentType(DocumentKind.INVENTORY_SNAPSHOT);
        String ack = format.sentDocumentType(DocumentKind.ACKNOWLEDGMENT);
        String first = demo(name);

        JdbcTemplate ledger = database("cartbridge_" + name);
        JdbcTemplate shop = database("demo_shop_" + name);
        assertThat(counts(ledger, ORDER_STATES)).containsOnly(entry("FILED", 28L), entry("HELD", 2L));
        Path warehouse = home.resolve("demo").resolve(name).resolve("sandbox-warehouse/root");
        List<Path> orderFiles = files(warehouse.resolve("in"), "-" + order + "-");
        assertThat(orderFiles).extracting(f -> f.getFileName().toString()).containsExactly(
                "sandbox3pl-%s-000000001.%s".formatted(order, format.fileExtension()),
                "sandbox3pl-%s-000000002.%s".formatted(order, format.fileExtension()),
                "sandbox3pl-%s-000000003.%s".formatted(order, format.fileExtension()));
        List<String> sent = new ArrayList<>();
        for (Path f : orderFiles) {
            byte[] content = Files.readAllBytes(f);
            assertThat(WarehouseFormats.detect(content)).as(f.toString()).contains(format);
            Envelope envelope = format.envelope(content);
            assertThat(List.of(envelope.senderId(), envelope.receiverId())).isEqualTo(name.equals("edifact")
                    ? List.of(DemoFormats.SHOP_GLN, DemoFormats.SANDBOX_GLN) : List.of("DEMOSHOP", "SANDBOX3PL"));
            if (name.equals("edifact")) {
                assertThat(List.of(envelope.senderQualifier(), envelope.receiverQualifier())).containsExactly("14", "14");
            }
            try (InputStream in = Files.newInputStream(f)) {
                format.orders(in).forEach(o -> sent.add(o.orderNumber()));
            }
        }
        assertThat(sent).hasSize(28).doesNotHaveDuplicates().doesNotContain("5008", "5013").contains("5001", "5030");

        // the 3PL answered in the same format, addressed back to the shop
        List<Path> answers = ledger.queryForList(ANSWERS, String.class).stream().map(Path::of).toList();
        assertThat(answers).hasSize(4);
        for (Path f : answers) {
            Envelope back = format.envelope(Files.readAllBytes(f));
            assertThat(List.of(back.senderId(), back.receiverId())).as(f.toString()).isEqualTo(name.equals("edifact")
                    ? List.of(DemoFormats.SANDBOX_GLN, DemoFormats.SHOP_GLN) : List.of("SANDBOX3PL", "DEMOSHOP"));
        }
        assertThat(counts(ledger, INBOUND_FILES)).containsOnly(entry(confirmation + " APPLIED", 3L), entry(snapshot + " APPLIED", 1L));
        assertThat(counts(ledger, OUTBOUND_FILES)).containsOnly(entry(order + " UPLOADED", 3L), entry(ack + " UPLOADED", 4L));
        List<Path> acks = files(warehouse.resolve("in"), "-" + ack + "-");
        assertThat(acks).hasSize(4).allSatisfy(f -> assertThat(WarehouseFormats.detect(Files.readAllBytes(f))).contains(format));

        // every sent order shipped: completed in the store, but the one shipped partly
        List<Map<String, Object>> shipments = ledger.queryForList(SHIPMENTS);
        assertThat(shipments).extracting(s -> s.get("cart_order_id").toString()).containsExactlyInAnyOrderElementsOf(sent);
        List<String> partial = shipments.stream().filter(s -> !(Boolean) s.get("order_complete"))
                .map(s -> s.get("cart_order_id").toString()).toList();
        assertThat(partial).containsExactly(sent.get(0));
        assertThat(shipments).allSatisfy(s -> assertThat(s.get("tracking_numbers").toString()).startsWith("1ZSBX"));
        assertThat(shipments).filteredOn(s -> s.get("tracking_numbers").toString().contains(",")).isNotEmpty();
        Map<String, String> status = strings(shop, ORDER_STATUS);
        for (String o : sent) {
            assertThat(status.get(o)).as("order " + o).isEqualTo(partial.contains(o) ? "wc-processing" : "wc-completed");
        }

        // stock: the snapshot changed the store's managed stock
        String reason = ledger.queryForObject(SNAPSHOT_OF_TYPE, String.class, snapshot);
        Matcher summary = Pattern.compile("(\\d+) changed, (\\d+) unchanged").matcher(reason);
        assertThat(summary.find()).as(reason).isTrue();
        assertThat(Long.parseLong(summary.group(1))).isPositive();
        Map<String, Long> managed = counts(shop, MANAGED_STOCK);
        assertThat(first).containsPattern("sent to sandbox3pl:\\s+28\\b").contains("(" + confirmation + ")");

        String second = demo(name);

        assertThat(second).contains("found from an earlier run").containsPattern("sent to sandbox3pl:\\s+0\\b");
        assertThat(files(warehouse.resolve("in"), "-" + order + "-")).hasSize(3);
        assertThat(counts(ledger, ORDER_STATES)).containsOnly(entry("FILED", 28L), entry("HELD", 2L));
        assertThat(counts(ledger, INBOUND_FILES)).containsOnly(entry(confirmation + " APPLIED", 3L), entry(snapshot + " APPLIED", 1L));
        assertThat(counts(ledger, OUTBOUND_FILES)).containsOnly(entry(order + " UPLOADED", 3L), entry(ack + " UPLOADED", 4L));
        assertThat(ledger.queryForList(SHIPMENTS)).hasSize(28);
        assertThat(counts(shop, MANAGED_STOCK)).isEqualTo(managed);
    }

    /**
     * {@code demo --platform prestashop}: the demo PrestaShop store's paid orders 1001 and 1002 sent (1005 held: a line
     * without a reference), shipped back as PrestaShop's back office ships (tracking, the shipped state on the one
     * fully shipped), stock set in {@code stock_available}; a second run sends and applies nothing.
     */
    @Test
    void demoOnPrestaShopRunsTheWholeLoopOnItsTables() {
        String first = demo(null, "prestashop");

        JdbcTemplate ledger = database("cartbridge_prestashop");
        JdbcTemplate shop = database("demo_shop_prestashop");
        assertThat(counts(ledger, ORDER_STATES)).containsOnly(entry("FILED", 2L), entry("HELD", 1L));
        assertThat(strings(ledger, HELD)).containsOnlyKeys("1005");
        Map<String, String> states = strings(shop, "SELECT id_order, current_state FROM ps_orders WHERE id_order IN (1001, 1002)");
        Map<String, String> tracking = strings(shop, "SELECT id_order, tracking_number FROM ps_order_carrier WHERE id_order IN (1001, 1002)");
        // 1001 shipped partly by the sandbox (its first sent order): tracking kept, state not yet shipped
        assertThat(states).containsEntry("1002", "4").doesNotContainEntry("1001", "4");
        assertThat(tracking).allSatisfy((order, number) -> assertThat(number).startsWith("1ZSBX"));
        assertThat(first).contains("Demo PrestaShop store created").containsPattern("sent to sandbox3pl:\\s+2\\b")
                .contains("inventory-import  COMPLETED").contains("completed in PrestaShop");
        Map<String, String> stock = strings(shop, "SELECT CONCAT(id_product, '/', id_product_attribute), quantity FROM ps_stock_available");
        String reason = ledger.queryForObject(SNAPSHOT, (rs, i) -> rs.getString("reason"));
        assertThat(reason).matches("[1-9]\\d* changed, \\d+ unchanged.*");

        String second = demo(null, "prestashop");

        assertThat(second).contains("found from an earlier run").containsPattern("sent to sandbox3pl:\\s+0\\b");
        assertThat(counts(ledger, ORDER_STATES)).containsOnly(entry("FILED", 2L), entry("HELD", 1L));
        assertThat(counts(ledger, INBOUND_FILES)).containsOnly(entry("945 APPLIED", 1L), entry("846 APPLIED", 1L));
        assertThat(strings(shop, "SELECT CONCAT(id_product, '/', id_product_attribute), quantity FROM ps_stock_available"))
                .isEqualTo(stock);
        assertThat(shop.queryForObject("SELECT COUNT(*) FROM ps_order_history WHERE id_order = 1002 AND id_order_state = 4",
                Integer.class)).isEqualTo(1);
    }

    /**
     * {@code demo --platform magento2}: the demo Magento store's five orders that need shipping sent and shipped back as
     * Magento's Ship action does (shipments with tracks; four orders fully shipped, three of them complete, the one
     * not invoiced and the one shipped partly still processing), MSI stock set; a second run sends and applies nothing.
     */
    @Test
    void demoOnMagentoRunsTheWholeLoopOnItsTables() {
        String first = demo(null, "magento2");

        JdbcTemplate ledger = database("cartbridge_magento2");
        JdbcTemplate shop = database("demo_shop_magento2");
        assertThat(counts(ledger, ORDER_STATES)).containsOnly(entry("FILED", 5L));
        assertThat(first).contains("Demo Magento 2 store created").containsPattern("sent to sandbox3pl:\\s+5\\b")
                .contains("inventory-import  COMPLETED").contains("(4 completed in Magento 2, 1 partly shipped)");
        Map<String, Long> states = counts(shop, "SELECT state, COUNT(*) FROM sales_order WHERE increment_id IN "
                + "(SELECT order_number FROM cartbridge_magento2.cb_order) GROUP BY state");
        // four orders fully shipped, but Magento completes only an invoiced one: the demo has one paid, not invoiced
        assertThat(states).containsOnly(entry("complete", 3L), entry("processing", 2L));
        long tracks = shop.queryForObject("SELECT COUNT(*) FROM sales_shipment_track WHERE track_number LIKE '1ZSBX%'", Long.class);
        assertThat(tracks).isGreaterThanOrEqualTo(5);
        Map<String, Long> sources = counts(shop, "SELECT sku, quantity FROM inventory_source_item");

        String second = demo(null, "magento2");

        assertThat(second).contains("found from an earlier run").containsPattern("sent to sandbox3pl:\\s+0\\b");
        assertThat(counts(ledger, INBOUND_FILES)).containsOnly(entry("945 APPLIED", 1L), entry("846 APPLIED", 1L));
        assertThat(shop.queryForObject("SELECT COUNT(*) FROM sales_shipment_track WHERE track_number LIKE '1ZSBX%'", Long.class))
                .isEqualTo(tracks);
        assertThat(counts(shop, "SELECT sku, quantity FROM inventory_source_item")).isEqualTo(sources);
    }

    private static List<Path> files(Path folder, String nameContains) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(nameContains)).sorted().toList();
        }
    }

    private static String demo(String format) {
        return demo(format, null);
    }

    private static String demo(String format, String platform) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DemoCommand.run(List.of(), 1, format, platform, new PrintStream(out, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        return output;
    }

    private static String demo() {
        return demo(1);
    }

    private static String demo(int shops) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DemoCommand.run(List.of(), shops, new PrintStream(out, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        return output;
    }

    /** A database of the demo's embedded MariaDB, which stays up for the rest of this JVM. */
    private static JdbcTemplate database(String name) {
        EmbeddedMariaDb server = EmbeddedDatabaseListener.server(home.resolve("demo"));
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(name), "root", ""));
    }

    private static Map<String, Long> counts(JdbcTemplate db, String sql) {
        Map<String, Long> counts = new TreeMap<>();
        db.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static Map<String, String> strings(JdbcTemplate db, String sql) {
        Map<String, String> values = new TreeMap<>();
        db.query(sql, rs -> {
            values.put(rs.getString(1), rs.getString(2));
        });
        return values;
    }

    private static Map<String, Long> stockItems(Path file) throws IOException {
        Map<String, Long> stock = new TreeMap<>();
        Matcher item = STOCK_ITEM.matcher(Files.readString(file));
        while (item.find()) {
            stock.put(item.group(1), Long.parseLong(item.group(2)));
        }
        return stock;
    }

    private static List<String> warehouseFiles(String folder) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("demo/sandbox-warehouse/root").resolve(folder))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The orders in the 940s of a sandbox warehouse's folder, by envelope sender id; every one addressed to {@code receiver}. */
    private static Map<String, List<String>> ordersBySender(String sandbox, String receiver) throws IOException {
        Map<String, List<String>> orders = new TreeMap<>();
        try (Stream<Path> files = Files.list(home.resolve("demo").resolve(sandbox).resolve("root/in"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().contains("-940-")).sorted().toList()) {
                try (InputStream stream = Files.newInputStream(f)) {
                    X12OrderFile file = new X12WarehouseOrderReader().read(stream);
                    assertThat(file.receiverId()).as(f.toString()).isEqualTo(receiver);
                    file.orders().forEach(o -> orders.computeIfAbsent(file.senderId(), s -> new ArrayList<>()).add(o.orderNumber()));
                }
            }
        }
        return orders;
    }

    private static List<String> sentOrders() throws IOException {
        Path in = home.resolve("demo/sandbox-warehouse/root/in");
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(f -> f.getFileName().toString().contains("-940-")).sorted().flatMap(f -> {
                try (InputStream stream = Files.newInputStream(f)) {
                    return new X12WarehouseOrderReader().read(stream).orders().stream().map(WarehouseOrder::orderNumber).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cartbridge.agent.config.EmbeddedDatabaseListener;
import io.cartbridge.agent.config.EmbeddedMariaDb;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code cartbridge demo} on embedded defaults: embedded MariaDB, the demo store from sample-data,
 * the sandbox warehouse and its simulated 3PL. The first run sends 28 of the 30 paid orders and holds
 * two, and the whole loop comes back: shipments (one partial), a stock snapshot, 997s; the second run
 * sends and applies nothing. Checked in the demo's ledger, its store and the warehouse's files; the
 * console only for naming the figures.
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

    private static String demo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DemoCommand.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
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

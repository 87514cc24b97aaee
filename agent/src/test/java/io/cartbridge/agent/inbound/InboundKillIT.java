package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The agent process is killed with SIGKILL in the middle of a large inbound file, after some chunks
 * committed; {@code cartbridge restart ID} from a new process resumes at the chunk after the last
 * committed one and ends in the state of a run without a kill: each shipment applied once, each
 * stock level the file's. Real MariaDB (the agent's and the shop's databases) and a real SFTP server;
 * the killed and the restarting agents are separate JVMs. X12 here; {@link EdifactKillIT} and {@link XmlKillIT} run the
 * same scenarios for a partner of another format, overriding only the partner's settings and the files it sends.
 */
class InboundKillIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    static final int SHIPMENTS = 300;
    static final int SHIPMENT_CHUNK = 200;
    static final long FIRST_ORDER = 8000;
    static final int ITEMS = 5000;
    static final int INVENTORY_CHUNK = 2500;
    static final long FIRST_PRODUCT = 200_000;

    @TempDir
    Path folder;
    TestAgent agent;
    /** One connection each, for polling a running agent every few milliseconds. */
    SingleConnectionDataSource ledgerConnection;
    SingleConnectionDataSource shopConnection;
    JdbcTemplate ledger;
    JdbcTemplate shop;

    @BeforeEach
    void agent() {
        agent = new TestAgent(folder);
        ledgerConnection = new SingleConnectionDataSource((String) agent.properties().get("spring.datasource.url"),
                TestDatabase.user(), TestDatabase.password(), true);
        shopConnection = new SingleConnectionDataSource(agent.store().url(), TestDatabase.user(), TestDatabase.password(), true);
        ledger = new JdbcTemplate(ledgerConnection);
        shop = new JdbcTemplate(shopConnection);
    }

    @AfterEach
    void close() {
        ledgerConnection.destroy();
        shopConnection.destroy();
        agent.close();
    }

    /** {@return the partner's settings beyond the test agent's (X12 ones): its format and envelope ids} */
    Map<String, Object> partnerSettings() {
        return Map.of();
    }

    /** {@return the ledger's document type of the shipment file} */
    String shipmentDocumentType() {
        return "945";
    }

    /** {@return the ledger's document type of the inventory file} */
    String inventoryDocumentType() {
        return "846";
    }

    @Test
    void shipmentImportKilledInTheMiddleOfAFileIsRestartedFromANewProcess() throws Exception {
        agent.store().product(10, "SKU-A", null);
        for (int i = 1; i <= SHIPMENTS; i++) {
            agent.store().order(FIRST_ORDER + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, units(i), "A")));
        }
        try (ConfigurableApplicationContext context = agent.start(settings(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s",
                "cartbridge.warehouse.orders-per-file", 500)))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            shipmentAdvice("ship-big.edi");
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(ledger.queryForList("SELECT state FROM cb_inbound_file WHERE document_type = ?", String.class, shipmentDocumentType()))
                .containsExactly("RECEIVED");

        Process first = agent.spawn(List.of("run", "shipment-import"), partnerSettings(),
                Faults.none().pauseAt("shipment.after-apply", Duration.ofMillis(1000)), folder.resolve("first.log"));
        try {
            // Killed between the two commits of a chunk: the cart has committed the chunk's shipments (one
            // cart transaction per chunk), the ledger and the checkpoint (the chunk's transaction) not yet.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> {
                alive(first, "first.log");
                int cart = completedOrders();
                int recorded = recordedShipments();
                return recorded >= SHIPMENT_CHUNK && cart > recorded;
            });
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        long killed = execution("shipment-import");
        assertThat(jobStatus(killed)).isEqualTo("STARTED");
        int committed = recordedShipments();
        assertThat(committed).as("whole chunks committed, the file not finished").isBetween(SHIPMENT_CHUNK, SHIPMENTS - 1);
        assertThat(committed % SHIPMENT_CHUNK).isZero();
        assertThat(stepCount(killed, "WRITE_COUNT")).as("the checkpoint commits with the ledger").isEqualTo(committed);
        assertThat(completedOrders()).as("the cart was ahead of the ledger when the process died").isGreaterThan(committed);

        restart(killed);

        long restarted = execution("shipment-import");
        assertThat(restarted).isNotEqualTo(killed);
        assertThat(jobStatus(restarted)).isEqualTo("COMPLETED");
        assertThat(stepCount(restarted, "READ_COUNT")).as("resumed after the last committed chunk")
                .isEqualTo(SHIPMENTS - committed);
        assertShippedOnce();
    }

    @Test
    void inventoryImportKilledInTheMiddleOfAFileIsRestartedFromANewProcess() throws Exception {
        stockedProducts();
        try (ConfigurableApplicationContext context = agent.start(settings(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s")))) {
            inventoryAdvice("stock-big.edi");
            assertThat(context.getBean(AdminCommands.class).run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(ledger.queryForList("SELECT state FROM cb_inbound_file WHERE document_type = ?", String.class, inventoryDocumentType()))
                .containsExactly("RECEIVED");

        Process first = agent.spawn(List.of("run", "inventory-import"), partnerSettings(),
                Faults.none().pauseAt("inventory.chunk", Duration.ofMillis(1000)), folder.resolve("first.log"));
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
                alive(first, "first.log");
                List<Integer> written = ledger.queryForList("""
                        SELECT WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'inventory-apply:default' AND STATUS = 'STARTED'""",
                        Integer.class);
                return !written.isEmpty() && written.get(0) >= INVENTORY_CHUNK;
            });
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        long killed = execution("inventory-import");
        assertThat(jobStatus(killed)).isEqualTo("STARTED");
        int committed = stepCount(killed, "WRITE_COUNT");
        assertThat(committed).as("whole chunks committed, the file not finished").isBetween(INVENTORY_CHUNK, ITEMS - 1);
        assertThat(committed % INVENTORY_CHUNK).isZero();
        assertThat(changedInLookup()).as("the stock of the committed chunks is set").isBetween(committed, ITEMS - 1);

        restart(killed);

        long restarted = execution("inventory-import");
        assertThat(restarted).isNotEqualTo(killed);
        assertThat(jobStatus(restarted)).isEqualTo("COMPLETED");
        assertThat(stepCount(restarted, "READ_COUNT")).as("resumed after the last committed chunk").isEqualTo(ITEMS - committed);
        assertStockIsTheFiles();
        assertThat(ledger.queryForList("SELECT state FROM cb_inbound_file WHERE document_type = ?", String.class, inventoryDocumentType()))
                .containsExactly("APPLIED");
        assertThat(ledger.queryForObject("SELECT reason FROM cb_inbound_file WHERE document_type = ?", String.class, inventoryDocumentType()))
                .as("the file summed up whole, the killed run's chunks included").isEqualTo(ITEMS + " changed, 0 unchanged");
    }

    /** {@code cartbridge restart ID} in a new process, which recovers the execution left STARTED and finishes it. */
    private void restart(long killed) throws Exception {
        Process second = agent.spawn(List.of("restart", Long.toString(killed)), partnerSettings(), folder.resolve("second.log"));
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(folder.resolve("second.log"));
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("COMPLETED");
        assertThat(jobStatus(killed)).as("the killed execution, recovered").isEqualTo("FAILED");
    }

    private void assertShippedOnce() {
        List<Map<String, Object>> shipments = ledger.queryForList(
                "SELECT shipment_id, state, order_complete FROM cb_shipment ORDER BY id");
        assertThat(shipments).hasSize(SHIPMENTS);
        assertThat(shipments).extracting(r -> r.get("shipment_id")).doesNotHaveDuplicates();
        assertThat(shipments).extracting(r -> r.get("state")).containsOnly("APPLIED");
        assertThat(shipments).extracting(r -> r.get("order_complete")).containsOnly(true);
        assertThat(ledger.queryForList("SELECT state FROM cb_inbound_file WHERE document_type = ?", String.class, shipmentDocumentType()))
                .containsExactly("APPLIED");

        Map<Long, String> hposStatus = byOrder("SELECT id, status FROM wp_wc_orders WHERE type = 'shop_order'");
        Map<Long, String> postStatus = byOrder("SELECT ID, post_status FROM wp_posts WHERE post_type = 'shop_order'");
        Map<Long, List<String>> notes = allByOrder("""
                SELECT comment_post_ID, comment_content FROM wp_comments
                WHERE comment_type = 'order_note' AND comment_content LIKE 'Shipped%' ORDER BY comment_ID""");
        Map<Long, List<String>> hposTracking = allByOrder(
                "SELECT order_id, meta_value FROM wp_wc_orders_meta WHERE meta_key = '_wc_shipment_tracking_items'");
        Map<Long, List<String>> postTracking = allByOrder(
                "SELECT post_id, meta_value FROM wp_postmeta WHERE meta_key = '_wc_shipment_tracking_items'");
        Map<Long, List<String>> hposApplied = allByOrder(
                "SELECT order_id, meta_value FROM wp_wc_orders_meta WHERE meta_key = '_cartbridge_shipments'");
        Map<Long, List<String>> postApplied = allByOrder(
                "SELECT post_id, meta_value FROM wp_postmeta WHERE meta_key = '_cartbridge_shipments'");
        Map<Long, List<String>> hposShipped = allByOrder(
                "SELECT order_id, meta_value FROM wp_wc_orders_meta WHERE meta_key = '_cartbridge_shipped'");
        for (int i = 1; i <= SHIPMENTS; i++) {
            long order = FIRST_ORDER + i;
            String tracking = tracking(i);
            String shipment = "\"KILL-" + i + "\"";
            assertThat(hposStatus.get(order)).as("order %d", order).isEqualTo("wc-completed");
            assertThat(postStatus.get(order)).as("order %d", order).isEqualTo("wc-completed");
            assertThat(notes.get(order)).as("notes of order %d", order).singleElement().asString()
                    .contains("(shipment KILL-" + i + "): tracking " + tracking);
            for (Map<Long, List<String>> meta : List.of(hposTracking, postTracking)) {
                assertThat(meta.get(order)).as("tracking of order %d", order).singleElement()
                        .satisfies(v -> assertThat(occurrences(v, tracking)).isEqualTo(1));
            }
            for (Map<Long, List<String>> meta : List.of(hposApplied, postApplied)) {
                assertThat(meta.get(order)).as("shipments of order %d", order).singleElement()
                        .satisfies(v -> assertThat(occurrences(v, shipment)).isEqualTo(1))
                        .satisfies(v -> assertThat(v).startsWith("a:1:{"));
            }
            assertThat(hposShipped.get(order)).as("units shipped of order %d", order)
                    .containsExactly("a:1:{s:5:\"SKU-A\";s:1:\"" + units(i) + "\";}");
        }
    }

    private void assertStockIsTheFiles() {
        Map<Long, List<String>> stock = allByOrder("SELECT post_id, meta_value FROM wp_postmeta WHERE meta_key = '_stock'");
        Map<Long, List<String>> status = allByOrder(
                "SELECT post_id, meta_value FROM wp_postmeta WHERE meta_key = '_stock_status'");
        Map<Long, Map<String, Object>> lookup = new HashMap<>();
        for (Map<String, Object> row : shop.queryForList(
                "SELECT product_id, stock_quantity, stock_status FROM wp_wc_product_meta_lookup")) {
            lookup.put(((Number) row.get("product_id")).longValue(), row);
        }
        assertThat(stock).hasSize(ITEMS);
        for (int i = 1; i <= ITEMS; i++) {
            long product = FIRST_PRODUCT + i;
            int quantity = quantity(i);
            String stockStatus = quantity > 0 ? "instock" : "outofstock";
            assertThat(stock.get(product)).as("_stock of product %d", product).containsExactly(Integer.toString(quantity));
            assertThat(status.get(product)).as("_stock_status of product %d", product).containsExactly(stockStatus);
            assertThat(((Number) lookup.get(product).get("stock_quantity")).doubleValue()).as("lookup of product %d", product)
                    .isEqualTo(quantity);
            assertThat(lookup.get(product).get("stock_status")).as("lookup of product %d", product).isEqualTo(stockStatus);
        }
    }

    /** Units ordered (and shipped) on order i: 1 to 3. */
    static int units(int i) {
        return 1 + i % 3;
    }

    static String tracking(int i) {
        return "1ZKILL%08d".formatted(i);
    }

    /** The file's available quantity of product i: never the 10 seeded, 0 for every ninth. */
    static int quantity(int i) {
        return i % 9 == 0 ? 0 : 11 + i % 37;
    }

    private void shipmentAdvice(String name) throws IOException {
        Files.writeString(agent.warehouse().root().resolve("out").resolve(name), shipmentFile());
    }

    private void inventoryAdvice(String name) throws IOException {
        Files.writeString(agent.warehouse().root().resolve("out").resolve(name), inventoryFile());
    }

    /** One 945 shipping every order whole, one parcel each, shipment ids KILL-1... */
    String shipmentFile() {
        StringBuilder edi = new StringBuilder(
                "ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         *261126*1200*U*00401*000000710*0*P*>~\n"
                        + "GS*SW*ACME3PL*MYSHOP*20261126*1200*710*X*004010~\n");
        for (int i = 1; i <= SHIPMENTS; i++) {
            String st = "%04d".formatted(i);
            int units = units(i);
            edi.append("ST*945*").append(st).append("~\n")
                    .append("W06*N*").append(FIRST_ORDER + i).append("*20261126*KILL-").append(i).append("~\n")
                    .append("W27*U*UPSN*GROUND~\nLX*1~\n")
                    .append("MAN*CP*").append(tracking(i)).append("~\n")
                    .append("W12*CC*").append(units).append('*').append(units).append("*0*EA**SK*SKU-A~\n")
                    .append("W03*").append(units).append("~\n")
                    .append("SE*8*").append(st).append("~\n");
        }
        edi.append("GE*").append(SHIPMENTS).append("*710~\nIEA*1*000000710~\n");
        return edi.toString();
    }

    /** One 846 as of 2030-01-01 06:00 with the available quantity of every seeded product. */
    String inventoryFile() {
        StringBuilder edi = new StringBuilder(
                "ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         *261126*1200*U*00401*000000720*0*P*>~\n"
                        + "GS*IB*ACME3PL*MYSHOP*20261126*1200*720*X*004010~\nST*846*0001~\nBIA*00*MM*INV-720*20300101*0600~\n");
        for (int i = 1; i <= ITEMS; i++) {
            edi.append("LIN**SK*").append(sku(i)).append("~\nQTY*33*").append(quantity(i)).append("*EA~\n");
        }
        edi.append("CTT*").append(ITEMS).append("~\nSE*").append(ITEMS * 2 + 4).append("*0001~\nGE*1*720~\nIEA*1*000000720~\n");
        return edi.toString();
    }

    static String sku(int i) {
        return "INV-%05d".formatted(i);
    }

    /** {@link #ITEMS} products with managed stock, 10 each, in batched inserts. */
    private void stockedProducts() {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> posts = new ArrayList<>();
        List<Object[]> meta = new ArrayList<>();
        List<Object[]> lookups = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            long id = FIRST_PRODUCT + i;
            posts.add(new Object[] {id, now, now, "Stocked product " + i, "stocked-" + i, now, now});
            meta.add(new Object[] {id, "_sku", sku(i)});
            meta.add(new Object[] {id, "_manage_stock", "yes"});
            meta.add(new Object[] {id, "_stock", "10"});
            meta.add(new Object[] {id, "_stock_status", "instock"});
            meta.add(new Object[] {id, "_backorders", "no"});
            lookups.add(new Object[] {id, sku(i)});
        }
        shop.batchUpdate("""
                INSERT INTO wp_posts (ID, post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt,
                       post_status, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered,
                       post_type)
                VALUES (?, 1, ?, ?, '', ?, '', 'publish', ?, '', '', ?, ?, '', 'product')""", posts);
        shop.batchUpdate("INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (?, ?, ?)", meta);
        shop.batchUpdate("""
                INSERT INTO wp_wc_product_meta_lookup (product_id, sku, stock_quantity, stock_status)
                VALUES (?, ?, 10, 'instock')""", lookups);
    }

    private Map<String, Object> settings(Map<String, Object> run) {
        Map<String, Object> all = new HashMap<>(partnerSettings());
        all.putAll(run);
        return all;
    }

    private void alive(Process process, String log) throws IOException {
        if (!process.isAlive()) {
            throw new AssertionError("the agent ended before it was killed (exit " + process.exitValue() + "):\n"
                    + Files.readString(folder.resolve(log)));
        }
    }

    private int completedOrders() {
        return shop.queryForObject("SELECT COUNT(*) FROM wp_wc_orders WHERE status = 'wc-completed'", Integer.class);
    }

    private int recordedShipments() {
        return ledger.queryForObject("SELECT COUNT(*) FROM cb_shipment", Integer.class);
    }

    private int changedInLookup() {
        return shop.queryForObject("SELECT COUNT(*) FROM wp_wc_product_meta_lookup WHERE stock_quantity <> 10", Integer.class);
    }

    /** The job's latest execution. */
    private long execution(String job) {
        return ledger.queryForObject("""
                SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?""", Long.class, job);
    }

    private String jobStatus(long execution) {
        return ledger.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, execution);
    }

    /** A count column of the execution's one working step (the default connection's; not the partitioned step's). */
    private int stepCount(long execution, String column) {
        return ledger.queryForObject("SELECT " + column + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                + " AND STEP_NAME LIKE '%-apply:default'", Integer.class, execution);
    }

    private Map<Long, String> byOrder(String sql) {
        Map<Long, String> values = new HashMap<>();
        shop.query(sql, rs -> {
            values.put(rs.getLong(1), rs.getString(2));
        });
        return values;
    }

    private Map<Long, List<String>> allByOrder(String sql) {
        Map<Long, List<String>> values = new HashMap<>();
        shop.query(sql, rs -> {
            values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return values;
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}

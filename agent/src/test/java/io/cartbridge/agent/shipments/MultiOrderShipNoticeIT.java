package io.cartbridge.agent.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.ledger.Stores;
import io.cartbridge.agent.support.StepCounts;
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
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Ship notices that cover several orders under one shipment id (one truck, one bill of lading), on
 * real MariaDB and SFTP, {@code inbound-collect} then {@code shipment-import}: every order gets its own
 * tracking, note and status, however the orders fall into chunks, and only once, whether the notice
 * is resent or the agent is killed between the cart's commit and the ledger's.
 */
class MultiOrderShipNoticeIT {

    static final Path SAMPLES = Path.of("..", "sample-data", "edi", "x12");
    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    static final String TRACKING_META = "_wc_shipment_tracking_items";
    static final String APPLIED_META = "_cartbridge_shipments";

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null).product(20, "MUG-BLU-12", null).product(21, "TEE-RED-M", null)
                .product(22, "CAP-01", null)
                .order(41, "wc-processing", BUYER, "flat_rate", List.of(Line.of(20, 2, "Mug"), Line.of(21, 3, "Tee")))
                .order(42, "wc-processing", BUYER, "fedex_2day", List.of(Line.of(22, 5, "Cap")));
        orderNumber(41, "WC-10041");
        orderNumber(42, "WC-10042");
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void theTwoOrderSampleIsAppliedToBothOrders() throws IOException {
        try (ConfigurableApplicationContext context = start(Map.of())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            warehouseSends("asn.edi", twoOrderSample());
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertTwoOrderSampleAppliedOnce(context);
            assertThat(files(context)).extracting(InboundFile::remoteName, InboundFile::state)
                    .containsExactly(tuple("asn.edi", "APPLIED"));
        }
    }

    @Test
    void aResentNoticeAppliesNothing() throws IOException {
        try (ConfigurableApplicationContext context = start(Map.of())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            warehouseSends("asn.edi", twoOrderSample());
            admin.run("inbound-collect");
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            // the same bytes again, and the same notice in a new interchange (as a 3PL's "resend" makes it)
            warehouseSends("asn-copy.edi", twoOrderSample());
            warehouseSends("asn-resent.edi", twoOrderSample().replace("000003201", "000003202").replace("*3201*", "*3202*")
                    .replace("*3201~", "*3202~"));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<InboundFile> files = files(context);
            assertThat(files).extracting(InboundFile::remoteName, InboundFile::state).containsExactly(
                    tuple("asn.edi", "APPLIED"), tuple("asn-copy.edi", "DUPLICATE"), tuple("asn-resent.edi", "APPLIED"));
            assertThat(files.get(2).interchangeControlNumber()).isEqualTo("000003202");
            assertTwoOrderSampleAppliedOnce(context);
            assertThat(shipments(context)).as("recorded from the first file only")
                    .extracting(Shipment::inboundFileId).containsOnly(files.get(0).id());
        }
    }

    @Test
    void anOrderOfTheNoticeInTheNextChunkIsAppliedToo() throws IOException {
        for (long order = 5001; order <= 5003; order++) {
            agent.store().order(order, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A")));
        }
        try (ConfigurableApplicationContext context = start(Map.of("cartbridge.shipment-import.chunk-size", 2))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            warehouseSends("truck.edi", shipNotice(3301, "TRUCK-7", List.of("5001", "5002", "5003"), 2));
            admin.run("inbound-collect");

            JobExecution imported = admin.run("shipment-import");

            assertThat(imported.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(StepCounts.work(imported)).singleElement().satisfies(step -> {
                assertThat(step.getReadCount()).isEqualTo(3);
                assertThat(step.getWriteCount()).isEqualTo(3);
                assertThat(step.getCommitCount()).as("5001 and 5002 in one chunk, 5003 in the next").isGreaterThanOrEqualTo(2);
            });
            assertThat(shipments(context)).extracting(Shipment::shipmentId, Shipment::orderNumber, Shipment::cartOrderId,
                    Shipment::state, Shipment::orderComplete).containsExactly(
                    tuple("TRUCK-7", "5001", "5001", Shipments.State.APPLIED, true),
                    tuple("TRUCK-7", "5002", "5002", Shipments.State.APPLIED, true),
                    tuple("TRUCK-7", "5003", "5003", Shipments.State.APPLIED, true));
            for (long order = 5001; order <= 5003; order++) {
                assertShippedOnce(order, "TRUCK-7", tracking(order));
            }
            assertThat(files(context)).extracting(InboundFile::state).containsExactly("APPLIED");
        }
    }

    @Test
    void a945WithOneShipmentIdForTwoOrdersIsAppliedToBoth() throws IOException {
        agent.store().order(5001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A")))
                .order(5002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 3, "A")));
        try (ConfigurableApplicationContext context = start(Map.of())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            warehouseSends("ship.edi", shipmentAdvice(List.of(
                    List.of("W06*N*5001*20261126*TRUCK-9", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*" + tracking(5001),
                            "W12*CC*2*2*0*EA**SK*SKU-A", "W03*2"),
                    List.of("W06*N*5002*20261126*TRUCK-9", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*" + tracking(5002),
                            "W12*BP*3*1*2*EA**SK*SKU-A", "W03*1"))));
            admin.run("inbound-collect");

            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(shipments(context)).extracting(Shipment::shipmentId, Shipment::orderNumber, Shipment::state,
                    Shipment::orderComplete).containsExactly(
                    tuple("TRUCK-9", "5001", Shipments.State.APPLIED, true),
                    tuple("TRUCK-9", "5002", Shipments.State.APPLIED, false));
            assertShippedOnce(5001, "TRUCK-9", tracking(5001));
            assertThat(agent.store().notes(5002)).filteredOn(n -> n.startsWith("Shipped")).singleElement().asString()
                    .contains("(shipment TRUCK-9): tracking " + tracking(5002)).contains("backordered 2 × SKU-A");
            assertThat(agent.store().hposStatus(5002)).isEqualTo("wc-processing");
            assertThat(agent.store().hposMeta(5002, TRACKING_META)).contains(tracking(5002)).doesNotContain(tracking(5001));
        }
    }

    @Test
    void aMultiOrderNoticeKilledBetweenTheCartsCommitAndTheLedgersIsAppliedOnceAfterARestart() throws Exception {
        int orders = 8;
        int chunk = 2;
        List<String> numbers = collectedTruckNotice(orders, 3401, "TRUCK-K");
        Map<String, Object> chunks = Map.of("cartbridge.shipment-import.chunk-size", chunk,
                "cartbridge.warehouse.sftp.min-file-age", "0s");
        try (SingleConnectionDataSource ledgerConnection = connection((String) agent.properties().get("spring.datasource.url"));
             SingleConnectionDataSource shopConnection = connection(agent.store().url())) {
            JdbcTemplate ledger = new JdbcTemplate(ledgerConnection);
            JdbcTemplate shop = new JdbcTemplate(shopConnection);
            // the cart has committed each chunk, the ledger not yet, for a second: the kill lands there
            Faults slow = Faults.none().pauseAt("shipment.after-apply", java.time.Duration.ofMillis(1000));
            Process first = agent.spawn(List.of("run", "shipment-import"), chunks, slow, folder.resolve("first.log"));
            try {
                // killed while a chunk's orders are completed in the cart and not yet recorded in the ledger
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(5)).until(() -> {
                    if (!first.isAlive()) {
                        throw new AssertionError("the agent ended before it was killed:\n"
                                + Files.readString(folder.resolve("first.log")));
                    }
                    int recorded = count(ledger, "SELECT COUNT(*) FROM cb_shipment");
                    return recorded >= chunk && completed(shop) > recorded;
                });
            } finally {
                first.destroyForcibly();
                first.waitFor(30, TimeUnit.SECONDS);
            }
            int committed = count(ledger, "SELECT COUNT(*) FROM cb_shipment");
            assertThat(committed).as("whole chunks of the notice committed").isBetween(chunk, orders - 1);
            assertThat(committed % chunk).isZero();
            assertThat(completed(shop)).as("the cart was ahead of the ledger when the process died").isGreaterThan(committed);
            long killed = ledger.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);

            Process second = agent.spawn(List.of("restart", Long.toString(killed)), chunks, folder.resolve("second.log"));
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as(Files.readString(folder.resolve("second.log"))).isZero();

            long restarted = ledger.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
            assertThat(restarted).isNotEqualTo(killed);
            assertThat(ledger.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                    String.class, restarted)).isEqualTo("COMPLETED");
            assertThat(ledger.queryForObject("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'shipment-apply:default'",
                    Integer.class, restarted)).as("resumed after the last committed chunk").isEqualTo(orders - committed);
            assertThat(ledger.queryForList("SELECT CONCAT(shipment_id, ' ', order_number, ' ', state) FROM cb_shipment ORDER BY id",
                    String.class)).containsExactlyElementsOf(numbers.stream().map(n -> "TRUCK-K " + n + " APPLIED").toList());
            assertThat(ledger.queryForList("SELECT state FROM cb_inbound_file WHERE document_type = '856'", String.class))
                    .containsExactly("APPLIED");
        }
        for (long order = 5001; order < 5001 + orders; order++) {
            assertShippedOnce(order, "TRUCK-K", tracking(order));
        }
    }

    @Test
    void twoRunsAtOnceApplyEachOrderOfTheNoticeOnce() throws Exception {
        int orders = 6;
        List<String> numbers = collectedTruckNotice(orders, 3601, "TRUCK-2X");
        // one chunk per order, each held a while after the cart's commit: the two runs work on the same
        // notice at the same time, whichever starts first
        Map<String, Object> settings = Map.of("cartbridge.shipment-import.chunk-size", 1,
                "cartbridge.warehouse.sftp.min-file-age", "0s");
        // the job locks granted to both: what is shown is the data-level safety underneath them
        Faults slow = Faults.none().pauseAt("shipment.after-apply", java.time.Duration.ofMillis(1000)).withoutJobLocks();
        Process one = agent.spawn(List.of("run", "shipment-import"), settings, slow, folder.resolve("one.log"));
        Process two = agent.spawn(List.of("run", "shipment-import"), settings, slow, folder.resolve("two.log"));
        assertThat(one.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(two.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(one.exitValue()).as(Files.readString(folder.resolve("one.log"))).isZero();
        assertThat(two.exitValue()).as(Files.readString(folder.resolve("two.log"))).isZero();

        JdbcTemplate ledger = agent.ledger();
        List<Map<String, Object>> runs = ledger.queryForList("""
                SELECT e.START_TIME, e.END_TIME, e.STATUS FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = 'shipment-import' ORDER BY e.JOB_EXECUTION_ID""");
        assertThat(runs).extracting(r -> r.get("STATUS")).containsExactly("COMPLETED", "COMPLETED");
        assertThat(((java.sql.Timestamp) runs.get(1).get("START_TIME")).before((java.sql.Timestamp) runs.get(0).get("END_TIME")))
                .as("the two runs overlapped").isTrue();
        assertThat(ledger.queryForList("SELECT CONCAT(shipment_id, ' ', order_number, ' ', state) FROM cb_shipment ORDER BY id",
                String.class)).containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> "TRUCK-2X " + n + " APPLIED").toList());
        for (long order = 5001; order < 5001 + orders; order++) {
            assertShippedOnce(order, "TRUCK-2X", tracking(order));
        }
    }

    /** WC-10041 shipped in part (two parcels, UPS), WC-10042 in full (one parcel, FedEx), each once. */
    private void assertTwoOrderSampleAppliedOnce(ConfigurableApplicationContext context) {
        assertThat(shipments(context)).extracting(Shipment::shipmentId, Shipment::orderNumber, Shipment::cartOrderId,
                Shipment::state, Shipment::carrier, Shipment::trackingNumbers, Shipment::orderComplete).containsExactly(
                tuple("ASN-50001", "WC-10041", "41", Shipments.State.APPLIED, "UPSN", "1Z999AA10000000103,1Z999AA10000000110", false),
                tuple("ASN-50001", "WC-10042", "42", Shipments.State.APPLIED, "FDEG", "794600000008", true));
        assertThat(agent.store().notes(41)).filteredOn(n -> n.startsWith("Shipped")).containsExactly(
                "Shipped by UPSN (shipment ASN-50001): tracking 1Z999AA10000000103, 1Z999AA10000000110. Partial shipment: "
                        + "shipped 2 × MUG-BLU-12, 1 × TEE-RED-M; backordered 2 × TEE-RED-M.");
        assertThat(agent.store().notes(42)).filteredOn(n -> n.startsWith("Shipped")).containsExactly(
                "Shipped by FDEG (shipment ASN-50001): tracking 794600000008.");
        assertThat(agent.store().hposStatus(41)).isEqualTo("wc-processing");
        assertThat(agent.store().postStatus(41)).isEqualTo("wc-processing");
        assertThat(agent.store().hposStatus(42)).isEqualTo("wc-completed");
        assertThat(agent.store().postStatus(42)).isEqualTo("wc-completed");
        for (long order : List.of(41L, 42L)) {
            assertThat(agent.store().hposMeta(order, APPLIED_META)).isEqualTo("a:1:{i:0;s:9:\"ASN-50001\";}");
            assertThat(agent.store().postMeta(order, APPLIED_META)).isEqualTo("a:1:{i:0;s:9:\"ASN-50001\";}");
        }
        assertThat(agent.store().hposMeta(41, TRACKING_META)).contains("1Z999AA10000000103", "1Z999AA10000000110", "UPSN")
                .doesNotContain("794600000008");
        assertThat(agent.store().hposMeta(42, TRACKING_META)).contains("794600000008", "FDEG")
                .doesNotContain("1Z999AA10000000103");
        assertThat(occurrences(agent.store().hposMeta(41, TRACKING_META), "1Z999AA10000000103")).isEqualTo(1);
        assertThat(occurrences(agent.store().postMeta(42, TRACKING_META), "794600000008")).isEqualTo(1);
    }

    /** One note naming the shipment and the order's own tracking number, completed in both storages. */
    private void assertShippedOnce(long order, String shipmentId, String tracking) {
        assertThat(agent.store().notes(order)).as("notes of order %d", order).filteredOn(n -> n.startsWith("Shipped"))
                .singleElement().asString().contains("(shipment " + shipmentId + "): tracking " + tracking + ".");
        assertThat(agent.store().hposStatus(order)).as("order %d", order).isEqualTo("wc-completed");
        assertThat(agent.store().postStatus(order)).as("order %d", order).isEqualTo("wc-completed");
        for (String meta : List.of(agent.store().hposMeta(order, TRACKING_META), agent.store().postMeta(order, TRACKING_META))) {
            assertThat(occurrences(meta, tracking)).as("tracking of order %d", order).isEqualTo(1);
        }
        for (String meta : List.of(agent.store().hposMeta(order, APPLIED_META), agent.store().postMeta(order, APPLIED_META))) {
            assertThat(meta).as("shipments of order %d", order)
                    .isEqualTo("a:1:{i:0;s:%d:\"%s\";}".formatted(shipmentId.length(), shipmentId));
        }
    }

    /**
     * The two-order sample. Its third item is named by vendor item and GTIN only, while the other two
     * carry the cart's SKU (SK); a partner names items one way, so the cap gets the SK the warehouse
     * sends under this agent's setting, everything else as in the sample.
     */
    private static String twoOrderSample() throws IOException {
        String sample = Files.readString(SAMPLES.resolve("856-valid-sopi-two-orders.edi"));
        assertThat(sample).contains("LIN**VN*WH-CAP-01*UK*10012345678902~");
        return sample.replace("LIN**VN*WH-CAP-01*UK*10012345678902~", "LIN**SK*CAP-01*VN*WH-CAP-01*UK*10012345678902~");
    }

    /** An 856 for one truck: shipment id {@code shipmentId}, one order level per order with its parcel and SKU-A. */
    private static String shipNotice(int control, String shipmentId, List<String> orders, int units) {
        List<String> segments = new ArrayList<>(List.of("ST*856*0001", "BSN*00*" + shipmentId + "*20261126*1200", "HL*1**S",
                "TD5*B*2*UPSN*U*UPS GROUND", "DTM*011*20261126"));
        int hl = 1;
        for (String order : orders) {
            int o = ++hl;
            int p = ++hl;
            segments.addAll(List.of("HL*" + o + "*1*O", "PRF*" + order, "HL*" + p + "*" + o + "*P",
                    "MAN*CP*" + tracking(Long.parseLong(order)), "HL*" + (++hl) + "*" + p + "*I", "LIN**SK*SKU-A",
                    "SN1**" + units + "*EA**" + units + "*EA**AC"));
        }
        segments.add("CTT*" + hl);
        segments.add("SE*" + (segments.size() + 1) + "*0001");
        return interchange(control, "SH", List.of(segments));
    }

    /** A 945 interchange, one transaction set per body. */
    private static String shipmentAdvice(List<List<String>> bodies) {
        List<List<String>> sets = new ArrayList<>();
        int st = 0;
        for (List<String> body : bodies) {
            String control = "%04d".formatted(++st);
            List<String> segments = new ArrayList<>();
            segments.add("ST*945*" + control);
            segments.addAll(body);
            segments.add("SE*" + (segments.size() + 1) + "*" + control);
            sets.add(segments);
        }
        return interchange(3501, "SW", sets);
    }

    private static String interchange(int control, String group, List<List<String>> sets) {
        StringBuilder edi = new StringBuilder("ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         "
                + "*261126*1200*U*00401*%09d*0*P*>~\n".formatted(control));
        edi.append("GS*").append(group).append("*ACME3PL*MYSHOP*20261126*1200*").append(control).append("*X*004010~\n");
        sets.forEach(set -> set.forEach(s -> edi.append(s).append("~\n")));
        edi.append("GE*").append(sets.size()).append('*').append(control).append("~\nIEA*1*%09d~\n".formatted(control));
        return edi.toString();
    }

    private static String tracking(long order) {
        return "1ZTRUCK%06d".formatted(order);
    }

    private void warehouseSends(String name, String content) throws IOException {
        Files.writeString(agent.warehouse().root().resolve("out").resolve(name), content);
    }

    private void orderNumber(long order, String number) {
        agent.store().jdbc().update("INSERT INTO wp_wc_orders_meta (order_id, meta_key, meta_value) VALUES (?, '_order_number', ?)",
                order, number);
        agent.store().meta(order, "_order_number", number);
    }

    private ConfigurableApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"));
        p.putAll(extra);
        return agent.start(p);
    }

    private static List<Shipment> shipments(ConfigurableApplicationContext context) {
        return context.getBean(Shipments.class).list(Stores.DEFAULT, "acme3pl");
    }

    private static List<InboundFile> files(ConfigurableApplicationContext context) {
        return context.getBean(InboundFiles.class).list("acme3pl");
    }

    private static SingleConnectionDataSource connection(String url) {
        return new SingleConnectionDataSource(url, TestDatabase.user(), TestDatabase.password(), true);
    }

    private static int count(JdbcTemplate jdbc, String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    private static int completed(JdbcTemplate shop) {
        return count(shop, "SELECT COUNT(*) FROM wp_wc_orders WHERE status = 'wc-completed'");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /**
     * Orders 5001 on, one unit each, exported; then one ship notice {@code truck.edi} for all of them, collected.
     * Returns their order numbers.
     */
    private List<String> collectedTruckNotice(int orders, int icn, String shipmentId) throws IOException {
        List<String> numbers = new ArrayList<>();
        for (long order = 5001; order < 5001 + orders; order++) {
            agent.store().order(order, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
            numbers.add(Long.toString(order));
        }
        try (ConfigurableApplicationContext context = start(Map.of())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            warehouseSends("truck.edi", shipNotice(icn, shipmentId, numbers, 1));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        return numbers;
    }
}

package io.cartbridge.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.x12.X12OrderFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Underneath the job locks (which keep such runs apart: {@code serve.JobLocksIT}), what keeps overlapping runs
 * apart at the data level: with the job locks granted to both ({@link Faults#withoutJobLocks()}), two agent
 * processes started together on one agent database, as a cron-started run and an admin's manual
 * run are: for each job, both end cleanly (exit 0) and every order, file, shipment and stock level is
 * handled exactly once afterwards.
 */
class OverlappingRunsIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    static final int ORDERS = 300;

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null).product(11, "SKU-B", null)
                .stock(10, "yes", "10", "instock", "no").stock(11, "yes", "10", "instock", "no");
        for (int i = 1; i <= ORDERS; i++) {
            agent.store().order(10_000 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        }
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void twoOrderExportsAtOnceSendEveryOrderOnceWithUniqueControlNumbers() throws Exception {
        List<String> logs = runTogether("order-export", Map.of("cartbridge.warehouse.orders-per-file", 3));

        assertThat(overlapped("order-extract")).as("the two extract steps ran at the same time").isTrue();
        List<String> sent = agent.sentOrderNumbers();
        assertThat(sent).as("every order in exactly one 940").hasSize(ORDERS).doesNotHaveDuplicates();
        List<Long> controlNumbers = agent.parsedFiles().stream().map(f -> (long) f.interchangeControlNumber()).sorted().toList();
        assertThat(controlNumbers).doesNotHaveDuplicates();
        assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_order WHERE state = 'FILED'", Integer.class))
                .isEqualTo(ORDERS);
        assertThat(agent.ledger().queryForList("SELECT DISTINCT state FROM cb_outbound_file", String.class))
                .containsExactly("UPLOADED");
        assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_outbound_file WHERE noted_at IS NULL",
                Integer.class)).isZero();
        assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_outbound_file", Integer.class))
                .as("each file on the server once, none rendered and left behind").isEqualTo(controlNumbers.size());
        for (int i = 1; i <= ORDERS; i++) {
            assertThat(agent.store().notes(10_000 + i)).as("order %d's notes", 10_000 + i).hasSize(1);
        }
        assertThat(logs).allSatisfy(log -> assertThat(log).doesNotContain("Deadlock").doesNotContain("FAILED"));
    }

    /** The same in one process, as a schedule and a manual run of one agent are: no bean holds a run's state. */
    @Test
    void twoOrderExportsAtOnceInOneProcessSendEveryOrderOnce() throws Exception {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 3),
                Faults.none().withoutJobLocks())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.Callable<BatchStatus> run = () -> {
                together.await();
                return admin.run("order-export").getStatus();
            };
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<BatchStatus>> runs = threads.invokeAll(List.of(run, run));
                for (java.util.concurrent.Future<BatchStatus> r : runs) {
                    assertThat(r.get(180, TimeUnit.SECONDS)).isEqualTo(BatchStatus.COMPLETED);
                }
            } finally {
                threads.shutdownNow();
            }
        }
        assertThat(overlapped("order-extract")).as("the two extract steps ran at the same time").isTrue();
        assertThat(agent.sentOrderNumbers()).hasSize(ORDERS).doesNotHaveDuplicates();
        assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_outbound_file WHERE state <> 'UPLOADED' "
                + "OR noted_at IS NULL", Integer.class)).isZero();
        for (int i = 1; i <= ORDERS; i++) {
            assertThat(agent.store().notes(10_000 + i)).as("order %d's notes", 10_000 + i).hasSize(1);
        }
    }

    @Test
    void twoCollectsAtOnceRecordAndAcknowledgeEachFileOnce() throws Exception {
        exportedOrders();
        int files = 40;
        for (int f = 1; f <= files; f++) {
            writeShipments("ship-" + f + ".edi", 700 + f, List.of(10_000L + f));
        }

        List<String> logs = runTogether("inbound-collect", Map.of());

        assertThat(agent.ledger().queryForList("SELECT remote_name FROM cb_inbound_file", String.class))
                .hasSize(files).doesNotHaveDuplicates();
        assertThat(agent.ledger().queryForList("SELECT DISTINCT state FROM cb_inbound_file", String.class))
                .containsExactly("RECEIVED");
        assertThat(agent.ledger().queryForList("SELECT file_name FROM cb_outbound_file WHERE document_type = '997'",
                String.class)).as("one 997 per file").hasSize(files).doesNotHaveDuplicates();
        try (Stream<Path> acks = Files.list(agent.warehouse().root().resolve("in"))) {
            assertThat(acks.filter(p -> p.getFileName().toString().contains("997"))).hasSize(files);
        }
        try (Stream<Path> left = Files.list(agent.warehouse().root().resolve("out"))) {
            assertThat(left.filter(Files::isRegularFile)).as("every file archived").isEmpty();
        }
        assertThat(String.join("\n", logs)).doesNotContain("Exception");
    }

    @Test
    void twoShipmentImportsAtOnceApplyEachShipmentOnce() throws Exception {
        exportedOrders();
        List<Long> shipped = new ArrayList<>();
        for (int i = 1; i <= ORDERS; i++) {
            shipped.add(10_000L + i);
        }
        writeShipments("all-shipped.edi", 801, shipped);
        collect();

        List<String> logs = runTogether("shipment-import", Map.of());

        assertThat(agent.ledger().queryForList("SELECT DISTINCT state FROM cb_shipment", String.class))
                .containsExactly("APPLIED");
        assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_shipment", Integer.class)).isEqualTo(ORDERS);
        for (int i = 1; i <= ORDERS; i++) {
            assertThat(agent.store().notes(10_000 + i).stream().filter(n -> n.startsWith("Shipped")))
                    .as("order %d shipped once", 10_000 + i).hasSize(1);
            assertThat(agent.store().hposStatus(10_000 + i)).isEqualTo("wc-completed");
        }
        assertThat(agent.ledger().queryForObject("SELECT state FROM cb_inbound_file WHERE remote_name = 'all-shipped.edi'",
                String.class)).isEqualTo("APPLIED");
        assertThat(String.join("\n", logs)).doesNotContain("Exception");
    }

    @Test
    void twoInventoryImportsAtOnceSetEachStockOnce() throws Exception {
        exportedOrders();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add("GHOST-" + i + "*" + i);          // unknown SKUs make the file long enough to overlap
        }
        lines.add("SKU-A*700");
        lines.add("SKU-B*3");
        // as of 2030-01-01 06:00, after every upload
        FromWarehouse.drop(agent, "stock.edi", FromWarehouse.stockSnapshot(901, "20300101", lines));
        collect();

        List<String> logs = runTogether("inventory-import", Map.of());

        assertThat(agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = 11 AND meta_key = '_stock'", String.class)).isEqualTo("3");
        assertThat(agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = 10 AND meta_key = '_stock'", String.class))
                .as("every order was uploaded before the snapshot: all %d are in its figure", ORDERS).isEqualTo("700");
        assertThat(agent.ledger().queryForObject("SELECT reason FROM cb_inbound_file WHERE remote_name = 'stock.edi'",
                String.class)).contains("2 changed").contains("GHOST-0");
        assertThat(String.join("\n", logs)).doesNotContain("Exception");
    }

    /** Starts {@code run JOB} in two agent processes at once, waits for both; both must exit 0. */
    private List<String> runTogether(String job, Map<String, Object> settings) throws Exception {
        Map<String, Object> p = new HashMap<>(settings);
        p.put("cartbridge.warehouse.sftp.min-file-age", "0s");
        Process first = agent.spawn(List.of("run", job), p, Faults.none().withoutJobLocks(), folder.resolve(job + "-1.log"));
        Process second = agent.spawn(List.of("run", job), p, Faults.none().withoutJobLocks(), folder.resolve(job + "-2.log"));
        assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        List<String> logs = List.of(Files.readString(folder.resolve(job + "-1.log")),
                Files.readString(folder.resolve(job + "-2.log")));
        assertThat(first.exitValue()).as(logs.get(0)).isZero();
        assertThat(second.exitValue()).as(logs.get(1)).isZero();
        return logs;
    }

    /** Whether the two executions of this step overlapped in time. */
    private boolean overlapped(String step) {
        List<Map<String, Object>> steps = agent.ledger().queryForList(
                "SELECT START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ? ORDER BY STEP_EXECUTION_ID", step + ":default");
        assertThat(steps).hasSize(2);
        Timestamp firstEnd = (Timestamp) steps.get(0).get("END_TIME");
        Timestamp secondStart = (Timestamp) steps.get(1).get("START_TIME");
        Timestamp firstStart = (Timestamp) steps.get(0).get("START_TIME");
        Timestamp secondEnd = (Timestamp) steps.get(1).get("END_TIME");
        return secondStart.before(firstEnd) && firstStart.before(secondEnd);
    }

    private void exportedOrders() {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 500))) {
            assertThat(context.getBean(AdminCommands.class).run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private void collect() {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            assertThat(context.getBean(AdminCommands.class).run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    /** A 945 interchange: each order shipped whole (one unit of SKU-A), shipment id SHP-order. */
    private void writeShipments(String name, int icn, List<Long> orders) throws IOException {
        List<List<String>> sets = new ArrayList<>();
        for (long order : orders) {
            sets.add(List.of("W06*N*" + order + "*20261126*SHP-" + order, "W27*U*UPSN*GROUND", "LX*1",
                    "MAN*CP*1Z" + order, "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"));
        }
        FromWarehouse.drop(agent, name, FromWarehouse.shipmentAdvices(icn, sets));
    }
}

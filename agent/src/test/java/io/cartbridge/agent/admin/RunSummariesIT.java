package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.inbound.InboundCollectSummary;
import io.cartbridge.agent.inbound.InboundCollectSummary.CollectedFile;
import io.cartbridge.agent.inventory.InventoryImportSummary;
import io.cartbridge.agent.orders.OrderExportSummary;
import io.cartbridge.agent.orders.OrderExportSummary.HeldGroup;
import io.cartbridge.agent.orders.OrderExportSummary.UploadedFile;
import io.cartbridge.agent.shipments.ShipmentImportSummary;
import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each job's run summary on real MariaDB and SFTP: what that execution read, sent, applied and held,
 * and nothing of what another execution did.
 */
class RunSummariesIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    static final Path SAMPLES = Path.of("..", "sample-data", "edi", "x12");
    /**
     * An acknowledgment that inbound-collect filed and could not send: it is not an order. Its number was the
     * counter's, so the run's order files go on from 901.
     */
    static final String WAITING_997 = """
            INSERT INTO cb_outbound_file (partner, format, document_type, control_number, file_name, document_count,
                                          content, sha256, state, created_at)
            VALUES ('acme3pl', 'X12', '997', 900, 'acme3pl-997-000000900.edi', 1, 'ISA', SHA2('ISA', 256), 'RENDERED',
                    NOW(6))""";

    /** As if the first run had uploaded its first file while the second one ran. */
    static final String UPLOADED_DURING = """
            UPDATE cb_outbound_file SET uploaded_at = (SELECT START_TIME FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?)
            WHERE file_name = 'acme3pl-940-000000901.edi'""";

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null).product(11, "SKU-B", null).product(12, null, null)
                .product(13, "SKU-C", null)
                .stock(10, "yes", "10", "instock", "no").stock(11, "yes", "5", "instock", "no")
                .stock(13, "no", null, "instock", "no");
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void orderExportCountsWhatThisRunSentAndGroupsItsHeldOrdersByProblem() {
        for (int i = 1; i <= 4; i++) {
            agent.store().order(2000 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        }
        for (int i = 1; i <= 24; i++) {
            agent.store().order(2100 + i, "wc-processing", BUYER, "pickup", List.of(Line.of(10, 1, "A")));
        }
        for (int i = 1; i <= 3; i++) {
            agent.store().order(2200 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(12, 1, "No-SKU thing")));
        }
        agent.store().order(2301, "wc-processing", BUYER, "pickup", List.of(Line.of(12, 1, "No-SKU thing")));
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            agent.ledger().update(WAITING_997);

            OrderExportSummary first = orderExport(admin);

            assertThat(first).extracting(OrderExportSummary::read, OrderExportSummary::filed,
                    OrderExportSummary::alreadyFiled, OrderExportSummary::sent, OrderExportSummary::filesUploaded,
                    OrderExportSummary::filesWaiting, OrderExportSummary::held).containsExactly(32L, 4L, 0L, 4L, 3L, 0L, 28L);
            assertThat(first.files()).extracting(UploadedFile::fileName, UploadedFile::orders).containsExactlyInAnyOrder(
                    tuple("acme3pl-997-000000900.edi", 0), tuple("acme3pl-940-000000901.edi", 2),
                    tuple("acme3pl-940-000000902.edi", 2));
            List<HeldGroup> groups = List.of(
                    new HeldGroup("shipping method 'pickup' is not mapped", "set cartbridge.shipping-methods.pickup.carrier",
                            new Listed(25, List.of("2101", "2102", "2103", "2104", "2105"))),
                    new HeldGroup("'No-SKU thing' has no SKU", "give the product a SKU in the cart",
                            new Listed(4, List.of("2201", "2202", "2203", "2301"))));
            assertThat(first.heldGroups()).isEqualTo(groups);
            assertThat(first.heldOrders()).hasSize(OrderExportSummary.LISTED);

            OrderExportSummary second = orderExport(admin);

            assertThat(second).extracting(OrderExportSummary::read, OrderExportSummary::filed,
                    OrderExportSummary::alreadyFiled, OrderExportSummary::sent, OrderExportSummary::filesUploaded,
                    OrderExportSummary::held).containsExactly(32L, 0L, 4L, 0L, 0L, 28L);
            assertThat(second.files()).isEmpty();
            assertThat(second.heldGroups()).isEqualTo(groups);
            JobRepository jobs = context.getBean(JobRepository.class);
            assertThat(admin.summary(jobs.getJobExecution(first.executionId())))
                    .as("a past run's summary is still its own").isEqualTo(first);
            agent.ledger().update(UPLOADED_DURING, second.executionId());
            assertThat(admin.summary(jobs.getJobExecution(second.executionId())))
                    .as("a file another run uploaded while this one ran is not this run's").isEqualTo(second);
        }
    }

    @Test
    void filesAFailedRunLeftAreSentByTheRunThatUploadsThem() {
        for (int i = 1; i <= 4; i++) {
            agent.store().order(2000 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        }
        OrderExportSummary failed;
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2,
                "cartbridge.warehouse.sftp.outbound-dir", "/no-such-folder"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            JobExecution execution = admin.run("order-export");
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
            failed = (OrderExportSummary) admin.summary(execution);
        }
        assertThat(failed).extracting(OrderExportSummary::read, OrderExportSummary::filed, OrderExportSummary::sent,
                OrderExportSummary::filesUploaded, OrderExportSummary::filesWaiting).containsExactly(4L, 4L, 0L, 0L, 2L);
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2))) {
            OrderExportSummary next = orderExport(context.getBean(AdminCommands.class));

            assertThat(next).extracting(OrderExportSummary::read, OrderExportSummary::filed,
                    OrderExportSummary::alreadyFiled, OrderExportSummary::sent, OrderExportSummary::filesUploaded,
                    OrderExportSummary::filesWaiting, OrderExportSummary::held).containsExactly(4L, 0L, 4L, 4L, 2L, 0L, 0L);
        }
    }

    @Test
    void shipmentImportCountsShipmentsOrdersAndTheOrdersThatNeedALook() throws IOException {
        agent.store().order(5001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A"), Line.of(11, 1, "B")))
                .order(5002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 3, "A")))
                .order(5003, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        try (ConfigurableApplicationContext context = start()) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            writeInterchange("ship.edi", List.of(
                    List.of("W06*N*5001*20261126*SHP-1", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0001",
                            "W12*CC*2*2*0*EA**SK*SKU-A", "LX*2", "MAN*CP*1ZTRACK0002", "W12*CC*1*1*0*EA**SK*SKU-B", "W03*3"),
                    List.of("W06*N*5002*20261126*SHP-2", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0003",
                            "W12*BP*3*1*2*EA**SK*SKU-A", "W03*1"),
                    List.of("W06*N*5003*20261126*SHP-3", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0004",
                            "W12*CC*1*1*0*EA**SK*SKU-Z", "LX*2", "W12*CC*1*1*0*EA**SK*SKU-Y", "W03*2"),
                    List.of("W06*N*9999*20261126*SHP-4", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0005",
                            "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"),
                    List.of("W06*N*9998*20261126*SHP-5", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0006",
                            "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1")));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            ShipmentImportSummary first = shipmentImport(admin);

            assertThat(first).isEqualTo(new ShipmentImportSummary(first.executionId(), "acme3pl", 5, 2, 2, 1, 1, 2,
                    new Listed(1, List.of("5003")), new Listed(2, List.of("9999", "9998")), Listed.none()));

            ShipmentImportSummary second = shipmentImport(admin);

            assertThat(second).isEqualTo(new ShipmentImportSummary(second.executionId(), "acme3pl", 0, 0, 0, 0, 0, 0,
                    Listed.none(), Listed.none(), Listed.none()));
        }
    }

    @Test
    void inventoryImportCountsTheItemsOfThisRun() throws IOException {
        try (ConfigurableApplicationContext context = start()) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            snapshot("stock.edi", 901, List.of("SKU-A*50", "SKU-B*7", "SKU-C*8", "GHOST*4", "SPOOK*1"));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            InventoryImportSummary first = inventoryImport(admin);

            assertThat(first).isEqualTo(new InventoryImportSummary(first.executionId(), 5, 2, 0, 1,
                    new Listed(2, List.of("GHOST", "SPOOK"))));

            snapshot("stock-later.edi", 902, List.of("SKU-A*50", "SKU-B*6"));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            InventoryImportSummary second = inventoryImport(admin);

            assertThat(second).isEqualTo(new InventoryImportSummary(second.executionId(), 2, 1, 1, 0, Listed.none()));
            InventoryImportSummary third = inventoryImport(admin);
            assertThat(third).isEqualTo(new InventoryImportSummary(third.executionId(), 0, 0, 0, 0, Listed.none()));
        }
    }

    @Test
    void inboundCollectCountsTheFilesItReceivedRejectedAndFoundDuplicate() throws IOException {
        Path out = agent.warehouse().root().resolve("out");
        Files.copy(SAMPLES.resolve("945-valid-two-packages.edi"), out.resolve("ship-1.edi"));
        Files.copy(SAMPLES.resolve("945-valid-two-packages.edi"), out.resolve("ship-1-again.edi"));
        Files.copy(SAMPLES.resolve("945-broken-se-count.edi"), out.resolve("ship-broken.edi"));
        Files.copy(SAMPLES.resolve("846-valid-available-onhand.edi"), out.resolve("stock.edi"));
        try (ConfigurableApplicationContext context = start()) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            InboundCollectSummary first = inboundCollect(admin);

            assertThat(first.received()).isEqualTo(2);
            assertThat(first.receivedByType()).containsExactly(Map.entry("945", 1L), Map.entry("846", 1L));
            assertThat(first.rejected()).singleElement().satisfies(f -> {
                assertThat(f.name()).isEqualTo("ship-broken.edi");
                assertThat(f.reason()).contains("SE_COUNT");
            });
            long original = agent.ledger().queryForObject(
                    "SELECT id FROM cb_inbound_file WHERE remote_name = 'ship-1-again.edi'", Long.class);
            assertThat(first.duplicates()).containsExactly(
                    new CollectedFile("ship-1.edi", "945", "same content or interchange as inbound file " + original));
            assertThat(first.acknowledgmentsSent()).isEqualTo(3);

            Files.copy(SAMPLES.resolve("945-valid-two-packages.edi"), out.resolve("ship-1-resent.edi"));
            InboundCollectSummary second = inboundCollect(admin);

            assertThat(second.received()).isZero();
            assertThat(second.rejected()).isEmpty();
            assertThat(second.duplicates()).extracting(CollectedFile::name).containsExactly("ship-1-resent.edi");
            assertThat(second.acknowledgmentsSent()).isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return agent.start(new HashMap<>(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s")));
    }

    private static OrderExportSummary orderExport(AdminCommands admin) {
        return (OrderExportSummary) summaryOfACompletedRun(admin, "order-export");
    }

    private static ShipmentImportSummary shipmentImport(AdminCommands admin) {
        return (ShipmentImportSummary) summaryOfACompletedRun(admin, "shipment-import");
    }

    private static InventoryImportSummary inventoryImport(AdminCommands admin) {
        return (InventoryImportSummary) summaryOfACompletedRun(admin, "inventory-import");
    }

    private static InboundCollectSummary inboundCollect(AdminCommands admin) {
        return (InboundCollectSummary) summaryOfACompletedRun(admin, "inbound-collect");
    }

    private static Object summaryOfACompletedRun(AdminCommands admin, String job) {
        JobExecution execution = admin.run(job);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Object summary = admin.summary(execution);
        assertThat(admin.summary(execution).executionId()).isEqualTo(execution.getId());
        return summary;
    }

    private void writeInterchange(String name, List<List<String>> sets) {
        FromWarehouse.drop(agent, name, FromWarehouse.shipmentAdvices(700, sets));
    }

    /** An 846 from ACME3PL as of 2030-01-01 06:00, items "SKU*available". */
    private void snapshot(String name, int icn, List<String> items) {
        FromWarehouse.drop(agent, name, FromWarehouse.stockSnapshot(icn, "20300101", items));
    }
}

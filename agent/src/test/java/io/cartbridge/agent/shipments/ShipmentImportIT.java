package io.cartbridge.agent.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Stores;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.StepCounts;
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
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The loop closed on real MariaDB and SFTP: orders exported, the warehouse's 945 collected and applied
 * to WooCommerce (tracking meta, notes, completed status), each shipment once, whatever fails.
 */
class ShipmentImportIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void exportedOrders() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null).product(11, "SKU-B", null)
                .order(5001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A"), Line.of(11, 1, "B")))
                .order(5002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 3, "A")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void shipmentsAreAppliedOnceWithTrackingNotesAndStatus() throws IOException {
        try (ConfigurableApplicationContext context = start(Map.of())) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            warehouseSends("ship-a.edi");
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            JobExecution imported = admin.run("shipment-import");

            assertThat(imported.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertShippedOnce(context);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            warehouseSends("ship-a-again.edi");
            admin.run("inbound-collect");
            admin.run("shipment-import");
            assertShippedOnce(context);
        }
    }

    @Test
    void aFailureAfterTheCartWriteIsRestartedWithoutApplyingTwice() throws IOException {
        try (ConfigurableApplicationContext context = start(Map.of(), Faults.failAt("shipment.after-apply"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            warehouseSends("ship-a.edi");
            admin.run("inbound-collect");

            JobExecution failed = admin.run("shipment-import");
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(context.getBean(Shipments.class).list(Stores.DEFAULT, "acme3pl")).isEmpty();
            assertThat(step(failed).written()).as("the chunk rolled back, the cart's commit aside").isZero();

            JobExecution restarted = admin.restart(failed.getId());
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(step(restarted).read()).as("the file read again from its first shipment").isEqualTo(3);
            assertShippedOnce(context);
        }
    }

    @Test
    void aFailureInTheMiddleOfALargeFileResumesAtTheNextChunk() throws IOException {
        int orders = 450;
        for (int i = 1; i <= orders; i++) {
            agent.store().order(6000 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        }
        try (ConfigurableApplicationContext context = start(Map.of("cartbridge.warehouse.orders-per-file", 500),
                Faults.failAt("shipment.chunk-2"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            List<List<String>> sets = new ArrayList<>();
            for (int i = 1; i <= orders; i++) {
                sets.add(List.of("W06*N*" + (6000 + i) + "*20261126*BIG-" + i, "W27*U*UPSN*GROUND", "LX*1",
                        "MAN*CP*1ZBIG" + i, "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"));
            }
            writeInterchange("big.edi", sets);
            admin.run("inbound-collect");

            JobExecution failed = admin.run("shipment-import");
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(context.getBean(Shipments.class).list(Stores.DEFAULT, "acme3pl")).as("the first chunk of 200 committed").hasSize(200);
            assertThat(step(failed)).extracting(StepCounts::status, StepCounts::written).containsExactly("FAILED", 200L);

            JobExecution restarted = admin.restart(failed.getId());
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(step(restarted).read()).as("resumed after the committed chunk").isEqualTo(orders - 200);
            List<Shipments.Shipment> shipments = context.getBean(Shipments.class).list(Stores.DEFAULT, "acme3pl");
            assertThat(shipments).hasSize(orders).extracting(Shipments.Shipment::shipmentId).doesNotHaveDuplicates();
            assertThat(shipments).extracting(Shipments.Shipment::state).containsOnly(Shipments.State.APPLIED);
            for (int i = 1; i <= orders; i++) {
                assertThat(status(6000 + i)).isEqualTo("wc-completed");
                assertThat(agent.store().notes(6000 + i).stream().filter(n -> n.startsWith("Shipped"))).hasSize(1);
            }
        }
    }

    private void assertShippedOnce(ConfigurableApplicationContext context) {
        List<Shipments.Shipment> shipments = context.getBean(Shipments.class).list(Stores.DEFAULT, "acme3pl");
        assertThat(shipments).extracting(Shipments.Shipment::shipmentId, Shipments.Shipment::state,
                Shipments.Shipment::orderComplete).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SHP-1", Shipments.State.APPLIED, true),
                org.assertj.core.groups.Tuple.tuple("SHP-2", Shipments.State.APPLIED, false),
                org.assertj.core.groups.Tuple.tuple("SHP-3", Shipments.State.UNKNOWN_ORDER, false));
        assertThat(shipments.get(2).reason()).contains("order 9999 was not sent");
        assertThat(status(5001)).isEqualTo("wc-completed");
        assertThat(status(5002)).isEqualTo("wc-processing");
        String tracking = agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_wc_orders_meta WHERE order_id = 5001 AND meta_key = '_wc_shipment_tracking_items'",
                String.class);
        assertThat(tracking).contains("1ZTRACK0001").contains("1ZTRACK0002").contains("UPSN");
        assertThat(tracking.split("1ZTRACK0001", -1)).hasSize(2);
        List<String> notes5001 = agent.store().notes(5001).stream().filter(n -> n.startsWith("Shipped")).toList();
        List<String> notes5002 = agent.store().notes(5002).stream().filter(n -> n.startsWith("Shipped")).toList();
        assertThat(notes5001).hasSize(1);
        assertThat(notes5002).hasSize(1).first().asString().contains("1ZTRACK0003").containsIgnoringCase("backorder");
        assertThat(agent.ledger().queryForList("SELECT state FROM cb_inbound_file WHERE document_type = '945'", String.class))
                .startsWith("APPLIED");
    }

    /** The shipment-apply step of the execution, as the job repository holds it. */
    private StepCounts step(JobExecution execution) {
        return StepCounts.of(agent.ledger(), execution.getId()).get("shipment-apply");
    }

    private String status(long order) {
        return agent.store().jdbc().queryForObject("SELECT status FROM wp_wc_orders WHERE id = ?", String.class, order);
    }

    private ConfigurableApplicationContext start(Map<String, Object> extra) {
        return start(extra, Faults.none());
    }

    private ConfigurableApplicationContext start(Map<String, Object> extra, Faults faults) {
        Map<String, Object> p = new java.util.HashMap<>(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"));
        p.putAll(extra);
        return agent.start(p, faults);
    }

    /** A 945 interchange from the warehouse: order 5001 shipped whole in two parcels, 5002 in part, 9999 unknown. */
    private void warehouseSends(String name) throws IOException {
        List<List<String>> sets = List.of(
                List.of("W06*N*5001*20261126*SHP-1", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0001",
                        "W12*CC*2*2*0*EA**SK*SKU-A", "LX*2", "MAN*CP*1ZTRACK0002", "W12*CC*1*1*0*EA**SK*SKU-B", "W03*3"),
                List.of("W06*N*5002*20261126*SHP-2", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0003",
                        "W12*BP*3*1*2*EA**SK*SKU-A", "W03*1"),
                List.of("W06*N*9999*20261126*SHP-3", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZTRACK0004",
                        "W12*CC*1*1*0*EA**SK*SKU-A", "W03*1"));
        writeInterchange(name, sets);
    }

    private void writeInterchange(String name, List<List<String>> sets) {
        FromWarehouse.drop(agent, name, FromWarehouse.shipmentAdvices(700, sets));
    }
}

package io.cartbridge.agent.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
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
import org.springframework.context.ConfigurableApplicationContext;

/**
 * inventory-import on real MariaDB and SFTP: the warehouse's stock set in WooCommerce, less the units
 * of orders exported after the snapshot and not shipped; unmanaged and unknown SKUs left alone.
 */
class InventoryImportIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null).product(11, "SKU-B", null).product(12, "SKU-C", null)
                .stock(10, "yes", "10", "instock", "no")
                .stock(11, "yes", "5", "instock", "no")
                .stock(12, "no", null, "instock", "no")
                .order(7001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 3, "A")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void snapshotSetsStockLessWhatIsPromisedToOrdersTheWarehouseHadNotSeen() throws IOException {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            snapshot("stock-old.edi", 901, "20200101", List.of("SKU-A*50", "SKU-B*0", "SKU-C*8", "GHOST*4"));
            admin.run("inbound-collect");

            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(stock(10)).as("50 at the warehouse, 3 promised to order 7001 exported after the snapshot").isEqualTo("47");
            assertThat(lookup(10)).isEqualTo(47.0);
            assertThat(stock(11)).isEqualTo("0");
            assertThat(status(11)).isEqualTo("outofstock");
            assertThat(stock(12)).as("unmanaged stock is left alone").isNull();
            assertThat(agent.ledger().queryForObject("SELECT reason FROM cb_inbound_file WHERE remote_name = 'stock-old.edi'",
                    String.class)).contains("unknown SKUs: GHOST");

            // a UPC with a wrong check digit beside SKU-B: reported, and the item still applied by its SKU
            snapshot("stock-new.edi", 902, "20300101", List.of("SKU-A*50", "SKU-B/036000291453*0"));
            admin.run("inbound-collect");
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(stock(10)).as("a later snapshot already counts the order").isEqualTo("50");
            assertThat(agent.ledger().queryForObject("SELECT reason FROM cb_inbound_file WHERE remote_name = 'stock-new.edi'",
                    String.class)).isEqualTo("1 changed, 1 unchanged, wrong GTINs: 036000291453 (has check digit 3, not 2)");
            assertThat(agent.ledger().queryForList("SELECT state FROM cb_inbound_file WHERE document_type = '846'", String.class))
                    .containsOnly("APPLIED");
        }
    }

    @Test
    void aFailureInTheMiddleOfALargeSnapshotResumesAtTheNextChunk() throws IOException {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            items.add("MISSING-" + i + "*1");
        }
        items.add("SKU-B*42");
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"),
                Faults.failAt("inventory.chunk-2"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            snapshot("stock-big.edi", 903, "20300101", items);
            admin.run("inbound-collect");

            var failed = admin.run("inventory-import");
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(StepCounts.of(agent.ledger(), failed.getId()).get("inventory-apply"))
                    .as("the first chunk of 2500 committed").extracting(StepCounts::status, StepCounts::written)
                    .containsExactly("FAILED", 2500L);
            var restarted = admin.restart(failed.getId());

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(StepCounts.of(agent.ledger(), restarted.getId()).get("inventory-apply").read())
                    .as("resumed after the committed chunk").isEqualTo(items.size() - 2500);
            assertThat(stock(11)).isEqualTo("42");
            assertThat(agent.ledger().queryForObject("SELECT reason FROM cb_inbound_file WHERE remote_name = 'stock-big.edi'",
                    String.class)).as("the counts of the chunk committed before the failure kept")
                    .startsWith("1 changed, 0 unchanged, unknown SKUs: MISSING-0, MISSING-1, MISSING-2, ").endsWith(" (+5950)");
        }
    }

    /**
     * A snapshot taken before one already applied (late, or resent under a new interchange number) would set the
     * stock back: it is recorded STALE and not applied; a newer one still is.
     */
    @Test
    void aSnapshotOlderThanTheOneAppliedIsRecordedStaleAndNotApplied() {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            snapshot("stock-tuesday.edi", 911, "20300102", List.of("SKU-A*50", "SKU-B*7"));
            admin.run("inbound-collect");
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(stock(10)).isEqualTo("50");

            snapshot("stock-monday-resent.edi", 912, "20300101", List.of("SKU-A*5", "SKU-B*1"));
            admin.run("inbound-collect");
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(stock(10)).as("left as the newer snapshot set it").isEqualTo("50");
            assertThat(stock(11)).isEqualTo("7");
            assertThat(agent.ledger().queryForMap(
                    "SELECT state, reason FROM cb_inbound_file WHERE remote_name = 'stock-monday-resent.edi'"))
                    .containsEntry("state", "STALE")
                    .hasEntrySatisfying("reason", r -> assertThat((String) r).contains("taken 2030-01-01T06:00")
                            .contains("before the snapshot already applied (taken 2030-01-02T06:00)"));

            snapshot("stock-wednesday.edi", 913, "20300103", List.of("SKU-A*48"));
            admin.run("inbound-collect");
            admin.run("inventory-import");
            assertThat(stock(10)).isEqualTo("48");
            assertThat(agent.ledger().queryForList("SELECT state FROM cb_inbound_file WHERE document_type = '846' ORDER BY id",
                    String.class)).containsExactly("APPLIED", "STALE", "APPLIED");
        }
    }

    private String stock(long product) {
        List<String> values = agent.store().jdbc().queryForList(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = ? AND meta_key = '_stock'", String.class, product);
        return values.isEmpty() ? null : values.get(0);
    }

    private String status(long product) {
        return agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = ? AND meta_key = '_stock_status'", String.class, product);
    }

    private Double lookup(long product) {
        return agent.store().jdbc().queryForObject(
                "SELECT stock_quantity FROM wp_wc_product_meta_lookup WHERE product_id = ?", Double.class, product);
    }

    /** An 846 from ACME3PL as of {@code date} 06:00, items "SKU*available". */
    private void snapshot(String name, int icn, String date, List<String> items) {
        FromWarehouse.drop(agent, name, FromWarehouse.stockSnapshot(icn, date, items));
    }
}

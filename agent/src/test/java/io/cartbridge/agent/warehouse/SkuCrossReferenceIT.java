package io.cartbridge.agent.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Stores;
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
 * A warehouse that keys its items by its own vendor item numbers (VN), on real MariaDB and SFTP: the
 * 940 carries VN and the warehouse item from the SKU cross-reference, a 945 with VN ids completes the
 * order, an 846 with VN ids sets the stock of the right products; items and SKUs the cross-reference
 * does not list are held or reported, never guessed.
 */
class SkuCrossReferenceIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");

    @TempDir
    Path folder;
    TestAgent agent;
    Path xref;

    @BeforeEach
    void storeAndCrossReference() throws IOException {
        agent = new TestAgent(folder);
        agent.store().product(10, "MUG-BLU-12", null).product(11, "TEE-RED-M", null).product(12, "CAP-1", null)
                .stock(10, "yes", "10", "instock", "no")
                .stock(11, "yes", "5", "instock", "no")
                .order(5001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "Mug"), Line.of(11, 1, "Tee")))
                .order(5002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(12, 1, "Cap")))
                .order(5003, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "Mug")));
        xref = Files.writeString(folder.resolve("acme-items.csv"),
                "warehouse_item,cart_sku\nWH-MUG-12,MUG-BLU-12\nWH-TEE-RM,TEE-RED-M\n");
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void ordersShipmentsAndStockTravelUnderTheWarehousesVendorItemNumbers() throws IOException {
        try (ConfigurableApplicationContext context = start(Map.of())) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(agent.sentOrderNumbers()).containsExactly("5001", "5003");
            String sent = Files.readString(agent.inboundFiles().get(0), StandardCharsets.UTF_8);
            assertThat(sent).contains("W01*2*EA**VN*WH-MUG-12~", "W01*1*EA**VN*WH-TEE-RM~", "W01*1*EA**VN*WH-MUG-12~")
                    .doesNotContain("MUG-BLU-12", "TEE-RED-M");
            assertThat(agent.ledger().queryForList("SELECT cart_order_id, reason FROM cb_order WHERE state = 'HELD'"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("cart_order_id")).isEqualTo("5002");
                        assertThat(row.get("reason")).isEqualTo("line 1 ('Cap') has SKU 'CAP-1', which is not in the SKU "
                                + "cross-reference (cartbridge.warehouse.sku-cross-reference)");
                    });

            warehouseSends("ship.edi", "945", "SW", 701, List.of(
                    List.of("W06*N*5001*20261126*SHP-1", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZXREF0001",
                            "W12*CC*2*2*0*EA**SK*NOT-A-CART-SKU*********VN*WH-MUG-12",
                            "W12*CC*1*1*0*EA**VN*WH-TEE-RM", "W03*3"),
                    List.of("W06*N*5003*20261126*SHP-3", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1ZXREF0003",
                            "W12*CC*1*1*0*EA**VN*WH-GHOST", "W03*1")));
            warehouseSends("stock.edi", "846", "IB", 702, List.of(List.of("BIA*00*MM*INV-702*20300101*0600",
                    "LIN**VN*WH-MUG-12", "QTY*33*40*EA", "LIN**VN*WH-TEE-RM*SK*MUG-BLU-12", "QTY*33*7*EA",
                    "LIN**VN*WH-GHOST", "QTY*33*5*EA", "LIN**SK*CAP-1", "QTY*33*9*EA", "CTT*4")));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<Shipments.Shipment> shipments = context.getBean(Shipments.class).list(Stores.DEFAULT, "acme3pl");
            assertThat(shipments).extracting(Shipments.Shipment::shipmentId, Shipments.Shipment::state,
                    Shipments.Shipment::orderComplete).containsExactly(tuple("SHP-1", Shipments.State.APPLIED, true),
                    tuple("SHP-3", Shipments.State.NOT_ON_ORDER, false));
            assertThat(shipments.get(1).reason()).isEqualTo(
                    "SKU VN WH-GHOST (not in the SKU cross-reference) of shipment SHP-3 not on order 5003");
            assertThat(agent.store().hposStatus(5001)).isEqualTo("wc-completed");
            assertThat(agent.store().hposStatus(5003)).isEqualTo("wc-processing");
            assertThat(agent.store().hposMeta(5001, "_cartbridge_shipped")).contains("MUG-BLU-12").contains("TEE-RED-M");

            assertThat(stock(10)).as("WH-MUG-12 is MUG-BLU-12").isEqualTo("40");
            assertThat(stock(11)).as("the VN id, not the SK id, names the item").isEqualTo("7");
            assertThat(agent.ledger().queryForObject(
                    "SELECT reason FROM cb_inbound_file WHERE document_type = '846'", String.class)).isEqualTo(
                    "2 changed, 0 unchanged, unknown SKUs: VN WH-GHOST (not in the SKU cross-reference), no VN id (SK CAP-1)");
        }
    }

    @Test
    void aBrokenCrossReferenceStopsTheAgentAtStartUpNamingThePropertyAndLine() throws IOException {
        Files.writeString(xref, "warehouse_item,cart_sku\nWH-MUG-12,MUG-BLU-12\nWH-MUG-12,TEE-RED-M\n");

        Throwable failure = catchThrowable(() -> start(Map.of()).close());

        assertThat(AgentContext.configurationError(failure)).isNotNull().hasMessage("cartbridge.warehouse.sku-cross-reference '"
                + xref + "' line 3: warehouse item 'WH-MUG-12' is already mapped on line 2");
    }

    private String stock(long product) {
        return agent.store().jdbc().queryForObject(
                "SELECT meta_value FROM wp_postmeta WHERE post_id = ? AND meta_key = '_stock'", String.class, product);
    }

    private ConfigurableApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s",
                "cartbridge.warehouse.sku-qualifier", "VN", "cartbridge.warehouse.sku-cross-reference", xref.toString()));
        p.putAll(extra);
        return agent.start(p);
    }

    /** One interchange from ACME3PL in the server's outbound folder. */
    private void warehouseSends(String name, String set, String group, int icn, List<List<String>> bodies) {
        FromWarehouse.drop(agent, name, FromWarehouse.interchange(icn, group, set, bodies));
    }
}

package io.cartbridge.agent.cart.magento2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.edi.model.WarehouseOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole loop with {@code platform=magento2}: order-export reads the Magento demo shop and uploads to the sandbox
 * warehouse's SFTP server, the warehouse's 945 comes back and shipment-import writes it as Magento's Ship action would,
 * then the warehouse's 846 sets the stock so that Magento's salable quantity is what the warehouse can still sell less
 * the order it had not seen, each order counted once; a second run (and the same files again) changes nothing.
 */
class Magento2ExportAndShipmentIT {

    @TempDir
    Path folder;
    TestAgent agent;
    Magento2TestStore shop;

    @BeforeEach
    void start() {
        agent = new TestAgent(folder);
        shop = new Magento2TestStore("");
    }

    @AfterEach
    void close() {
        shop.close();
        agent.close();
    }

    @Test
    void ordersGoToTheWarehouseItsShipmentsAndStockComeBackToMagento() {
        Map<String, Object> p = new HashMap<>();
        p.put("cartbridge.warehouse.sftp.min-file-age", "0s");
        p.put("cartbridge.cart.platform", "magento2");
        p.put("cartbridge.cart.url", shop.url());
        p.put("cartbridge.shipping-methods.flatrate_flatrate.carrier", "UPSN");
        p.put("cartbridge.shipping-methods.flatrate_flatrate.service", "GND");
        p.put("cartbridge.shipping-methods.tablerate_bestway.carrier", "FDEG");
        p.put("cartbridge.shipping-methods.tablerate_bestway.service", "2D");
        try (ConfigurableApplicationContext context = agent.start(p)) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<WarehouseOrder> sent = agent.parsedFiles().stream().flatMap(f -> f.orders().stream()).toList();
            assertThat(sent).extracting(WarehouseOrder::orderNumber, WarehouseOrder::carrierCode).containsExactly(
                    tuple("000000001", "UPSN"), tuple("000000002", "FDEG"), tuple("000000003", "UPSN"),
                    tuple("000000007", "UPSN"), tuple("000000008", "UPSN"));
            assertThat(sent.get(0).shipTo().name()).isEqualTo("Zoë Bélanger");
            assertThat(sent.get(0).lines()).extracting(l -> l.sku(), l -> l.quantity())
                    .containsExactly(tuple("MUG-1", 2), tuple("TS-RED-M", 1));
            assertThat(shop.rows("SELECT comment FROM sales_order_status_history WHERE parent_id = 1 AND entity_name = 'order'"))
                    .as("the file that carried the order, on its comments history").hasSize(1);

            // the merchant accepts order 4 after its payment review: it goes to the warehouse in a second file
            shop.jdbc().update("UPDATE sales_order SET state = 'processing', status = 'processing' WHERE entity_id = 4");
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(agent.sentOrderNumbers()).contains("000000004");

            FromWarehouse.drop(agent, "ship-1.edi", FromWarehouse.shipmentAdvices(700, List.of(
                    List.of("W06*N*000000001*20261126*SHP-1", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1Z0001",
                            "W12*CC*2*2*0*EA**SK*MUG-1", "W12*CC*1*1*0*EA**SK*TS-RED-M", "W03*3"),
                    List.of("W06*N*000000003*20261126*SHP-3", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1Z0003",
                            "W12*BP*2*1*1*EA**SK*MUG-1", "W03*1"))));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertShipped();

            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            FromWarehouse.drop(agent, "ship-1-again.edi", FromWarehouse.shipmentAdvices(701, List.of(
                    List.of("W06*N*000000001*20261126*SHP-1", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1Z0001",
                            "W12*CC*2*2*0*EA**SK*MUG-1", "W12*CC*1*1*0*EA**SK*TS-RED-M", "W03*3"))));
            admin.run("inbound-collect");
            admin.run("shipment-import");

            assertShipped();

            // The warehouse counts as of 2030-01-01 06:00: it had the first file then, not the second (order 4). It can
            // still sell 40 mugs and 30 teas: its figure already leaves out the orders it had.
            agent.ledger().update("UPDATE cb_outbound_file SET uploaded_at = '2031-01-01 00:00:00' WHERE id = "
                    + "(SELECT file_id FROM cb_order WHERE order_number = '000000004')");
            FromWarehouse.drop(agent, "stock.edi", FromWarehouse.stockSnapshot(702, "20300101", List.of("MUG-1*40", "TEA-50*30")));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertStock();

            FromWarehouse.drop(agent, "stock-again.edi", FromWarehouse.stockSnapshot(702, "20300101", List.of("MUG-1*40", "TEA-50*30")));
            admin.run("inbound-collect");
            admin.run("inventory-import");

            assertStock();
        }
    }

    private void assertShipped() {
        assertThat(shop.order(1)).isEqualTo("complete/complete");
        assertThat(shop.gridStatus(1)).isEqualTo("complete");
        assertThat(shop.shipmentGrid(1)).containsExactly("000000004 000000001 3 complete Zoë Bélanger");
        // half of what was left of order 3 shipped: the order stays in processing
        assertThat(shop.order(3)).isEqualTo("processing/processing");
        assertThat(shop.shipped(9)).isEqualByComparingTo("2");
        assertThat(shop.count("sales_shipment")).isEqualTo(5);
        assertThat(shop.count("sales_shipment_track")).isEqualTo(3);
        assertThat(shop.rows("SELECT comment FROM sales_order_status_history WHERE entity_name = 'shipment'")).hasSize(2);
        assertThat(shop.salable("MUG-1")).isEqualByComparingTo("92");
    }

    /**
     * The five mugs of orders not shipped yet are reserved; four of those orders the warehouse had counted, order 4 it
     * had not: the shop sells 40 - 1 mugs, and all 30 teas (order 4 has none).
     */
    private void assertStock() {
        assertThat(shop.salable("MUG-1")).isEqualByComparingTo("39");
        assertThat(shop.sourceQuantity("MUG-1")).isEqualByComparingTo("44");
        assertThat(shop.salable("TEA-50")).isEqualByComparingTo("30");
        assertThat(shop.sourceQuantity("TEA-50")).isEqualByComparingTo("34");
        assertThat(shop.legacyStock("MUG-1")).isEqualTo("44/1");
    }
}

package io.cartbridge.agent.cart.prestashop;

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
 * The whole loop with {@code platform=prestashop}: order-export reads the PrestaShop demo shop and uploads to the
 * sandbox warehouse's SFTP server, the warehouse's 945 comes back, and shipment-import writes it to PrestaShop's tables;
 * a second run (and the same file again) changes nothing.
 */
class PrestaShopExportAndShipmentIT {

    @TempDir
    Path folder;
    TestAgent agent;
    PrestaShopTestStore shop;

    @BeforeEach
    void start() {
        agent = new TestAgent(folder);
        shop = new PrestaShopTestStore("ps_");
    }

    @AfterEach
    void close() {
        shop.close();
        agent.close();
    }

    @Test
    void paidOrdersGoToTheWarehouseAndItsShipmentsComeBackToPrestaShop() {
        Map<String, Object> p = new HashMap<>();
        p.put("cartbridge.warehouse.sftp.min-file-age", "0s");
        p.put("cartbridge.cart.platform", "prestashop");
        p.put("cartbridge.cart.url", shop.url());
        p.put("cartbridge.shipping-methods.1.carrier", "UPSN");
        p.put("cartbridge.shipping-methods.1.service", "GND");
        p.put("cartbridge.shipping-methods.2.carrier", "FDEG");
        p.put("cartbridge.shipping-methods.2.service", "2D");
        try (ConfigurableApplicationContext context = agent.start(p)) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<WarehouseOrder> sent = agent.parsedFiles().stream().flatMap(f -> f.orders().stream()).toList();
            // the reference PrestaShop shows the buyer travels beside the order number (the 940's N9*CR)
            assertThat(sent).extracting(WarehouseOrder::orderNumber, WarehouseOrder::carrierCode, WarehouseOrder::customerReference)
                    .containsExactly(tuple("1001", "FDEG", "XKBKNABJK"), tuple("1002", "UPSN", "QWERTYUIO"));
            assertThat(sent.get(0).shipTo().name()).isEqualTo("Zoë Bélanger");
            assertThat(sent.get(0).shipTo().country()).isEqualTo("FR");
            assertThat(sent.get(0).lines()).extracting(l -> l.sku(), l -> l.quantity())
                    .containsExactly(tuple("MUG-1", 2), tuple("TS-S", 1));
            assertThat(agent.ledger().queryForList("SELECT order_number, state FROM cb_order ORDER BY order_number"))
                    .extracting(r -> tuple(r.get("order_number"), r.get("state")))
                    .containsExactly(tuple("1001", "FILED"), tuple("1002", "FILED"), tuple("1005", "HELD"));

            FromWarehouse.drop(agent, "ship-1.edi", FromWarehouse.shipmentAdvices(700, List.of(
                    List.of("W06*N*1001*20261126*SHP-1", "W27*U*FDEG*2D", "LX*1", "MAN*CP*FX0001",
                            "W12*CC*2*2*0*EA**SK*MUG-1", "W12*CC*1*1*0*EA**SK*TS-S", "W03*3"),
                    List.of("W06*N*1002*20261126*SHP-2", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1Z0002",
                            "W12*BP*2*1*1*EA**SK*TS-M", "W03*1"))));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertShipped();

            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            FromWarehouse.drop(agent, "ship-1-again.edi", FromWarehouse.shipmentAdvices(701, List.of(
                    List.of("W06*N*1001*20261126*SHP-1", "W27*U*FDEG*2D", "LX*1", "MAN*CP*FX0001",
                            "W12*CC*2*2*0*EA**SK*MUG-1", "W12*CC*1*1*0*EA**SK*TS-S", "W03*3"))));
            admin.run("inbound-collect");
            admin.run("shipment-import");

            assertShipped();

            // Stock without double counting. 1003 is paid after the warehouse counted (its file reached the warehouse
            // later); 1002, which the warehouse had, still has a T-shirt M to ship, reserved by PrestaShop.
            shop.jdbc().update("UPDATE ps_orders SET current_state = 2 WHERE id_order = 1003");
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            agent.ledger().update("UPDATE cb_outbound_file SET uploaded_at = '2031-01-01 00:00:00' WHERE id = "
                    + "(SELECT file_id FROM cb_order WHERE order_number = '1003')");
            FromWarehouse.drop(agent, "stock.edi", FromWarehouse.stockSnapshot(702, "20300101", List.of("MUG-1*40", "TS-M*20")));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            // quantity/physical/reserved: the shop sells 40 less 1003's mug, and the warehouse's 20 T-shirts M, with
            // 1002's units reserved on top of them (subtracted once, by PrestaShop's reservation, which keeps an order's
            // units until its state says shipped)
            assertThat(shop.stock(1, 0)).isEqualTo("39/39/0");
            assertThat(shop.stock(2, 11)).isEqualTo("20/22/2");
        }
    }

    private void assertShipped() {
        assertThat(shop.currentState(1001)).isEqualTo(4);
        assertThat(shop.history(1001)).containsExactly(2L, 4L);
        assertThat(shop.tracking(1001)).isEqualTo("FX0001");
        // half of 1002 shipped: tracking kept, state unchanged
        assertThat(shop.currentState(1002)).isEqualTo(3);
        assertThat(shop.history(1002)).containsExactly(2L, 3L);
        assertThat(shop.tracking(1002)).isEqualTo("1Z0002");
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM ps_cartbridge_shipment", Integer.class)).isEqualTo(3);
    }
}

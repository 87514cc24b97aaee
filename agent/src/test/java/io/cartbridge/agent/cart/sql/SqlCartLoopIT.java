package io.cartbridge.agent.cart.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole loop with {@code platform=sql} on the example home-made shop of {@code sample-data/sql} and its statements,
 * on MariaDB and on PostgreSQL (the agent's own database stays MariaDB): order-export sends the paid orders to the
 * sandbox warehouse, its 945s come back and shipment-import marks them shipped (a partial shipment, then the rest), an
 * 846 sets the stock less what is promised to an order sent after the count; every step and file applied again
 * leaves the same rows.
 */
public class SqlCartLoopIT {

    @TempDir
    Path folder;
    TestAgent agent;
    SqlTestShop shop;

    @AfterEach
    void close() {
        if (shop != null) {
            shop.close();
        }
        agent.close();
    }

    /** TestAgent's settings moved under store {@code shop}, partner {@code acme}, connection {@code shop-acme}. */
    public static List<String> settings(TestAgent agent, SqlTestShop shop, Map<String, String> overrides) {
        Map<String, Object> p = new LinkedHashMap<>();
        agent.properties().forEach((key, value) -> {
            if (key.equals("cartbridge.warehouse.id") || key.startsWith("cartbridge.shipping-methods.")) {
                return;
            }
            p.put(key.replace("cartbridge.cart.", "cartbridge.stores.shop.")
                    .replace("cartbridge.warehouse.", "cartbridge.partners.acme."), value);
        });
        p.put("cartbridge.partners.acme.sftp.min-file-age", "0s");
        p.put("cartbridge.connections.shop-acme.store", "shop");
        p.put("cartbridge.connections.shop-acme.partner", "acme");
        p.putAll(SqlTestShop.exampleSettings());
        p.put("cartbridge.stores.shop.url", shop.url());
        p.put("cartbridge.stores.shop.username", shop.user());
        p.put("cartbridge.stores.shop.password", shop.password());
        p.putAll(overrides);
        List<String> args = new ArrayList<>();
        p.forEach((k, v) -> args.add("--" + k + "=" + v));
        return args;
    }

    @ParameterizedTest
    @EnumSource(SqlTestShop.Engine.class)
    void ordersGoOutAndShipmentsAndStockComeBackToTheShopsOwnTables(SqlTestShop.Engine engine) {
        agent = new TestAgent(folder);
        shop = new SqlTestShop(engine);
        try (ConfigurableApplicationContext context = AgentContext.start(settings(agent, shop, Map.of()))) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<WarehouseOrder> sent = sent();
            assertThat(sent).extracting(WarehouseOrder::orderNumber, WarehouseOrder::carrierCode)
                    .containsExactly(tuple("T-5001", "DHLC"), tuple("T-5002", "UPSN"));
            assertThat(sent.get(0).shipTo().name()).isEqualTo("Jürgen Groß");
            assertThat(sent.get(0).shipTo().city()).isEqualTo("München");
            assertThat(sent.get(0).shipTo().country()).isEqualTo("DE");
            assertThat(sent.get(0).lines()).extracting(l -> l.sku(), l -> l.quantity())
                    .containsExactly(tuple("TEA-EARL", 2), tuple("MUG-WHITE", 1));
            assertThat(sent.get(1).lines()).as("refunded unit and virtual gift card left out")
                    .extracting(l -> l.sku(), l -> l.quantity()).containsExactly(tuple("TEA-GREEN", 3));
            assertThat(agent.ledger().queryForList("SELECT order_number, state FROM cb_order ORDER BY order_number"))
                    .extracting(r -> tuple(r.get("order_number"), r.get("state")))
                    .containsExactly(tuple("T-5001", "FILED"), tuple("T-5002", "FILED"), tuple("T-5004", "HELD"));
            assertThat(shop.notes(5001)).singleElement().asString().startsWith("Sent to warehouse acme");
            assertThat(shop.notes(5002)).hasSize(1);
            assertThat(shop.order(5001)).isEqualTo("paid|||");

            FromWarehouse.drop(agent, "ship-1.edi", FromWarehouse.shipmentAdvices(700, List.of(
                    List.of("W06*N*T-5001*20261126*SHP-1", "W27*U*DHLC*PAKET", "LX*1", "MAN*CP*DHL0001",
                            "W12*CC*2*2*0*EA**SK*TEA-EARL", "W12*CC*1*1*0*EA**SK*MUG-WHITE", "W03*3"),
                    List.of("W06*N*T-5002*20261126*SHP-2", "W27*U*UPSN*GND", "LX*1", "MAN*CP*1Z0002",
                            "W12*BP*3*2*1*EA**SK*TEA-GREEN", "W03*2"))));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(shop.order(5001)).isEqualTo("shipped|DHLC|DHL0001|2026-11-26");
            assertThat(shop.order(5002)).as("two of three shipped").isEqualTo("paid|UPSN|1Z0002|");
            // :service is the service level each 945 confirmed (W27-03)
            assertThat(shop.service(5001)).isEqualTo("PAKET");
            assertThat(shop.service(5002)).isEqualTo("GND");
            assertThat(shop.shipmentItems()).containsExactly("5001 SHP-1 MUG-WHITE 1", "5001 SHP-1 TEA-EARL 2",
                    "5002 SHP-2 TEA-GREEN 2");
            assertThat(shop.notes(5001)).hasSize(2);
            assertThat(shop.notes(5001).get(1)).contains("DHL0001");

            // an order paid after it was placed goes out with the next run; the warehouse had not seen it when it counted
            shop.jdbc().update("UPDATE customer_order SET status = 'paid', updated_at = CURRENT_TIMESTAMP WHERE id = 5003");
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(sentOrderNumbers()).containsExactly("T-5001", "T-5002", "T-5003");

            FromWarehouse.drop(agent, "stock-1.edi", FromWarehouse.stockSnapshot(710, "20261126", List.of(
                    "TEA-EARL*100", "TEA-GREEN*50", "MUG-WHITE*10", "POT-CAST*5", "GHOST-1*1")));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertStock();

            FromWarehouse.drop(agent, "ship-2.edi", FromWarehouse.shipmentAdvices(720, List.of(
                    List.of("W06*N*T-5002*20261127*SHP-3", "W27*U*UPSN*GND", "LX*1", "MAN*CP*1Z0003",
                            "W12*CC*1*1*0*EA**SK*TEA-GREEN", "W03*1"))));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertShipped();

            // everything again: the jobs, the same files under new names, the same shipments in a new interchange
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            FromWarehouse.drop(agent, "ship-1-copy.edi", FromWarehouse.shipmentAdvices(700, List.of(
                    List.of("W06*N*T-5001*20261126*SHP-1", "W27*U*DHLC*PAKET", "LX*1", "MAN*CP*DHL0001",
                            "W12*CC*2*2*0*EA**SK*TEA-EARL", "W12*CC*1*1*0*EA**SK*MUG-WHITE", "W03*3"),
                    List.of("W06*N*T-5002*20261126*SHP-2", "W27*U*UPSN*GND", "LX*1", "MAN*CP*1Z0002",
                            "W12*BP*3*2*1*EA**SK*TEA-GREEN", "W03*2"))));
            FromWarehouse.drop(agent, "ship-3-again.edi", FromWarehouse.shipmentAdvices(730, List.of(
                    List.of("W06*N*T-5002*20261127*SHP-3", "W27*U*UPSN*GND", "LX*1", "MAN*CP*1Z0003",
                            "W12*CC*1*1*0*EA**SK*TEA-GREEN", "W03*1"))));
            FromWarehouse.drop(agent, "stock-1-copy.edi", FromWarehouse.stockSnapshot(710, "20261126", List.of(
                    "TEA-EARL*100", "TEA-GREEN*50", "MUG-WHITE*10", "POT-CAST*5", "GHOST-1*1")));
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("shipment-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(admin.run("inventory-import").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(sentOrderNumbers()).containsExactly("T-5001", "T-5002", "T-5003");
            assertShipped();
            assertStock();
        }
    }

    /** The order numbers of the 940s on the warehouse's server, in file order (the server also holds our 997s). */
    private List<String> sentOrderNumbers() {
        return sent().stream().map(WarehouseOrder::orderNumber).toList();
    }

    private List<WarehouseOrder> sent() {
        List<WarehouseOrder> orders = new ArrayList<>();
        for (Path file : agent.inboundFiles()) {
            if (file.getFileName().toString().contains("-940-")) {
                try (var in = java.nio.file.Files.newInputStream(file)) {
                    orders.addAll(new X12WarehouseOrderReader().read(in).orders());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return orders;
    }

    private void assertShipped() {
        assertThat(shop.order(5001)).isEqualTo("shipped|DHLC|DHL0001|2026-11-26");
        assertThat(shop.order(5002)).isEqualTo("shipped|UPSN|1Z0002, 1Z0003|2026-11-27");
        assertThat(shop.order(5003)).as("sent, not shipped yet").isEqualTo("paid|||");
        assertThat(shop.order(5004)).as("held, never sent").isEqualTo("paid|||");
        assertThat(shop.shipmentItems()).containsExactly("5001 SHP-1 MUG-WHITE 1", "5001 SHP-1 TEA-EARL 2",
                "5002 SHP-2 TEA-GREEN 2", "5002 SHP-3 TEA-GREEN 1");
        assertThat(shop.notes(5001)).hasSize(2);
        assertThat(shop.notes(5002)).hasSize(3);
    }

    private void assertStock() {
        assertThat(shop.stock()).as("TEA-EARL: 100 less 1 promised to T-5003, sent after the count; MUG-WHITE unchanged; "
                + "POT-CAST and GIFT-25 unmanaged").containsExactly("GIFT-25=0", "MUG-WHITE=10", "POT-CAST=0", "TEA-EARL=99",
                "TEA-GREEN=50");
        assertThat(agent.ledger().queryForObject("SELECT reason FROM cb_inbound_file WHERE remote_name = 'stock-1.edi'",
                String.class)).contains("GHOST-1");
    }
}

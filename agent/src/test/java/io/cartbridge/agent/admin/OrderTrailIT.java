package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code order NUMBER}: what became of an order, from the ledger, after real runs. */
class OrderTrailIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0101", "ada@example.com");
    static final Map<String, Object> NOW = Map.of("cartbridge.warehouse.sftp.min-file-age", "0s");

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null)
                .order(5001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A")))
                .order(5002, "wc-processing", BUYER, "drone", List.of(Line.of(10, 1, "A")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void anOrdersTrailGoesFromTheCartToTheWarehouseAndBackInTheOrderItHappened() {
        try (ConfigurableApplicationContext context = agent.start(NOW)) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            admin.run("order-export");
            FromWarehouse.drop(agent, "ship-5001.edi", FromWarehouse.shipmentAdvices(7, List.of(List.of(
                    "W06*N*5001*20261126*SHP-5001", "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*1Z999AA10123456784",
                    "W12*CC*2*2*0*EA**SK*SKU-A", "W03*2"))));
            admin.run("inbound-collect", null);
            admin.run("shipment-import", null);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(cli(out, "order", "5001")).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Order 5001 (cart order 5001) of store default at partner acme3pl: FILED");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(23)).containsExactly(
                "read from the cart by order-export (job execution 1)",
                "filed in acme3pl-940-000000001.edi (X12 940, interchange 000000001, document 0001)",
                "uploaded to acme3pl's server",
                "noted in the cart",
                "shipment SHP-5001 received in ship-5001.edi (X12 945)",
                "shipped (UPSN, tracking 1Z999AA10123456784), applied to the cart: order complete");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).matches("  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  .*"));

        out.reset();
        assertThat(cli(out, "order", "5002")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Order 5002 (cart order 5002) of store default at partner acme3pl: HELD\n")
                .contains("  held: shipping method 'drone' is not mapped (set cartbridge.shipping-methods.drone.carrier)\n");

        out.reset();
        assertThat(cli(out, "order", "9999", "--connection", "default")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("No order 9999 in the ledger of connection default:");
    }

    private int cli(ByteArrayOutputStream out, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(agent.commandLineProperties(NOW));
        return CliAccess.run(args, out);
    }
}

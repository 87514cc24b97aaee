package io.cartbridge.agent.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.x12.X12OrderFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * order-export end to end, configured in the map form (one store, one partner, one connection) instead of
 * the single-shop shorthand: the 940 on the SFTP server carries the connection's own sender id.
 */
class ConnectionMapsIT {

    static final Address JOHN = new Address("John O'Brien", null, "1 Main St", null, "Springfield", "IL", "62701", "US",
            "555-0101", "john@example.com");

    private static final String FILED = """
            SELECT partner, cart_order_id FROM cb_order WHERE state = 'FILED' ORDER BY cart_order_id""";

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store()
                .product(11, "MUG-WHT", null)
                .order(1001, "wc-processing", JOHN, "flat_rate", List.of(Line.of(11, 2, "Mug")))
                .order(1002, "wc-processing", JOHN, "flat_rate", List.of(Line.of(11, 1, "Mug")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    /** TestAgent's shorthand settings, moved under one store, one partner and one connection. */
    private List<String> mapSettings() {
        Map<String, Object> p = new LinkedHashMap<>();
        agent.properties().forEach((key, value) -> {
            if (key.equals("cartbridge.warehouse.id") || key.startsWith("cartbridge.shipping-methods.")) {
                return;
            }
            p.put(key.replace("cartbridge.cart.", "cartbridge.stores.shop.")
                    .replace("cartbridge.warehouse.", "cartbridge.partners.acme."), value);
        });
        p.put("cartbridge.connections.shop-acme.store", "shop");
        p.put("cartbridge.connections.shop-acme.partner", "acme");
        p.put("cartbridge.connections.shop-acme.x12.sender-qualifier", "01");
        p.put("cartbridge.connections.shop-acme.x12.sender-id", "SHOPOWNID");
        p.put("cartbridge.connections.shop-acme.shipping-methods.flat_rate.carrier", "UPSN");
        p.put("cartbridge.connections.shop-acme.shipping-methods.flat_rate.service", "GND");
        List<String> args = new ArrayList<>();
        p.forEach((k, v) -> args.add("--" + k + "=" + v));
        return args;
    }

    @Test
    void orderExportRunsTheOneConnectionOfTheMapsWithItsOwnSenderId() throws Exception {
        List<String> args = mapSettings();
        assertThat(args).noneMatch(a -> a.startsWith("--cartbridge.cart.") || a.startsWith("--cartbridge.warehouse."));

        try (ConfigurableApplicationContext context = AgentContext.start(args)) {
            JobExecution execution = context.getBean(AdminCommands.class).run("order-export");

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("acme-shop-940-000000001.edi");
        X12OrderFile file = agent.parsedFiles().get(0);
        assertThat(file.senderQualifier()).isEqualTo("01");
        assertThat(file.senderId()).isEqualTo("SHOPOWNID");
        assertThat(file.receiverId()).isEqualTo("ACME3PL");
        assertThat(file.orders()).extracting(o -> o.orderNumber()).containsExactly("1001", "1002");
        assertThat(file.orders()).allSatisfy(o -> assertThat(o.carrierCode()).isEqualTo("UPSN"));
        String text = Files.readString(agent.inboundFiles().get(0));
        List<String> isa = Arrays.asList(text.substring(0, text.indexOf('~')).split("\\*"));
        assertThat(isa.get(5)).isEqualTo("01");
        assertThat(isa.get(6)).isEqualTo("SHOPOWNID      ");
        String gs = Arrays.stream(text.split("~")).map(String::strip).filter(s -> s.startsWith("GS*")).findFirst().orElseThrow();
        assertThat(gs.split("\\*")[2]).isEqualTo("SHOPOWNID");
        assertThat(agent.ledger().queryForList(FILED)).extracting(r -> r.get("partner") + ":" + r.get("cart_order_id"))
                .containsExactly("acme:1001", "acme:1002");
    }
}

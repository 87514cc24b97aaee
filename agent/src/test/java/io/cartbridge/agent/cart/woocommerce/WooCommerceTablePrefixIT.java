package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A WooCommerce install with its own table prefix, read in each storage, notes written under that
 * prefix. Each storage gets a store, a ledger and a warehouse of its own, and the store keeps its
 * orders in that storage only, so that what is asserted can only have come from that storage's read.
 */
class WooCommerceTablePrefixIT {

    static final Address SOREN = new Address("Søren Ærø", null, "Nørrebrogade 20", null, "København", "84", "2200", "DK",
            "+45 33 12 34 56", "soren@example.dk");

    private static final String ORDER_ROW = """
            SELECT o.order_number, o.state, f.file_name FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.cart_order_id = ?""";
    private static final String NOTES = """
            SELECT COUNT(*) FROM shop7_comments WHERE comment_post_ID = 7001 AND comment_type = 'order_note'""";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"hpos", "posts"})
    void readsAndWritesTablesWithTheConfiguredPrefix(String storage) {
        try (TestAgent agent = new TestAgent(folder, "shop7_")) {
            agent.store().product(10, "SKU-10", "4006381333931")
                    .order(7001, "wc-processing", SOREN, "flat_rate", List.of(Line.of(10, 2, "Thing")))
                    .ordersOnlyIn(storage);
            try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.cart.table-prefix", "shop7_",
                    "cartbridge.cart.woocommerce.storage", storage))) {
                assertThat(context.getBean(AdminCommands.class).run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            }

            assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString()).containsExactly("acme3pl-940-000000001.edi");
            List<WarehouseOrder> sent = agent.parsedFiles().get(0).orders();
            assertThat(sent).extracting(WarehouseOrder::orderNumber).containsExactly("7001");
            assertThat(sent.get(0).cartOrderId()).isEqualTo("7001");
            assertThat(sent.get(0).shipTo().name()).isEqualTo("Søren Ærø");
            assertThat(sent.get(0).shipTo().line1()).isEqualTo("Nørrebrogade 20");
            assertThat(sent.get(0).shipTo().city()).isEqualTo("København");
            assertThat(sent.get(0).shipTo().postalCode()).isEqualTo("2200");
            assertThat(sent.get(0).shipTo().country()).isEqualTo("DK");
            assertThat(sent.get(0).carrierCode()).isEqualTo("UPSN");
            assertThat(sent.get(0).lines()).extracting(OrderLine::sku, OrderLine::upc, OrderLine::quantity)
                    .containsExactly(tuple("SKU-10", "4006381333931", 2));
            assertThat(agent.ledger().queryForList(ORDER_ROW, "7001")).singleElement()
                    .isEqualTo(Map.of("order_number", "7001", "state", "FILED", "file_name", "acme3pl-940-000000001.edi"));
            assertThat(agent.store().jdbc().queryForObject(NOTES, Integer.class)).isEqualTo(1);
        }
    }
}

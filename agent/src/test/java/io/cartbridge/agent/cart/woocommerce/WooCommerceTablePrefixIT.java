package io.cartbridge.agent.cart.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

/** A WooCommerce install with its own table prefix, read in both storages, notes written under that prefix. */
class WooCommerceTablePrefixIT {

    @TempDir
    Path folder;

    @Test
    void readsAndWritesTablesWithTheConfiguredPrefix() {
        try (TestAgent agent = new TestAgent(folder, "shop7_")) {
            agent.store().product(10, "SKU-10", "4006381333931")
                    .order(7001, "wc-processing", new Address("Søren Ærø", null, "Nørrebrogade 20", null, "København", "84",
                            "2200", "DK", "+45 33 12 34 56", "soren@example.dk"), "flat_rate", List.of(Line.of(10, 2, "Thing")));
            for (String storage : List.of("hpos", "posts")) {
                try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.cart.table-prefix", "shop7_",
                        "cartbridge.cart.woocommerce.storage", storage))) {
                    assertThat(context.getBean(AdminCommands.class).run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
                }
            }

            List<WarehouseOrder> sent = agent.parsedFiles().stream().flatMap(f -> f.orders().stream()).toList();
            assertThat(sent).extracting(WarehouseOrder::orderNumber).containsExactly("7001");
            assertThat(sent.get(0).shipTo().city()).isEqualTo("København");
            assertThat(sent.get(0).lines()).extracting(OrderLine::sku, OrderLine::upc, OrderLine::quantity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SKU-10", "4006381333931", 2));
            assertThat(agent.store().jdbc().queryForObject(
                    "SELECT COUNT(*) FROM shop7_comments WHERE comment_post_ID = 7001 AND comment_type = 'order_note'", Integer.class))
                    .isEqualTo(1);
        }
    }
}

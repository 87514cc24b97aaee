package io.cartbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.demo.SandboxWarehouse;
import io.cartbridge.agent.transport.SshClientSettings;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12OrderFile;
import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bench's bare program on real MariaDB and the sandbox's SFTP server: a seeded store's paid orders
 * arrive as parseable 940s, one file per page, each recorded once in the agent database and noted on its
 * order; a second run finds nothing new. It talks to the server as the agent does, with the agent's cipher.
 */
class BareOrderExportIT {

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void seed() {
        agent = new TestAgent(folder);
        BenchStore.seed(agent.store().jdbc(), 250);
        // the first line of order 1001 becomes a variation with a SKU of its own, which wins over the product's
        agent.store().jdbc().update("""
                INSERT INTO wp_wc_product_meta_lookup (product_id, sku, stock_quantity, stock_status)
                VALUES (9001, 'BENCH-VARIANT', 10, 'instock')""");
        agent.store().jdbc().update(
                "UPDATE wp_woocommerce_order_itemmeta SET meta_value = '9001' WHERE order_item_id = 1 AND meta_key = '_variation_id'");
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void sendsEveryPaidOrderOnceInFilesOfAPageRecordsThemAndNotesEachOrder() throws Exception {
        BareOrderExport.Result result = BareOrderExport.run(settings());

        assertThat(result.orders()).isEqualTo(250);
        assertThat(result.files()).isEqualTo(3);
        assertThat(result.skipped()).isZero();
        assertThat(result.cipher()).isEqualTo(agentsFirstCipher());
        assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("bare-940-000000001.edi", "bare-940-000000002.edi", "bare-940-000000003.edi");
        for (Path file : agent.inboundFiles()) {
            long sts = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("ST*940*")).count();
            assertThat(sts).isEqualTo(file.getFileName().toString().endsWith("3.edi") ? 50 : 100);
        }
        List<X12OrderFile> files = agent.parsedFiles();   // envelope, counts and control numbers checked by the reader
        assertThat(files).extracting(X12OrderFile::interchangeControlNumber).containsExactly(1L, 2L, 3L);
        assertThat(files).extracting(f -> f.orders().size()).containsExactly(100, 100, 50);
        assertThat(files.get(0).senderId()).isEqualTo("MYSHOP");
        assertThat(agent.sentOrderNumbers()).hasSize(250).doesNotHaveDuplicates().contains("1001", "1250");

        WarehouseOrder first = files.get(0).orders().get(0);
        assertThat(first.orderNumber()).isEqualTo("1001");
        assertThat(first.shipTo().name()).isEqualTo("Buyer Number 1");
        assertThat(first.shipTo().line1()).isEqualTo("1 Main Street");
        assertThat(first.shipTo().city()).isEqualTo("Springfield");
        assertThat(first.shipTo().email()).isEqualTo("buyer1@example.com");
        assertThat(first.carrierCode()).isEqualTo("UPSN");
        List<String> skus = new ArrayList<>(skusOf(1001));
        skus.set(0, "BENCH-VARIANT");
        assertThat(first.lines()).extracting(OrderLine::sku).containsExactlyElementsOf(skus);
        assertThat(first.lines()).extracting(OrderLine::quantity).containsExactlyElementsOf(quantitiesOf(1001));

        JdbcTemplate ledger = agent.ledger();
        assertThat(ledger.queryForObject("SELECT COUNT(*) FROM bare_order", Integer.class)).isEqualTo(250);
        assertThat(ledger.queryForObject("SELECT file_name FROM bare_order WHERE cart_order_id = 1250", String.class))
                .isEqualTo("bare-940-000000003.edi");
        assertThat(ledger.queryForObject("SELECT content FROM bare_file WHERE control_number = 2", byte[].class))
                .isEqualTo(Files.readAllBytes(agent.inboundFiles().get(1)));
        assertThat(agent.store().jdbc().queryForObject(
                "SELECT COUNT(*) FROM wp_comments WHERE comment_type = 'order_note' AND comment_approved = '1'", Integer.class))
                .isEqualTo(250);
        assertThat(agent.store().notes(1001)).containsExactly("Sent to warehouse in bare-940-000000001.edi");

        BareOrderExport.Result again = BareOrderExport.run(settings());

        assertThat(again.orders()).isZero();
        assertThat(agent.inboundFiles()).hasSize(3);
        assertThat(agent.store().notes(1250)).hasSize(1);
    }

    /** The agent's preferred SSH cipher, which the sandbox's server offers too. */
    private static String agentsFirstCipher() {
        SshClient client = SshClient.setUpDefaultClient();
        SshClientSettings.applyTo(client);
        return client.getCipherFactories().get(0).getName();
    }

    private BareOrderExport.Settings settings() {
        SandboxWarehouse warehouse = agent.warehouse();
        return new BareOrderExport.Settings(agent.store().url(), TestDatabase.user(), TestDatabase.password(),
                agent.properties().get("spring.datasource.url").toString(), TestDatabase.user(), TestDatabase.password(),
                "127.0.0.1", warehouse.port(), SandboxWarehouse.USER, warehouse.password(), "/in", "MYSHOP", "ACME3PL",
                "UPSN", "GND", 100);
    }

    /** The order's products' SKUs, by an independent path (product id, then lookup). */
    private List<String> skusOf(long orderId) {
        return agent.store().jdbc().queryForList("""
                SELECT l.sku FROM wp_woocommerce_order_items i
                JOIN wp_woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id AND m.meta_key = '_product_id'
                JOIN wp_wc_product_meta_lookup l ON l.product_id = m.meta_value
                WHERE i.order_id = ? AND i.order_item_type = 'line_item' ORDER BY i.order_item_id""", String.class, orderId);
    }

    private List<Integer> quantitiesOf(long orderId) {
        return agent.store().jdbc().queryForList("""
                SELECT m.meta_value FROM wp_woocommerce_order_items i
                JOIN wp_woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id AND m.meta_key = '_qty'
                WHERE i.order_id = ? AND i.order_item_type = 'line_item' ORDER BY i.order_item_id""", String.class, orderId)
                .stream().map(Integer::valueOf).toList();
    }
}

package io.cartbridge.agent.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code cartbridge demo} on embedded defaults: embedded MariaDB, the demo store from sample-data,
 * the sandbox warehouse and its simulated 3PL. The first run sends 28 of the 30 paid orders and holds
 * two, and the whole loop comes back: shipments (one partial), a stock snapshot, 997s; the second run
 * sends and applies nothing.
 */
class DemoIT {

    static Path home;

    @BeforeAll
    static void home() throws IOException {
        // not under target/: a clone may live in the temporary folder, which the embedded MariaDB refuses as home
        home = Files.createDirectories(Path.of(System.getProperty("user.home"), ".cartbridge-test", "demo-it-" + System.nanoTime()));
        System.setProperty("cartbridge.home", home.toString());
    }

    @AfterAll
    static void clear() throws IOException {
        System.clearProperty("cartbridge.home");
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void demoSendsThePaidOrdersOnceAndHoldsTheBrokenOnes() throws IOException {
        String first = demo();

        assertThat(first).contains("Demo WooCommerce store created")
                .contains("COMPLETED")
                .contains("Orders read from the cart:   30")
                .contains("Orders sent to sandbox3pl:  28")
                .contains("Orders held:                 2")
                .contains("order 5008: shipping method 'drone_delivery' is not mapped")
                .contains("order 5013: line 1 ('Mystery sticker pack') has no SKU")
                .contains("sandbox3pl-940-000000001.edi  X12 940, interchange 000000001")
                .contains("sandbox3pl-940-000000003.edi");
        assertThat(first).contains("The sandbox 3PL answered 3 order file(s) with shipment advices (945)")
                .contains("inbound-collect   COMPLETED").contains("shipment-import   COMPLETED")
                .contains("inventory-import  COMPLETED")
                .contains("Orders shipped: 28 (27 completed in WooCommerce, 1 partly shipped)")
                .containsPattern("order 5003 +UPSN +tracking 1ZSBX\\d{10},1ZSBX\\d{10}")
                .containsPattern("Stock snapshot stock-\\d+\\.edi: \\d+ changed")
                .contains("Functional acknowledgments (997) sent back: 4");
        List<String> sent = sentOrders();
        assertThat(sent).hasSize(28).doesNotHaveDuplicates().doesNotContain("5008", "5013", "5031", "5036");
        assertThat(sent).contains("5001", "5030");

        String second = demo();

        assertThat(second).contains("found from an earlier run").contains("Orders sent to sandbox3pl:  0")
                .contains("Files uploaded to /in: 0")
                .contains("The sandbox 3PL answered 0 order file(s)")
                .contains("Orders shipped: 28 (27 completed in WooCommerce, 1 partly shipped)")
                .contains("Functional acknowledgments (997) sent back: 4");
        assertThat(sentOrders()).hasSize(28).doesNotHaveDuplicates();
    }

    private static String demo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DemoCommand.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> sentOrders() throws IOException {
        Path in = home.resolve("demo/sandbox-warehouse/root/in");
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(f -> f.getFileName().toString().contains("-940-")).sorted().flatMap(f -> {
                try (InputStream stream = Files.newInputStream(f)) {
                    return new X12WarehouseOrderReader().read(stream).orders().stream().map(WarehouseOrder::orderNumber).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}

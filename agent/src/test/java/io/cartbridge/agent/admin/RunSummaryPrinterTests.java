package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.inbound.InboundCollectSummary;
import io.cartbridge.agent.inbound.InboundCollectSummary.CollectedFile;
import io.cartbridge.agent.inventory.InventoryImportSummary;
import io.cartbridge.agent.orders.OrderExportSummary;
import io.cartbridge.agent.orders.OrderExportSummary.HeldGroup;
import io.cartbridge.agent.orders.OrderExportSummary.HeldOrder;
import io.cartbridge.agent.orders.OrderExportSummary.UploadedFile;
import io.cartbridge.agent.shipments.ShipmentImportSummary;
import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.RunSummary;
import org.junit.jupiter.api.Test;

/** What the CLI prints for each job's summary record. */
class RunSummaryPrinterTests {

    static final UploadedFile FILE_1 = new UploadedFile("acme3pl-940-000000001.edi", "X12", "940", 1, 50);
    static final UploadedFile ACK = new UploadedFile("acme3pl-997-000000002.edi", "X12", "997", 2, 0);

    @Test
    void fewHeldOrdersAreListedEachWithItsReasons() {
        OrderExportSummary summary = new OrderExportSummary(7, "acme3pl", "/in", 52, 50, 0, 50, 2, List.of(FILE_1, ACK), 0,
                2, List.of(new HeldOrder("1006", "no ship-to address"),
                new HeldOrder("1007", "line 1 ('Mug') has no SKU; no shipping method")), List.of());

        assertThat(print(summary)).isEqualTo("""
                Orders read from the cart:   52
                Orders sent to acme3pl:      50
                Orders held:                 2
                  order 1006: no ship-to address
                  order 1007: line 1 ('Mug') has no SKU; no shipping method
                Files uploaded to /in: 2
                  acme3pl-940-000000001.edi  X12 940, interchange 000000001, 50 order(s)
                  acme3pl-997-000000002.edi  X12 997, interchange 000000002
                """);
    }

    @Test
    void manyHeldOrdersAreOneLinePerProblemWithCountOrdersAndFix() {
        List<UploadedFile> files = new ArrayList<>();
        for (int i = 0; i < OrderExportSummary.LISTED; i++) {
            files.add(new UploadedFile("acme3pl-940-%09d.edi".formatted(i + 1), "X12", "940", i + 1, 50));
        }
        OrderExportSummary summary = new OrderExportSummary(8, "acme3pl", "/in", 5100, 500, 4573, 600, 12, files, 1,
                27, List.of(), List.of(
                new HeldGroup("shipping method 'pickup' is not mapped", "set cartbridge.shipping-methods.pickup.carrier",
                        new Listed(24, List.of("1001", "1002", "1003", "1004", "1005"))),
                new HeldGroup("'Mug' has no SKU", "give the product a SKU in the cart", new Listed(3, List.of("7", "8", "9"))),
                new HeldGroup("the moon is full", null, new Listed(1, List.of("12")))));

        assertThat(print(summary)).startsWith("""
                Orders read from the cart:   5100
                Orders already filed:        4573 (by earlier or overlapping runs)
                Orders sent to acme3pl:      600
                Orders held:                 27
                  24 orders: shipping method 'pickup' is not mapped; fix: set cartbridge.shipping-methods.pickup.carrier (1001, 1002, 1003, 1004, 1005 and 19 more)
                  3 orders: 'Mug' has no SKU; fix: give the product a SKU in the cart (7, 8, 9)
                  1 order: the moon is full (12)
                  (./cartbridge held lists each order; the next run sends those fixed)
                Files uploaded to /in: 12
                  acme3pl-940-000000001.edi  X12 940, interchange 000000001, 50 order(s)
                """).endsWith("""
                  acme3pl-940-000000010.edi  X12 940, interchange 000000010, 50 order(s)
                  ... and 2 more (./cartbridge files lists them all)
                Files waiting for upload:    1 (sent by the next run or restart)
                """);
    }

    @Test
    void shipmentImportNamesTheOrdersThatNeedALook() {
        ShipmentImportSummary summary = new ShipmentImportSummary(9, "acme3pl", 12, 3, 4, 3, 1, 2,
                new Listed(1, List.of("5003")), new Listed(7, List.of("9001", "9002", "9003", "9004", "9005")),
                new Listed(1, List.of("5004")));

        assertThat(print(summary)).isEqualTo("""
                3 shipments applied to 4 orders (3 completed, 1 partial), 2 lines not on the order, 7 unknown orders
                  lines not on the order, in the shipments of: 5003
                  unknown orders: 9001, 9002, 9003, 9004, 9005 and 2 more
                  refused by the shop's API (see each order's trail for the reason; resend once fixed): 5004
                """);
        assertThat(print(new ShipmentImportSummary(10, "acme3pl", 0, 0, 0, 0, 0, 0, Listed.none(), Listed.none(), Listed.none())))
                .isEqualTo("0 shipments applied to 0 orders (0 completed, 0 partial), 0 lines not on the order, "
                        + "0 unknown orders\n");
    }

    @Test
    void inventoryImportCountsItemsAndNamesUnknownSkus() {
        assertThat(print(new InventoryImportSummary(11, 6005, 2, 1, 1, new Listed(6001, List.of("A", "B", "C", "D", "E")))))
                .isEqualTo("6005 items, 2 changed, 1 unchanged, 1 not stock-managed, unknown SKUs: A, B, C, D, E and 5996 more\n");
        assertThat(print(new InventoryImportSummary(12, 1, 0, 1, 0, Listed.none()))).isEqualTo("1 item, 0 changed, 1 unchanged\n");
    }

    @Test
    void inboundCollectListsRejectedAndDuplicateFilesWithTheirReasons() {
        Map<String, Long> byType = new LinkedHashMap<>();
        byType.put("945", 2L);
        byType.put("846", 1L);
        InboundCollectSummary summary = new InboundCollectSummary(13, "acme3pl", 3, byType,
                List.of(new CollectedFile("bad.edi", "945", "segment 5 SE_COUNT: wrong count")),
                List.of(new CollectedFile("again.edi", "945", "same content or interchange as inbound file 1")), 4);

        assertThat(print(summary)).isEqualTo("""
                Files received from acme3pl: 3 (2 945, 1 846)
                Files rejected: 1
                  bad.edi: segment 5 SE_COUNT: wrong count
                Files duplicate: 1 (not applied again)
                  again.edi: same content or interchange as inbound file 1
                Acknowledgments (997) sent back: 4
                """);
    }

    private static String print(RunSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunSummaryPrinter.print(summary, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}

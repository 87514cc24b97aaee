package io.cartbridge.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** X12 files a warehouse would send, generated for the benchmarks, written as they are generated. */
final class BenchFiles {

    private static final String ISA = "ISA*00*          *00*          *ZZ*BENCH3PL       *ZZ*BENCHSHOP      "
            + "*261126*1200*U*00401*%09d*0*P*>~\n";

    private BenchFiles() {
    }

    /** One 846 with {@code items} items; quantity 10 (unchanged) except every {@code 100/percentChanged}-th. */
    static void inventoryAdvice(Path file, int items, int percentChanged) throws IOException {
        int every = percentChanged <= 0 ? Integer.MAX_VALUE : Math.max(1, 100 / percentChanged);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ISA.formatted(801));
            out.write("GS*IB*BENCH3PL*BENCHSHOP*20261126*1200*801*X*004010~\nST*846*0001~\n");
            out.write("BIA*00*MM*BENCH-STOCK*20300101*0600~\n");
            for (int i = 1; i <= items; i++) {
                out.write("LIN**SK*" + BenchStore.stockSku(i) + "~\nQTY*33*" + (i % every == 0 ? 10 + i % 7 + 1 : 10) + "*EA~\n");
            }
            out.write("CTT*" + items + "~\nSE*" + (items * 2 + 4) + "*0001~\nGE*1*801~\nIEA*1*000000801~\n");
        }
    }

    /**
     * The same snapshot as {@link #inventoryAdvice}, written in another format by its own writer (EDIFACT INVRPT,
     * warehouse XML), one item at a time.
     */
    static void inventorySnapshot(Path file, String format, int items, int percentChanged) throws IOException {
        int every = percentChanged <= 0 ? Integer.MAX_VALUE : Math.max(1, 100 / percentChanged);
        io.cartbridge.edi.PartnerEnvelope warehouse = new io.cartbridge.edi.PartnerEnvelope("ZZ", "BENCH3PL", "ZZ", "BENCHSHOP",
                false, java.util.Map.of());
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            io.cartbridge.edi.WarehouseFormats.named(format).inventoryWriter(warehouse).write(out, 801,
                    java.time.LocalDateTime.of(2026, 11, 26, 12, 0), new io.cartbridge.edi.model.InventorySnapshotHeader(
                            java.time.LocalDateTime.of(2030, 1, 1, 6, 0), "BENCH-STOCK", null, null),
                    () -> java.util.stream.IntStream.rangeClosed(1, items).mapToObj(i -> new io.cartbridge.edi.model.InventoryItem(
                            BenchStore.stockSku(i), null, null, java.util.Map.of(), java.util.Map.of(),
                            java.util.List.of(new io.cartbridge.edi.model.ItemId(io.cartbridge.edi.model.ItemIdKind.SELLER_SKU, null,
                                    BenchStore.stockSku(i))),
                            java.util.List.of(new io.cartbridge.edi.model.StockQuantity(io.cartbridge.edi.model.QuantityKind.AVAILABLE,
                                    null, java.math.BigDecimal.valueOf(i % every == 0 ? 10 + i % 7 + 1 : 10))))).iterator());
        }
    }

    /**
     * One 945 interchange shipping the seeded orders 1001.. whole, one parcel each; the lines are those
     * {@link BenchStore#seed} wrote (same random sequence).
     */
    static void shipmentAdvice(Path file, int shipments) throws IOException {
        java.util.Random random = new java.util.Random(BenchStore.SEED);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ISA.formatted(802));
            out.write("GS*SW*BENCH3PL*BENCHSHOP*20261126*1200*802*X*004010~\n");
            for (int i = 1; i <= shipments; i++) {
                String st = "%09d".formatted(i);
                StringBuilder w12 = new StringBuilder();
                int lines = 2 + random.nextInt(2);
                for (int l = 0; l < lines; l++) {
                    int product = 1 + random.nextInt(BenchStore.PRODUCTS);
                    int quantity = 1 + random.nextInt(3);
                    w12.append("W12*CC*").append(quantity).append('*').append(quantity).append("*0*EA**SK*")
                            .append(BenchStore.sku(product)).append("~\n");
                }
                out.write("ST*945*" + st + "~\nW06*N*" + (1000 + i) + "*20261126*BSH-" + i + "~\nW27*U*UPSN*GND~\n"
                        + "LX*1~\nMAN*CP*1ZBENCH%010d~\n".formatted(i) + w12 + "W03*1~\nSE*" + (7 + lines) + "*" + st + "~\n");
            }
            out.write("GE*" + shipments + "*802~\nIEA*1*000000802~\n");
        }
    }

    /**
     * The same shipments as {@link #shipmentAdvice}, written in another format by its own writer (EDIFACT DESADV,
     * warehouse XML): one confirmation per seeded order, one parcel each, the lines {@link BenchStore#seed} wrote.
     */
    static void shipmentConfirmations(Path file, String format, int shipments) throws IOException {
        java.util.Random random = new java.util.Random(BenchStore.SEED);
        java.util.List<io.cartbridge.edi.model.ShipmentConfirmation> all = new java.util.ArrayList<>(shipments);
        for (int i = 1; i <= shipments; i++) {
            java.util.List<io.cartbridge.edi.model.ShippedLine> lines = new java.util.ArrayList<>();
            int count = 2 + random.nextInt(2);
            for (int l = 0; l < count; l++) {
                String sku = BenchStore.sku(1 + random.nextInt(BenchStore.PRODUCTS));
                java.math.BigDecimal quantity = java.math.BigDecimal.valueOf(1 + random.nextInt(3));
                lines.add(new io.cartbridge.edi.model.ShippedLine(sku, null, "SK", sku, quantity, quantity,
                        java.math.BigDecimal.ZERO, "CC"));
            }
            all.add(new io.cartbridge.edi.model.ShipmentConfirmation(Integer.toString(1000 + i), "BSH-" + i,
                    java.time.LocalDate.of(2026, 11, 26), "UPSN", "GND", java.util.List.of(
                            new io.cartbridge.edi.model.ShipmentPackage("1ZBENCH%010d".formatted(i), null)), lines, null, null));
        }
        io.cartbridge.edi.PartnerEnvelope warehouse = new io.cartbridge.edi.PartnerEnvelope("ZZ", "BENCH3PL", "ZZ", "BENCHSHOP",
                false, java.util.Map.of());
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            io.cartbridge.edi.WarehouseFormats.named(format).shipmentWriter(warehouse).write(out, 802,
                    java.time.LocalDateTime.of(2026, 11, 26, 12, 0), all);
        }
    }
}

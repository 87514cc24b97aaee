package io.cartbridge.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Map;

import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.PartnerEnvelope;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.StockQuantity;

/**
 * {@code cartbridge bench snapshot-read --items N --format x12|edifact|xml}: writes a stock snapshot of N items in the
 * format (streamed, through the format's own writer), then reads it back item by item through the format's reader,
 * as inventory-import does, and prints the time of each and the JVM's peak heap: a snapshot must be read in flat
 * memory, whatever its size. The file lives under the bench's folder and is removed afterwards.
 */
final class SnapshotReadBench {

    private SnapshotReadBench() {
    }

    static int run(int items, String formatName, PrintStream out, Path home) throws IOException {
        WarehouseFormat format = WarehouseFormats.named(formatName);
        Files.createDirectories(home);
        Path file = home.resolve("snapshot-" + items + "." + format.fileExtension());
        PartnerEnvelope warehouse = new PartnerEnvelope("ZZ", "BENCH3PL", "ZZ", "BENCHSHOP", false, Map.of());
        try {
            long writeStart = System.nanoTime();
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                format.inventoryWriter(warehouse).write(stream, 1, LocalDateTime.now(),
                        new InventorySnapshotHeader(LocalDateTime.now(), "BENCH-STOCK", null, null), () -> generated(items));
            }
            long written = System.nanoTime() - writeStart;
            out.printf("Wrote %,d items as %s: %,d bytes in %.1f s (not measured)%n", items, format.label(), Files.size(file),
                    written / 1e9);
            System.gc();
            resetPeaks();
            long readStart = System.nanoTime();
            long count = 0;
            BigDecimal total = BigDecimal.ZERO;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                 InventorySnapshotReader reader = format.inventorySnapshot(in)) {
                for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                    count++;
                    BigDecimal available = item.quantity(QuantityKind.AVAILABLE);
                    total = available == null ? total : total.add(available);
                }
            }
            long read = System.nanoTime() - readStart;
            out.printf("Read %,d items in %.1f s: %,.0f items/s (sum of available %s)%n", count, read / 1e9, count / (read / 1e9),
                    total.toPlainString());
            out.printf("peak heap while reading: %d MB (max heap %d MB); %d cores%n", peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            return count == items ? 0 : 1;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Iterator<InventoryItem> generated(int items) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < items;
            }

            @Override
            public InventoryItem next() {
                i++;
                String sku = "STOCK-%07d".formatted(i);
                return new InventoryItem(sku, null, null, Map.of(), Map.of(),
                        java.util.List.of(new ItemId(ItemIdKind.SELLER_SKU, null, sku),
                                new ItemId(ItemIdKind.GTIN, null, "%013d".formatted(4_000_000_000_000L + i))),
                        java.util.List.of(new StockQuantity(QuantityKind.AVAILABLE, null, BigDecimal.valueOf(i % 500)),
                                new StockQuantity(QuantityKind.ON_HAND, null, BigDecimal.valueOf(i % 500 + 3))));
            }
        };
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}

package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.assertResumesAfter;
import static io.cartbridge.edi.x12.InboundSamples.readAll;
import static io.cartbridge.edi.x12.InboundSamples.rejection;
import static io.cartbridge.edi.x12.InboundSamples.sample;
import static io.cartbridge.edi.x12.X12ShipmentAdviceReaderTests.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class X12InventoryAdviceReaderTests {

    static Map<String, BigDecimal> qty(String... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return map;
    }

    static final List<InventoryItem> SAMPLE_ITEMS = List.of(
            X12CodeLists.inventoryItem("MUG-BLU-12", "012345678905", null, qty("33", "120", "17", "131"),
                    ids("SK", "MUG-BLU-12", "UP", "012345678905")),
            X12CodeLists.inventoryItem("TEE-RED-M", null, "WH-TEE-RM", qty("33", "0", "17", "4", "QH", "4"),
                    ids("SK", "TEE-RED-M", "VN", "WH-TEE-RM")),
            X12CodeLists.inventoryItem(null, "10012345678902", "CART-77", qty("33", "15"), ids("UK", "10012345678902", "BP", "CART-77")),
            X12CodeLists.inventoryItem("SOCK-GRY-L", "4006381333931", "MFR-9981", qty("33", "7.5"),
                    ids("EN", "4006381333931", "SK", "SOCK-GRY-L", "MG", "MFR-9981")));

    @Test
    void itemsCarryEveryIdQualifierKindAndEveryQuantityByQualifier() throws Exception {
        try (X12InventoryAdviceReader reader = X12InventoryAdviceReader.open(sample("846-valid-available-onhand.edi"))) {
            assertThat(reader.header()).isNull();
            List<InventoryItem> items = new ArrayList<>();
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
                assertThat(reader.header()).isEqualTo(new InventorySnapshotHeader(LocalDateTime.of(2024, 5, 20, 6, 0),
                        "INV-20240520", "000003301", "0001"));
            }
            assertThat(items).isEqualTo(SAMPLE_ITEMS);
            assertThat(items.get(1).quantities().keySet()).containsExactly("33", "17", "QH");
            assertThat(items.get(3).itemIds().keySet()).as("file order").containsExactly("EN", "SK", "MG");
        }
    }

    @Test
    void everyLinPairIsKeptSoThatAnyQualifierCanBeTheCartSku() throws Exception {
        assertThat(readAll(X12InventoryAdviceReader.open(sample("846-valid-vendor-items.edi")))).containsExactly(
                X12CodeLists.inventoryItem(null, null, "WH-MUG-12", qty("33", "40"), ids("VN", "WH-MUG-12", "BP", "CART-MUG")),
                X12CodeLists.inventoryItem("TEE-RED-M", null, "WH-TEE-RM", qty("33", "12", "17", "14"),
                        ids("BP", "CART-TEE", "VN", "WH-TEE-RM", "SK", "TEE-RED-M")),
                X12CodeLists.inventoryItem(null, null, null, qty("33", "3"), ids("IN", "BUY-CAP")));
    }

    @Test
    void newlineAsSegmentTerminatorIn005010IsRead() throws Exception {
        assertThat(readAll(X12InventoryAdviceReader.open(sample("846-valid-newline-terminator.edi")))).isEqualTo(SAMPLE_ITEMS);
    }

    /** UIT after each QTY, a DTM inside a LIN loop and the heading's CUR, DTM and N1 loops are read past. */
    @Test
    void everyQuantityOfALinLoopIsKeptWhateverSegmentsFollowIt() throws Exception {
        try (X12InventoryAdviceReader reader = X12InventoryAdviceReader.open(sample("846-valid-uit-heading-dtm.edi"))) {
            assertThat(reader.next()).isEqualTo(X12CodeLists.inventoryItem(null, null, "MUG-BLU-12",
                    qty("34", "5250", "QH", "100", "17", "5350", "33", "5200"),
                    ids("BP", "MUG-BLU-12", "EC", "5V", "MF", "ACME CERAMICS", "MG", "MG-100-BLU")));
            assertThat(reader.header()).isEqualTo(new InventorySnapshotHeader(LocalDateTime.of(2024, 6, 17, 23, 0, 45), "10353",
                    "000003614", "0001"));
            assertThat(reader.next()).isEqualTo(X12CodeLists.inventoryItem(null, null, "TEE-RED-M", qty("17", "12.5", "33", "0"),
                    ids("BP", "TEE-RED-M", "MG", "MG-200-RED")));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void publishedFullTransmissionSampleIsRead() throws Exception {
        try (X12InventoryAdviceReader reader = X12InventoryAdviceReader.open(sample("v005010_full_transmission_846.edi"))) {
            assertThat(reader.next()).isEqualTo(X12CodeLists.inventoryItem(null, null, "ABC123", qty("33", "100"), ids("VN", "ABC123")));
            assertThat(reader.header()).isEqualTo(new InventorySnapshotHeader(LocalDateTime.of(2020, 1, 1, 0, 0), "REF1",
                    "000000001", "0001"));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void resumingAfterEachPositionGivesTheSameRemainingItemsAndTheHeader() throws Exception {
        for (int k = 0; k <= 5; k++) {
            assertResumesAfter("846-valid-available-onhand.edi", k, X12InventoryAdviceReader::open);
        }
        try (X12InventoryAdviceReader reader = X12InventoryAdviceReader.open(sample("846-valid-available-onhand.edi"))) {
            reader.skip(3);
            assertThat(reader.header().reference()).isEqualTo("INV-20240520");
        }
    }

    @Test
    void aWrongGroupCountSurfacesAfterTheItemsOfTheSetWereStreamed() throws Exception {
        try (X12InventoryAdviceReader reader = X12InventoryAdviceReader.open(sample("846-broken-ge-count.edi"))) {
            assertThat(rejection(reader)).containsExactly("21 GE GE_COUNT");
            assertThat(reader.position()).isEqualTo(4);
        }
        assertThat(new X12Validator().validate(sample("846-broken-ge-count.edi")).valid()).isFalse();
    }

    @Test
    void aLinWithoutAnyQualifiedIdIsRejected() throws Exception {
        String text = InboundSamples.text("846-valid-available-onhand.edi").replace("LIN**UK*10012345678902*BP*CART-77",
                "LIN**UK");
        assertThat(rejection(X12InventoryAdviceReader.open(InboundSamples.bytes(text)))).containsExactly("14 LIN MISSING_DATA");
    }

    @Test
    void twoHundredThousandItemsStreamWithoutTheFileOrTheItemsBeingKept() throws Exception {
        int count = 200_000;
        Runtime runtime = Runtime.getRuntime();
        long usedAt50k = 0;
        InventoryItem last = null;
        try (X12InventoryAdviceReader reader = X12InventoryAdviceReader.open(generated846(count))) {
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                last = item;
                if (reader.position() == 50_000) {
                    System.gc();
                    usedAt50k = runtime.totalMemory() - runtime.freeMemory();
                }
            }
            System.gc();
            long usedAtEnd = runtime.totalMemory() - runtime.freeMemory();
            assertThat(reader.position()).isEqualTo(count);
            // keeping 150,000 more items' segments would take well over 100 MB
            assertThat(usedAtEnd - usedAt50k).isLessThan(32L * 1024 * 1024);
            assertThat(reader.header().reference()).isEqualTo("BIG-1");
        }
        assertThat(last).isEqualTo(X12CodeLists.inventoryItem("SKU-" + count, String.format("%012d", count), "V" + count,
                qty("33", Integer.toString(count % 1000), "17", Integer.toString(count % 1000 + 5)),
                ids("SK", "SKU-" + count, "UP", String.format("%012d", count), "VN", "V" + count)));
    }

    /** An 846 with {@code items} LIN loops, produced lazily: the test never holds the file either. */
    static InputStream generated846(int items) {
        String head = "ISA*00*          *00*          *ZZ*ACMEWHSE       *ZZ*CARTBRIDGE     *240520*0600*U*00401*"
                + "000009001*0*P*>~\nGS*IB*ACMEWHSE*CARTBRIDGE*20240520*0600*9001*X*004010~\nST*846*0001~\n"
                + "BIA*00*MM*BIG-1*20240520*0600~\n";
        String tail = "CTT*" + items + "~\nSE*" + (3 * items + 4) + "*0001~\nGE*1*9001~\nIEA*1*000009001~\n";
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next <= items + 1;
            }

            @Override
            public InputStream nextElement() {
                int i = next++;
                String text = i == 0 ? head : i == items + 1 ? tail
                        : "LIN**SK*SKU-" + i + "*UP*" + String.format("%012d", i) + "*VN*V" + i + "~\nQTY*33*"
                                + (i % 1000) + "*EA~\nQTY*17*" + (i % 1000 + 5) + "*EA~\n";
                return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
            }
        };
        return new SequenceInputStream(parts);
    }

    @Test
    void generatorProducesAValidInterchange() throws IOException {
        assertThat(new X12Validator().validate(generated846(10)).errors()).isEmpty();
    }
}

package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlInventorySnapshotReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsItemsWithIdsAndQuantitiesByKindAndTheHeader() throws Exception {
        try (XmlInventorySnapshotReader reader = XmlInventorySnapshotReader.open(XmlSamples.sample("inventory-valid.xml"))) {
            InventoryItem mug = reader.next();
            InventorySnapshotHeader header = reader.header();
            assertThat(header.asOf()).as("local time as written").isEqualTo(LocalDateTime.of(2024, 5, 15, 6, 0));
            assertThat(header.reference()).isEqualTo("NIGHTLY-0515");
            assertThat(header.interchangeControlNumber()).isEqualTo("INV-20240515");
            assertThat(mug.sku()).isEqualTo("MUG-BLU-12");
            assertThat(mug.upc()).isEqualTo("012345678905");
            assertThat(mug.quantities()).containsExactly(Map.entry("33", new BigDecimal("118")),
                    Map.entry("17", new BigDecimal("125")), Map.entry("QH", new BigDecimal("7")));

            InventoryItem tee = reader.next();
            assertThat(tee.vendorItem()).isEqualTo("ACME-55013");
            assertThat(tee.quantities()).containsEntry("27", new BigDecimal("4")).containsEntry("33", BigDecimal.ZERO);

            InventoryItem candle = reader.next();
            assertThat(candle.sku()).as("no seller SKU").isNull();
            assertThat(candle.itemIds()).containsExactly(Map.entry("VN", "ACME-55012"), Map.entry("EN", "4006381333931"));
            assertThat(candle.quantities()).containsExactly(Map.entry("33", new BigDecimal("36.5")),
                    Map.entry("Damaged", new BigDecimal("2")));
            assertThat(reader.next()).isNull();
            assertThat(reader.position()).isEqualTo(3);
        }
    }

    @Test
    void everyBrokenItemIsReportedWithItsLine() throws Exception {
        try (XmlInventorySnapshotReader reader = XmlInventorySnapshotReader.open(
                XmlSamples.sample("inventory-broken-item-without-quantity.xml"))) {
            assertThat(reader.next().sku()).isEqualTo("MUG-BLU-12");
            EdiException e = catchThrowableOfType(EdiException.class, reader::next);
            assertThat(e.errors()).extracting(EdiError::code).containsOnly("XML_INVALID");
            assertThat(e.errors()).extracting(EdiError::line).containsOnly(19, 22);
            assertThat(e.getMessage()).contains("Quantity").contains("Sellable");
            assertThat(reader.position()).isEqualTo(1);
        }
    }

    @Test
    void streamsALargeSnapshotOneItemAtATime() throws Exception {
        int count = 200_000;
        Path file = dir.resolve("snapshot.xml");
        writeQuickly(file, count);

        long read = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (InputStream in = Files.newInputStream(file); XmlInventorySnapshotReader reader = XmlInventorySnapshotReader.open(in)) {
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                read++;
                total = total.add(item.quantities().get("33"));
                if (read == 123_457) {
                    assertThat(item.sku()).isEqualTo("SKU-123456");
                    assertThat(item.upc()).isEqualTo("00000000123456");
                    assertThat(item.itemIds()).containsExactly(Map.entry("SK", "SKU-123456"),
                            Map.entry("UK", "00000000123456"));
                    assertThat(item.quantities().get("17")).isEqualByComparingTo("123462");
                }
            }
            assertThat(reader.header().reference()).isEqualTo("BIG");
            assertThat(reader.position()).isEqualTo(count);
        }
        assertThat(read).isEqualTo(count);
        assertThat(total).isEqualByComparingTo(BigDecimal.valueOf(sumOfMod(count)));
    }

    @Test
    void theWriterStreamsItemsPulledOneAtATimeAndAReaderResumesNearTheEnd() throws Exception {
        int count = 20_000;
        Path file = dir.resolve("written.xml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new XmlInventorySnapshotWriter(XmlSamples.WAREHOUSE).write(out, 9001, XmlSamples.CREATED,
                    new InventorySnapshotHeader(LocalDateTime.of(2024, 5, 15, 5, 0), "BIG", null, null),
                    () -> items(count));
        }
        try (InputStream in = Files.newInputStream(file); XmlInventorySnapshotReader reader = XmlInventorySnapshotReader.open(in)) {
            assertThat(reader.skip(count - 2)).isEqualTo(count - 2);
            assertThat(reader.next().sku()).isEqualTo("SKU-19998");
            assertThat(reader.next().quantities()).containsExactly(Map.entry("33", new BigDecimal("999")),
                    Map.entry("17", new BigDecimal("20005")));
            assertThat(reader.next()).isNull();
            assertThat(reader.position()).isEqualTo(count);
            assertThat(reader.header()).isEqualTo(new InventorySnapshotHeader(LocalDateTime.of(2024, 5, 15, 5, 0),
                    "BIG", "9001", "1"));
            assertThat(reader.envelope().senderId()).isEqualTo("ACME3PL");
        }
    }

    /** The same items as {@link #items}, written as text: the reader is under test here, not the writer. */
    private static void writeQuickly(Path file, int count) throws Exception {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <InventorySnapshot xmlns="urn:cartbridge:warehouse:1" version="1.0">
                    <Header><ControlNumber>9001</ControlNumber><Sender>ACME3PL</Sender><Receiver>SHOP01</Receiver>\
                    <Created>2024-05-15T06:07:08Z</Created></Header>
                    <AsOf>2024-05-15T05:00:00</AsOf><Reference>BIG</Reference>
                    """);
            for (int i = 0; i < count; i++) {
                out.write("<Item><ItemId kind=\"SellerSku\">SKU-" + i + "</ItemId><ItemId kind=\"Gtin\" code=\"UK\">"
                        + String.format("%014d", i) + "</ItemId><Quantity kind=\"Available\">" + i % 1000
                        + "</Quantity><Quantity kind=\"OnHand\">" + (i + 6) + "</Quantity></Item>\n");
            }
            out.write("</InventorySnapshot>\n");
        }
    }

    private static long sumOfMod(int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += i % 1000;
        }
        return sum;
    }

    private static Iterator<InventoryItem> items(int count) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public InventoryItem next() {
                Map<String, BigDecimal> q = new LinkedHashMap<>();
                q.put("33", BigDecimal.valueOf(i % 1000));
                q.put("17", BigDecimal.valueOf(i + 6));
                Map<String, String> ids = new LinkedHashMap<>();
                ids.put("SK", "SKU-" + i);
                ids.put("UK", String.format("%014d", i));
                InventoryItem item = new InventoryItem("SKU-" + i, String.format("%014d", i), null, q, ids);
                i++;
                return item;
            }
        };
    }
}

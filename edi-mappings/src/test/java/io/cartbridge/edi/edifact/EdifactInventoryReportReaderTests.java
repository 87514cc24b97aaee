package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.StockQuantity;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdifactInventoryReportReaderTests {

    @Test
    void readsEveryItemWithItsQuantitiesByQualifierAndTheAsOfMoment() throws Exception {
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(EdifactTestData.sample("invrpt-d96a.edi"))) {
            InventoryItem mug = reader.next();
            assertThat(mug.sku()).isEqualTo("MUG-BLU-12");
            assertThat(mug.upc()).isEqualTo("4006381333931");
            assertThat(mug.quantities()).containsExactly(Map.entry("145", new BigDecimal("120")),
                    Map.entry("198", new BigDecimal("112")));
            assertThat(reader.header().asOf()).isEqualTo(LocalDateTime.of(2024, 5, 16, 22, 0));
            assertThat(reader.header().reference()).isEqualTo("INV-2024-05-16");
            assertThat(reader.header().interchangeControlNumber()).isEqualTo("7100");
            assertThat(reader.header().transactionControlNumber()).isEqualTo("1");
            InventoryItem tee = reader.next();
            assertThat(tee.sku()).isEqualTo("TEE-BLK-M");
            assertThat(tee.vendorItem()).isEqualTo("W-2");
            assertThat(tee.quantities()).containsExactly(Map.entry("145", BigDecimal.ZERO));
            assertThat(reader.next().quantities().get("145")).isEqualByComparingTo("17.5");
            assertThat(reader.next()).isNull();
            assertThat(reader.position()).isEqualTo(3);
        }
    }

    @Test
    void addsUpAnItemsStockOverItsBinsAndInventoryGroups() throws Exception {
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(
                EdifactTestData.sample("invrpt-bins-and-inventory-groups.edi"))) {
            InventoryItem blue = reader.next();
            assertThat(blue.sku()).isEqualTo("MUG-BLU-12");
            assertThat(blue.quantities()).containsExactly(Map.entry("145", new BigDecimal("150")));
            assertThat(reader.header().asOf()).isEqualTo(LocalDateTime.of(2024, 8, 31, 0, 0));
            assertThat(reader.header().reference()).isEqualTo("STOCK-20240901");
            InventoryItem red = reader.next();
            assertThat(red.quantities()).containsExactly(Map.entry("145", BigDecimal.ZERO), Map.entry("198", BigDecimal.ZERO));
            InventoryItem green = reader.next();
            assertThat(green.sku()).isEqualTo("MUG-GRN-12");
            assertThat(green.quantities()).containsExactly(Map.entry("17", new BigDecimal("50")));
            assertThat(green.stock()).extracting(StockQuantity::kind, StockQuantity::code)
                    .containsExactly(tuple(QuantityKind.ON_HAND, "17"));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aRepeatedQualifierWithinOneGroupReplacesAndPackagingQuantitiesAreNotStock() throws Exception {
        String invrpt = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+INVRPT:D:96A:UN'BGM+35+R1'DTM+137:20240101:102'"
                + "LIN+1++4006381333931:EN'QTY+145:5'QTY+145:7'INV+2'QTY+145:3'CPS+1'PAC+2++CT'QTY+52:12'"
                + "UNT+12+1'UNZ+1+5'";
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(EdifactTestData.in(invrpt))) {
            assertThat(reader.next().quantities()).containsExactly(Map.entry("145", new BigDecimal("10")));
        }
    }

    @Test
    void readsUtf8InUnowSyntaxVersion4() throws Exception {
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(EdifactTestData.sample("invrpt-unow-v4.edi"))) {
            InventoryItem item = reader.next();
            assertThat(item.sku()).isEqualTo("ŚWIECA-LAW");
            assertThat(item.upc()).isEqualTo("5901234123457");
            assertThat(reader.header().reference()).isEqualTo("INV-ŁÓDŹ-1");
            assertThat(reader.header().asOf()).isEqualTo(LocalDateTime.of(2024, 5, 16, 0, 0));
        }
    }

    @Test
    void resumesAfterACheckpoint() throws Exception {
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(EdifactTestData.sample("invrpt-d96a.edi"))) {
            assertThat(reader.skip(2)).isEqualTo(2);
            assertThat(reader.next().sku()).isEqualTo("CANDLE-LAV");
            assertThat(reader.header().reference()).isEqualTo("INV-2024-05-16");
        }
    }

    @Test
    void rejects8BitTextInUnoaWithItsPosition() {
        assertThatThrownBy(() -> EdifactInventoryReportReader.open(EdifactTestData.sample("broken-invrpt-8bit-in-unoa.edi")).next())
                .isInstanceOf(EdiException.class)
                .satisfies(e -> assertThat(((EdiException) e).errors()).extracting(EdiError::segmentPosition, EdiError::code)
                        .containsExactly(tuple(4, "INVALID_CHARACTER")));
    }

    /** UNT counts at most 999999 segments, so a million items come as four messages of 250000. */
    @Test
    void streamsAMillionItemsInFlatMemory() throws Exception {
        int messages = 4;
        int perMessage = 250_000;
        Iterator<InputStream> parts = new Iterator<>() {
            int next = -1;

            @Override
            public boolean hasNext() {
                return next <= messages * (perMessage + 2);
            }

            @Override
            public InputStream next() {
                int n = next++;
                String text;
                if (n == -1) {
                    text = "UNB+UNOC:3+WH:ZZZ+SHOP:ZZZ+240516:2300+1'";
                } else if (n == messages * (perMessage + 2)) {
                    text = "UNZ+" + messages + "+1'";
                } else {
                    int message = n / (perMessage + 2) + 1;
                    int i = n % (perMessage + 2);
                    text = i == 0 ? "UNH+" + message + "+INVRPT:D:96A:UN'BGM+35+BIG'DTM+137:20240516:102'"
                            : i == perMessage + 1 ? "UNT+" + (perMessage * 3 + 4) + "+" + message + "'"
                            : "LIN+" + i + "'PIA+5+SKU-" + message + "-" + i + ":SA'QTY+145:" + (i % 50) + "'";
                }
                return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
            }
        };
        long count = 0;
        long total = 0;
        Runtime runtime = Runtime.getRuntime();
        long early = 0;
        long late = 0;
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(new SequenceInputStream(
                new java.util.Enumeration<InputStream>() {
                    @Override
                    public boolean hasMoreElements() {
                        return parts.hasNext();
                    }

                    @Override
                    public InputStream nextElement() {
                        return parts.next();
                    }
                }))) {
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                count++;
                total += item.quantities().get("145").longValue();
                if (count == 100_000 || count == 900_000) {
                    System.gc();
                    long used = runtime.totalMemory() - runtime.freeMemory();
                    if (count == 100_000) {
                        early = used;
                    } else {
                        late = used;
                    }
                }
            }
            assertThat(reader.header().transactionControlNumber()).isEqualTo("4");
        }
        assertThat(count).isEqualTo(1_000_000L);
        long perMessageTotal = 0;
        for (int i = 1; i <= perMessage; i++) {
            perMessageTotal += i % 50;
        }
        assertThat(total).isEqualTo(messages * perMessageTotal);
        assertThat(late - early).as("heap retained by 800000 more items").isLessThan(16L * 1024 * 1024);
    }
}

package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import org.junit.jupiter.api.Test;

/**
 * A snapshot of more items than one INVRPT message can count (UNT 0074 is n..6: at most 999999 segments) is written
 * as several messages of one interchange, which validate and read back whole: found writing a 1,000,000-item INVRPT
 * for {@code bench snapshot-read}, which the validator rejected with "UNT element 1 value '4000005' is invalid".
 */
class EdifactLargeInventoryReportTests {

    @Test
    void aSnapshotBeyondOneMessagesSegmentCountGoesOnInAnotherMessage() throws Exception {
        int items = 260_000; // four segments each: more than 999,990 segments
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactInventoryReportWriter(EdifactSettings.defaults("ACME3PL", "CARTBRIDGE")).write(out, 5,
                LocalDateTime.of(2026, 12, 2, 6, 0), new InventorySnapshotHeader(LocalDateTime.of(2026, 12, 2, 5, 0), "STOCK", null,
                        null), () -> items(items));
        byte[] file = out.toByteArray();

        assertThat(new EdifactValidator().validate(new ByteArrayInputStream(file)).errors()).isEmpty();
        int read = 0;
        String lastMessage = null;
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(new ByteArrayInputStream(file))) {
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                read++;
                lastMessage = reader.header().transactionControlNumber();
                assertThat(reader.header().asOf()).isEqualTo(LocalDateTime.of(2026, 12, 2, 5, 0));
            }
        }
        assertThat(read).isEqualTo(items);
        assertThat(lastMessage).isEqualTo("2");
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
                i++;
                Map<String, BigDecimal> quantities = new LinkedHashMap<>();
                quantities.put("198", BigDecimal.valueOf(i % 100));
                quantities.put("145", BigDecimal.valueOf(i % 100 + 1));
                return EdifactCodeLists.inventoryItem("S" + i, null, null, quantities, Map.of("SA", "S" + i));
            }
        };
    }
}

package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.StockQuantity;
import org.junit.jupiter.api.Test;

class InventoryJsonTests {

    static final InventorySnapshotHeader MORNING = new InventorySnapshotHeader(LocalDateTime.of(2024, 5, 20, 6, 0),
            "INV-0520", "000003304", "0001");
    static final InventorySnapshotHeader NOON = new InventorySnapshotHeader(null, null, "000003304", "0002");

    @Test
    void anItemGivesTheAvailableQuantityThenEveryQuantityIdAndStockKind() throws Exception {
        InventoryItem mug = new InventoryItem("MUG-BLU-12", "012345678905", null,
                Map.of("33", new BigDecimal("120.000")), Map.of("SK", "MUG-BLU-12"),
                List.of(new ItemId(ItemIdKind.SELLER_SKU, "SK", "MUG-BLU-12")),
                List.of(new StockQuantity(QuantityKind.ON_HAND, "17", new BigDecimal("131")),
                        new StockQuantity(QuantityKind.AVAILABLE, "33", new BigDecimal("120.000"))));

        String json = JsonWriting.of(g -> InventoryJson.write(g, new Items(MORNING, mug)));

        assertThat(json).isEqualTo("{\"type\":\"InventorySnapshot\",\"asOf\":\"2024-05-20T06:00\","
                + "\"reference\":\"INV-0520\",\"items\":[{\"sku\":\"MUG-BLU-12\",\"upc\":\"012345678905\","
                + "\"vendorItem\":null,\"itemIds\":{\"SK\":\"MUG-BLU-12\"},\"quantity\":120,\"quantities\":{\"33\":120},"
                + "\"ids\":[{\"kind\":\"seller-sku\",\"code\":\"SK\",\"value\":\"MUG-BLU-12\"}],"
                + "\"stock\":[{\"kind\":\"on-hand\",\"code\":\"17\",\"quantity\":131},"
                + "{\"kind\":\"available\",\"code\":\"33\",\"quantity\":120}]}]}");
    }

    @Test
    void theQuantityIsOnHandWithoutAvailableAndElseTheFirstStockQuantity() throws Exception {
        InventoryItem onHand = new InventoryItem("A", null, null, Map.of(), Map.of("SK", "A"), null,
                List.of(new StockQuantity(QuantityKind.OTHER, "QZ", BigDecimal.ONE),
                        new StockQuantity(QuantityKind.ON_HAND, "17", new BigDecimal("7.5"))));
        InventoryItem other = new InventoryItem("B", null, null, Map.of(), Map.of("SK", "B"), null,
                List.of(new StockQuantity(QuantityKind.OTHER, "QZ", new BigDecimal("4"))));
        InventoryItem none = new InventoryItem("C", null, null, Map.of(), Map.of("SK", "C"), null, List.of());

        String json = JsonWriting.of(g -> InventoryJson.write(g, new Items(MORNING, onHand, other, none)));

        assertThat(json).contains("\"sku\":\"A\",\"upc\":null,\"vendorItem\":null,\"itemIds\":{\"SK\":\"A\"},\"quantity\":7.5,")
                .contains("\"sku\":\"B\",\"upc\":null,\"vendorItem\":null,\"itemIds\":{\"SK\":\"B\"},\"quantity\":4,")
                .contains("\"sku\":\"C\",\"upc\":null,\"vendorItem\":null,\"itemIds\":{\"SK\":\"C\"},\"quantity\":null,");
    }

    @Test
    void eachTransactionSetIsASnapshotOfItsOwnAndAnEmptyReaderGivesNone() throws Exception {
        InventoryItem a = new InventoryItem("A", null, null, Map.of());
        InventoryItem b = new InventoryItem("B", null, null, Map.of());

        String json = JsonWriting.of(g -> {
            g.writeStartArray();
            InventoryJson.write(g, new Items(List.of(MORNING, NOON), List.of(a, b)));
            g.writeEndArray();
        });

        assertThat(json).startsWith("[{\"type\":\"InventorySnapshot\",\"asOf\":\"2024-05-20T06:00\",\"reference\":\"INV-0520\","
                + "\"items\":[{\"sku\":\"A\",").contains("]},{\"type\":\"InventorySnapshot\",\"asOf\":null,\"reference\":null,"
                + "\"items\":[{\"sku\":\"B\",").endsWith("}]}]");
        assertThat(JsonWriting.of(g -> {
            g.writeStartArray();
            InventoryJson.write(g, new Items(List.of(), List.of()));
            g.writeEndArray();
        })).isEqualTo("[]");
    }

    /** A reader over items given here, each under the header at the same index (or the one header for all). */
    static final class Items implements InventorySnapshotReader {
        private final List<InventorySnapshotHeader> headers;
        private final Iterator<InventoryItem> items;
        private int position = -1;

        Items(InventorySnapshotHeader header, InventoryItem... items) {
            this(List.of(header), List.of(items));
        }

        Items(List<InventorySnapshotHeader> headers, List<InventoryItem> items) {
            this.headers = headers;
            this.items = items.iterator();
        }

        @Override
        public InventoryItem next() {
            if (!items.hasNext()) {
                return null;
            }
            position++;
            return items.next();
        }

        @Override
        public InventorySnapshotHeader header() {
            return position < 0 ? null : headers.get(Math.min(position, headers.size() - 1));
        }

        @Override
        public long position() {
            return position + 1;
        }

        @Override
        public void close() {
        }
    }
}

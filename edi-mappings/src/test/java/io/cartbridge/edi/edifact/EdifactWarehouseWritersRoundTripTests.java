package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DESADV and INVRPT written by the warehouse-side writers read back to the same canonical values. */
class EdifactWarehouseWritersRoundTripTests {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 26, 10, 15);
    private static final String TEXT = "AB+C:D'E?F é-Ü 123";

    /** The warehouse sends; the shop receives. */
    private static EdifactSettings warehouse() {
        return EdifactSettings.defaults("4098765000002", "4012345000009");
    }

    @Test
    void randomDespatchAdvicesOneMessagePerOrderReadBackUnchanged() throws IOException {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            List<ShipmentConfirmation> written = new ArrayList<>();
            int orders = 1 + random.nextInt(4);
            for (int i = 1; i <= orders; i++) {
                written.add(confirmation(random, "ORD-" + seed + "-" + i + (i == 2 ? TEXT : ""), i, Long.toString(seed)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdifactDespatchAdviceWriter(warehouse()).write(out, seed, CREATED, written);

            List<ShipmentConfirmation> read = readAll(EdifactDespatchAdviceReader.open(new ByteArrayInputStream(out.toByteArray())));
            assertThat(read).as("seed %d", seed).isEqualTo(written);
            assertThat(new EdifactValidator().validate(new ByteArrayInputStream(out.toByteArray())).errors()).isEmpty();
        }
    }

    @Test
    void aDespatchAdviceHasTheSegmentsPartnersExpect() throws IOException {
        ShipmentPackage parcel = new ShipmentPackage("JJD000390007771", "340123450000000018");
        ShippedLine line = line("MUG-BLU-12", "4006381333931", 2, 1);
        ShipmentConfirmation s = new ShipmentConfirmation("1001", "SHP-1001", LocalDate.of(2026, 11, 26), "DHL", "EXP",
                List.of(parcel), List.of(line), List.of(), Map.of(), null, List.of(), "7", "1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactDespatchAdviceWriter(warehouse()).write(out, 7, CREATED, List.of(s));

        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("""
                UNA:+.? '
                UNB+UNOC:3+4098765000002:14+4012345000009:14+261126:1015+7++DESADV'
                UNH+1+DESADV:D:96A:UN'
                BGM+351+SHP-1001+9'
                DTM+137:202611261015:203'
                DTM+11:20261126:102'
                RFF+ON:1001'
                TDT+20+++:EXP+DHL::182'
                CPS+1'
                PAC+1++CT'
                GIN+BJ+340123450000000018'
                RFF+CN:JJD000390007771'
                LIN+1++4006381333931:EN'
                PIA+5+MUG-BLU-12:SA'
                QTY+12:1'
                QTY+21:2'
                UNT+15+1'
                UNZ+1+7'
                """);
    }

    @Test
    void anInventoryReportOfManyItemsReadsBackItemByItemWithItsAsOf() throws IOException {
        InventorySnapshotHeader header = new InventorySnapshotHeader(LocalDateTime.of(2026, 11, 26, 6, 30), "STOCK" + TEXT,
                null, null);
        List<InventoryItem> items = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            Map<String, String> ids = new LinkedHashMap<>();
            String gtin = i % 2 == 0 ? "400638133%04d".formatted(i) : null;
            if (gtin != null) {
                ids.put("EN", gtin);
            }
            String sku = "SKU-" + i + (i % 7 == 0 ? TEXT : "");
            ids.put("SA", sku);
            String vendor = i % 3 == 0 ? "V" + i : null;
            if (vendor != null) {
                ids.put("MF", vendor);
            }
            Map<String, BigDecimal> quantities = new LinkedHashMap<>();
            quantities.put(EdifactInventoryReportWriter.AVAILABLE, BigDecimal.valueOf(random.nextInt(1000)));
            if (i % 4 == 0) {
                quantities.put(EdifactInventoryReportWriter.ON_HAND, new BigDecimal("12.5"));
            }
            items.add(EdifactCodeLists.inventoryItem(sku, gtin, vendor, quantities, ids));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactInventoryReportWriter(warehouse()).write(out, 9, CREATED, header, items);

        List<InventoryItem> read = new ArrayList<>();
        try (EdifactInventoryReportReader reader = EdifactInventoryReportReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                read.add(item);
            }
            assertThat(reader.header()).isEqualTo(new InventorySnapshotHeader(header.asOf(), header.reference(), "9", "1"));
        }
        assertThat(read).isEqualTo(items);
        assertThat(new EdifactValidator().validate(new ByteArrayInputStream(out.toByteArray())).errors()).isEmpty();
    }

    private static ShipmentConfirmation confirmation(Random random, String order, int message, String interchange) {
        List<ShipmentPackage> packages = new ArrayList<>();
        int parcels = random.nextInt(3);
        for (int p = 0; p < parcels; p++) {
            packages.add(new ShipmentPackage(p == 1 ? null : "1Z" + random.nextInt(1_000_000) + TEXT,
                    p == 0 ? null : "3401234500000%05d".formatted(random.nextInt(100_000))));
        }
        List<ShippedLine> lines = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int l = 0; l < count; l++) {
            int ordered = 1 + random.nextInt(5);
            lines.add(line("SKU-" + l + (l == 1 ? TEXT : ""), l % 2 == 0 ? "400638133%04d".formatted(l) : null, ordered,
                    random.nextBoolean() ? ordered : ordered - 1));
        }
        Map<String, String> references = random.nextBoolean() ? Map.of("BM", "BOL" + TEXT) : Map.of();
        // the references as the reader gives them: RFF+ON and BGM 1004 in their places, the RFFs by EDIFACT's code list
        return new ShipmentConfirmation(order, "SHP-" + order, LocalDate.of(2026, 11, 1 + random.nextInt(28)),
                random.nextBoolean() ? "DHL" : "UPS" + TEXT, random.nextBoolean() ? null : "EXP", packages, lines, List.of(),
                references, ShipmentConfirmation.referencesOf("RFF+ON", order, "BGM-1004", "SHP-" + order,
                        EdifactCodeLists.references(references)), null, List.of(), interchange, Integer.toString(message));
    }

    private static ShippedLine line(String sku, String gtin, int ordered, int shipped) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (gtin != null) {
            ids.put("EN", gtin);
        }
        ids.put("SA", sku);
        String first = ids.keySet().iterator().next();
        return EdifactCodeLists.shippedLine(sku, gtin, first, ids.get(first), BigDecimal.valueOf(ordered), BigDecimal.valueOf(shipped),
                BigDecimal.valueOf(ordered - shipped), null, ids);
    }

    private static <T> List<T> readAll(EdiItemReader<T> reader) throws IOException {
        List<T> all = new ArrayList<>();
        try (reader) {
            for (T item = reader.next(); item != null; item = reader.next()) {
                all.add(item);
            }
        }
        return all;
    }
}

package io.cartbridge.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.TransactionAck;
import io.cartbridge.edi.model.UnitLoad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The X12 945, 846 and 997 writers against the readers over generated data: canonical → write → read gives the same
 * canonical, with long names (each element's maximum), non-ASCII text and every kind of id, quantity, status and
 * party role. X12 has no release character, so text here holds no delimiter; {@link #delimitersInTextBecomeSpaces}
 * shows what becomes of one.
 */
class X12WarehouseWritersRoundTripTests {

    static final X12Settings WAREHOUSE = X12Settings.defaults("ACMEWHSE", "CARTBRIDGE");
    static final LocalDateTime CREATED = LocalDateTime.of(2026, 12, 2, 10, 30);
    static final String[] WORDS = {"Müller", "Łódź", "東京", "Crème", "brûlée", "O'Brien", "Straße", "A&B", "#12", "x"};

    final Random random = new Random(7);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void shipmentAdvicesReadBackUnchanged(int seed) throws Exception {
        random.setSeed(seed);
        long control = 100 + seed;
        List<ShipmentConfirmation> shipments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            shipments.add(shipment(i, String.format("%09d", control), String.format("%04d", i + 1)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12ShipmentAdviceWriter(WAREHOUSE).write(out, control, CREATED, shipments);

        List<ShipmentConfirmation> read = new ArrayList<>();
        try (var reader = X12ShipmentAdviceReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                read.add(s);
            }
        }
        assertThat(read).as("seed %d", seed).isEqualTo(shipments);
        assertThat(new X12Validator().validate(new ByteArrayInputStream(out.toByteArray())).errors()).isEmpty();
    }

    @Test
    void aStockSnapshotOfManyItemsReadsBackItemByItem() throws Exception {
        InventorySnapshotHeader header = new InventorySnapshotHeader(LocalDateTime.of(2026, 12, 1, 23, 59, 30), "INV-" + text(20),
                "000000009", "0001");
        List<InventoryItem> items = new ArrayList<>();
        String[] codes = {"SK", "VN", "VA", "BP", "IN", "MG", "UP", "EN", "UK", "ZZ"};
        String[] quantityCodes = {"33", "17", "QH", "27", "IQ", "29", "74"};
        for (int i = 0; i < 500; i++) {
            Map<String, String> ids = new LinkedHashMap<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                ids.putIfAbsent(codes[random.nextInt(codes.length)], codes.length > 0 ? text(48) : "");
            }
            Map<String, BigDecimal> quantities = new LinkedHashMap<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                quantities.putIfAbsent(quantityCodes[random.nextInt(quantityCodes.length)], decimal());
            }
            items.add(X12CodeLists.inventoryItem(ids.get("SK"), first(ids, "UP", "UK", "EN"), vendor(ids), quantities, ids));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12InventoryAdviceWriter(WAREHOUSE).write(out, 9, CREATED, header, items);

        List<InventoryItem> read = new ArrayList<>();
        try (var reader = X12InventoryAdviceReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                read.add(item);
            }
            assertThat(reader.header()).isEqualTo(header);
        }
        assertThat(read).isEqualTo(items);
    }

    @Test
    void acknowledgmentsReadBackWithTheirStatuses() throws Exception {
        List<FunctionalAck> acks = List.of(
                new FunctionalAck("ACMEWHSE", "000000031", "OW", "1201", "ACCEPTED",
                        List.of(new TransactionAck("940", "0001", "ACCEPTED", List.of()),
                                new TransactionAck("940", "0002", "ACCEPTED", List.of()))),
                new FunctionalAck("ACMEWHSE", "000000031", "SW", "77", "REJECTED",
                        List.of(new TransactionAck("945", "0001", "REJECTED", List.of()))),
                new FunctionalAck("ACMEWHSE", "000000031", "IB", "78", "ACCEPTED", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12AcknowledgmentFileWriter(WAREHOUSE).write(out, 31, CREATED, acks);

        List<FunctionalAck> read = new ArrayList<>();
        try (var reader = X12FunctionalAckReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                read.add(ack);
            }
        }
        assertThat(read).isEqualTo(acks);
    }

    @Test
    void delimitersInTextBecomeSpaces() throws Exception {
        ShipmentConfirmation s = new ShipmentConfirmation("WC-1", "SHP-1", null, "UPSN", null, List.of(),
                List.of(X12CodeLists.shippedLine("A*B", null, "SK", "A*B", null, BigDecimal.ONE, null, "CC", Map.of("SK", "A*B"))),
                List.of(X12CodeLists.party("ST", "Tom~Baker>Jr", null, null, null)), Map.of(), null, List.of(), "000000001", "0001");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12ShipmentAdviceWriter(WAREHOUSE).write(out, 1, CREATED, List.of(s));

        try (var reader = X12ShipmentAdviceReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            ShipmentConfirmation read = reader.next();
            assertThat(read.parties().get(0).name()).isEqualTo("Tom Baker Jr");
            assertThat(read.lines().get(0).sku()).isEqualTo("A B");
        }
    }

    private ShipmentConfirmation shipment(int i, String interchange, String set) {
        List<ShipmentPackage> packages = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            boolean both = random.nextBoolean();
            packages.add(new ShipmentPackage(both || random.nextBoolean() ? "1Z" + digits(16) : null,
                    both || packages.size() % 2 == 0 ? "00" + digits(16) : null));
        }
        packages.removeIf(p -> p.trackingNumber() == null && p.sscc() == null);
        List<ShippedLine> lines = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            lines.add(line());
        }
        List<Party> parties = new ArrayList<>();
        String[] roles = {"ST", "SF", "WH", "BT", "ZZ"};
        for (int n = random.nextInt(3); n > 0; n--) {
            String name = text(60);
            Address address = random.nextBoolean() ? null : new Address(name, maybe(text(60)), text(55), maybe(text(55)),
                    text(30), maybe("CA"), maybe(digits(5)), maybe("US"), maybe(digits(10)), maybe("a@b.example"));
            parties.add(X12CodeLists.party(roles[random.nextInt(roles.length)], name, maybe("92"), null, address));
        }
        Map<String, String> references = new LinkedHashMap<>();
        for (String q : List.of("BM", "PO", "CO", packages.isEmpty() ? "PO" : "CN")) {
            if (random.nextBoolean()) {
                references.putIfAbsent(q, digits(10));
            }
        }
        ShipmentTotals totals = random.nextBoolean() ? null
                : new ShipmentTotals(decimal().abs(), decimal().abs(), "LB", maybe(decimal().abs()), "CF", BigDecimal.valueOf(3));
        List<UnitLoad> loads = random.nextBoolean() ? List.of() : List.of(new UnitLoad("01", BigDecimal.valueOf(2)));
        LocalDate date = random.nextBoolean() ? null : LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String order = "WC-" + i + "-" + text(20);
        String shipment = "SHP-" + digits(8);
        // the references as the 945 reader gives them: W06-02 and W06-04 in their places, the N9s by code list 128
        return new ShipmentConfirmation(order, shipment, date,
                random.nextBoolean() ? "UPSN" : null, random.nextBoolean() ? "GROUND " + text(10) : null, packages, lines,
                parties, references, ShipmentConfirmation.referencesOf("W06-02", order, "W06-04", shipment,
                        X12CodeLists.references(references)), totals, loads, interchange, set);
    }

    /** A line as the 945 reader builds it: W12-06 as UP, then at most two pairs. */
    private ShippedLine line() {
        Map<String, String> ids = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            ids.put("UP", digits(12));
        }
        String[] codes = {"SK", "VN", "BP", "MG", "IN", "ZZ"};
        String q7 = codes[random.nextInt(codes.length)];
        String id8 = text(48);
        ids.putIfAbsent(q7, id8);
        if (random.nextBoolean()) {
            ids.putIfAbsent(codes[random.nextInt(codes.length)], text(48));
        }
        BigDecimal ordered = random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(9));
        BigDecimal shipped = BigDecimal.valueOf(random.nextInt(9));
        BigDecimal difference = ordered != null ? ordered.subtract(shipped) : random.nextBoolean() ? null : BigDecimal.ONE;
        String[] statuses = {"CC", "CP", "BP", "BO", "IC", "PR", "SS", null};
        String sku = ids.containsKey("SK") ? ids.get("SK") : ids.get("VN");
        return X12CodeLists.shippedLine(sku, ids.get("UP"), q7, id8, ordered, shipped, difference,
                statuses[random.nextInt(statuses.length)], ids);
    }

    /** The first id in file order under one of these codes, as the reader picks it. */
    private static String first(Map<String, String> ids, String... codes) {
        List<String> wanted = List.of(codes);
        return ids.entrySet().stream().filter(e -> wanted.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    private static String vendor(Map<String, String> ids) {
        return first(ids, "VN", "VA") != null ? first(ids, "VN", "VA") : first(ids, "BP") != null ? ids.get("BP") : ids.get("MG");
    }

    /** Words joined by single spaces, non-ASCII among them, up to {@code max} characters, as X12 keeps text. */
    private String text(int max) {
        StringBuilder b = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        int length = random.nextInt(4) == 0 ? max : 1 + random.nextInt(max);
        while (b.length() < length) {
            b.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.length() > max ? b.substring(0, max).strip() : b.toString();
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private BigDecimal decimal() {
        BigDecimal value = BigDecimal.valueOf(random.nextInt(100000), random.nextInt(3));
        return random.nextInt(10) == 0 ? value.negate() : value;
    }

    private <T> T maybe(T value) {
        return random.nextBoolean() ? value : null;
    }
}

package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.x12.X12CodeLists;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.TransactionAck;
import io.cartbridge.edi.model.WarehouseOrder;
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
import org.junit.jupiter.api.Test;

/**
 * Canonical → write → read gives the same canonical, for every document, over generated data:
 * long names, XML's special characters, non-ASCII text (Polish, German, CJK, emoji), line breaks in
 * notes, every item id kind and code, every line status and quantity kind.
 */
class XmlRoundTripTests {

    private static final String[] WORDS = {"Zoë", "Müller", "Łódź", "<b>bold</b>", "A&B", "O'Brien", "\"quoted\"",
            "東京都", "🎁", "Straße", "ÆØÅ", "&amp;", "]]>", "x<y>z", "naïve", "São Paulo", "Ünïcödé", "--", "#1"};
    private static final String[] ITEM_KEYS = {"SK", "VN", "VA", "BP", "MG", "UP", "EN", "UK", "ZZ", "IN", "XX"};
    private static final String[] STATUSES = {"CC", "BP", "CP", "BO", "IC", "PR", "SS", "AC", "IB", "CU", "ZZ", null};
    private static final String[] QUANTITY_KEYS = {"33", "17", "QH", "27", "IQ", "29", "Damaged", "ZZ", "74"};

    private final Random random = new Random(20240515);

    @Test
    void ordersRoundTrip() {
        List<WarehouseOrder> orders = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            orders.add(order(i));
        }
        String xml = XmlSamples.write(orders);
        XmlOrderFile back = new XmlWarehouseOrderReader().read(XmlSamples.stream(xml));
        assertThat(back.orders()).isEqualTo(orders);
    }

    @Test
    void shipmentConfirmationsRoundTrip() throws Exception {
        List<ShipmentConfirmation> shipments = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            shipments.add(shipment(i, "777"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlShipmentConfirmationWriter(XmlSamples.WAREHOUSE).write(out, 777, XmlSamples.CREATED, shipments);
        List<ShipmentConfirmation> back = new ArrayList<>();
        try (XmlShipmentConfirmationReader reader = XmlShipmentConfirmationReader.open(
                new ByteArrayInputStream(out.toByteArray()))) {
            for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                back.add(s);
            }
        }
        assertThat(back).isEqualTo(shipments);
    }

    @Test
    void inventorySnapshotsRoundTrip() throws Exception {
        List<InventoryItem> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(item(i));
        }
        InventorySnapshotHeader header = new InventorySnapshotHeader(LocalDateTime.of(2024, 5, 15, 23, 59, 58, 7_000_000),
                text(80), "31", "1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlInventorySnapshotWriter(XmlSamples.WAREHOUSE).write(out, 31, XmlSamples.CREATED, header, items);
        List<InventoryItem> back = new ArrayList<>();
        try (XmlInventorySnapshotReader reader = XmlInventorySnapshotReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                back.add(item);
            }
            assertThat(reader.header()).isEqualTo(header);
        }
        assertThat(back).isEqualTo(items);
    }

    @Test
    void acknowledgmentsRoundTrip() throws Exception {
        String[] kinds = {"WarehouseOrders", "ShipmentConfirmations", "InventorySnapshot", "Acknowledgment"};
        String[] words = {"ACCEPTED", "ACCEPTED_WITH_ERRORS", "PARTIAL", "REJECTED"};
        List<FunctionalAck> acks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String kind = kinds[i % kinds.length];
            List<TransactionAck> transactions = new ArrayList<>();
            if (i % 3 == 0) {
                transactions.add(new TransactionAck(kind, null, words[i % 4], List.of(text(120), text(30))));
            }
            for (int d = 0; d < i % 4; d++) {
                transactions.add(new TransactionAck(kind, id("WC-"), words[(i + d) % 4],
                        d % 2 == 0 ? List.of() : List.of(text(200))));
            }
            acks.add(new FunctionalAck("SHOP01", "88", kind, id("F"), words[i % 4], transactions));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlAcknowledgmentWriter(XmlSamples.SETTINGS).write(out, 88, XmlSamples.CREATED, acks);
        assertThat(XmlAcknowledgmentTests.read(out.toByteArray())).isEqualTo(acks);
    }

    private WarehouseOrder order(int i) {
        Address to = new Address(text(1 + random.nextInt(200)), maybe(text(60)), text(120), maybe(text(80)), text(40),
                maybe(code()), maybe(id("")), country(), maybe("+1 (555) 0100-" + i), maybe("a" + i + "@example.com"));
        List<OrderLine> lines = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int l = 1; l <= count; l++) {
            lines.add(new OrderLine(l * (1 + random.nextInt(3)), id("SKU-"), maybe(gtin()), maybe(text(300)),
                    1 + random.nextInt(5000), random.nextBoolean() ? "EA" : maybe("CS")));
        }
        LocalDateTime date = random.nextBoolean() ? null
                : LocalDateTime.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1000) * 1_000_000);
        return new WarehouseOrder(id("WC-") + "-" + i, maybe(String.valueOf(100000 + i)), date, to, maybe(text(50)),
                maybe(code()), maybe(code()), maybe(text(400) + "\n" + text(50)), lines);
    }

    private ShipmentConfirmation shipment(int i, String controlNumber) {
        List<ShipmentPackage> packages = new ArrayList<>();
        for (int p = random.nextInt(4); p > 0; p--) {
            packages.add(new ShipmentPackage(id("1Z"), random.nextBoolean() ? null : sscc()));
        }
        List<ShippedLine> lines = new ArrayList<>();
        for (int l = random.nextInt(5); l > 0; l--) {
            lines.add(shippedLine());
        }
        Map<String, String> references = new LinkedHashMap<>();
        for (int r = random.nextInt(3); r > 0; r--) {
            references.putIfAbsent(code(), id("REF-"));
        }
        ShipmentTotals totals = random.nextBoolean() ? null : new ShipmentTotals(maybe(decimal()),
                decimal(), "LB", maybe(decimal()) == null ? null : new BigDecimal("1.25"), null, maybe(decimal()));
        if (totals != null && totals.volume() != null) {
            totals = new ShipmentTotals(totals.units(), totals.weight(), totals.weightUnit(), totals.volume(), "CF",
                    totals.ladingQuantity());
        }
        LocalDate date = random.nextBoolean() ? null : LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String order = id("WC-");
        String shipment = id("SHP-");
        // the references as the reader gives them: the keys from their elements, the types by the XSD's code list
        return new ShipmentConfirmation(order, shipment, date, maybe(code()), maybe(code()), packages, lines,
                List.of(), references, ShipmentConfirmation.referencesOf("OrderNumber", order, "ShipmentId", shipment,
                        io.cartbridge.edi.xml.internal.XmlCodes.references(references)), totals, List.of(), controlNumber,
                String.valueOf(i + 1));
    }

    /** A line as a reader builds it: sku, upc and first id derived from the ids, difference known when it can be. */
    private ShippedLine shippedLine() {
        Map<String, String> ids = itemIds();
        BigDecimal ordered = maybe(decimal());
        BigDecimal shipped = decimal();
        String status = STATUSES[random.nextInt(STATUSES.length)];
        BigDecimal rest = ordered != null ? ordered.subtract(shipped) : maybe(decimal());
        if (rest != null && rest.signum() < 0 && ordered == null) {
            rest = rest.negate();
        }
        String sku = ids.containsKey("SK") ? ids.get("SK") : ids.containsKey("VN") ? ids.get("VN") : ids.get("VA");
        String upc = ids.entrySet().stream().filter(e -> List.of("UP", "UK", "EN", "UI", "UA").contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        Map.Entry<String, String> first = ids.isEmpty() ? null : ids.entrySet().iterator().next();
        return X12CodeLists.shippedLine(sku, upc, first == null ? null : first.getKey(), first == null ? null : first.getValue(),
                ordered, shipped, rest, status, ids);
    }

    private InventoryItem item(int i) {
        Map<String, String> ids = itemIds();
        if (ids.isEmpty()) {
            ids.put("SK", "SKU-" + i);
        }
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (int q = 1 + random.nextInt(4); q > 0; q--) {
            BigDecimal value = decimal();
            quantities.put(QUANTITY_KEYS[random.nextInt(QUANTITY_KEYS.length)], random.nextInt(10) == 0 ? value.negate() : value);
        }
        String vendor = null;
        for (String key : List.of("VN", "VA", "BP", "MG")) {
            if (vendor == null && ids.containsKey(key)) {
                vendor = ids.get(key);
            }
        }
        String upc = ids.entrySet().stream().filter(e -> List.of("UP", "UK", "EN", "UI", "UA").contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return X12CodeLists.inventoryItem(ids.get("SK"), upc, vendor, quantities, ids);
    }

    private Map<String, String> itemIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            String key = ITEM_KEYS[random.nextInt(ITEM_KEYS.length)];
            ids.putIfAbsent(key, List.of("UP", "EN", "UK").contains(key) ? gtin() : id("I-"));
        }
        return ids;
    }

    private String text(int max) {
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(max);
        while (s.length() < length) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
        }
        String cut = s.substring(0, length);
        // never end on half of a surrogate pair (the emoji): XML cannot carry one
        return Character.isHighSurrogate(cut.charAt(cut.length() - 1)) ? cut.substring(0, cut.length() - 1) + "!" : cut;
    }

    /** An id: token-like, as ids are (white space is collapsed in XML ids). */
    private String id(String prefix) {
        return prefix + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).toUpperCase() + (random.nextBoolean() ? "/é" : "");
    }

    private String code() {
        return "C" + random.nextInt(1000);
    }

    private String country() {
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private String gtin() {
        return String.format("%013d", random.nextLong() & 0xFFFFFFFFFFL);
    }

    private String sscc() {
        return String.format("%018d", random.nextLong() & 0xFFFFFFFFFFFFL);
    }

    private BigDecimal decimal() {
        return BigDecimal.valueOf(random.nextInt(100000), random.nextInt(3));
    }

    private <T> T maybe(T value) {
        return random.nextBoolean() ? value : null;
    }
}

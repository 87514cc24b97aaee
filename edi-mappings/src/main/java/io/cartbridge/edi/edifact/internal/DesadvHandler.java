package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.edifact.EdifactCodeLists;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads DESADV messages as one {@link ShipmentConfirmation} per order they ship, emitted at the UNT.
 * The mapping is documented on {@link io.cartbridge.edi.edifact.EdifactDespatchAdviceReader}.
 */
public final class DesadvHandler implements MessageHandler<ShipmentConfirmation> {

    /** GIN identity number qualifiers (7405) that mean an SSCC. */
    private static final Set<String> SSCC = Set.of("BJ", "AW");
    /** An SSCC: 18 digits, or 20 with the GS1 application identifier {@code 00} in front (kept as sent). */
    private static final Pattern SSCC_DIGITS = Pattern.compile("(00)?\\d{18}");
    /**
     * Reference qualifiers (1153) that name the order when no RFF+ON does: CR customer reference, VN order
     * number (supplier), CO customer order number.
     */
    private static final Set<String> ORDER_FALLBACKS = Set.of("CR", "VN", "CO");

    private final List<EdiError> errors = new ArrayList<>();
    private final Values values = new Values(errors);
    private final String itemType;
    private String shipmentId;
    private EdifactSegment bgm;
    private LocalDate shipDate;
    private LocalDate documentDate;
    private String headerOrder;
    /** The first heading RFF+CR, VN or CO, the order when no RFF+ON names one, and where it was read. */
    private String otherOrder;
    private String otherOrderPlace;
    private String headerTracking;
    private String carrierParty;
    private final Map<String, String> references = new LinkedHashMap<>();
    private final List<Party> parties = new ArrayList<>();
    private String carrier;
    private String service;
    private final List<PackageMarks> packages = new ArrayList<>();
    private PackageMarks pack;
    private final List<Line> lines = new ArrayList<>();
    private Line line;
    private boolean detail;

    /** @param itemType the item number type the partner gives the SKU, for example {@code SA} */
    public DesadvHandler(String itemType) {
        this.itemType = itemType;
    }

    @Override
    public String messageType() {
        return "DESADV";
    }

    @Override
    public String documentName() {
        return "DESADV despatch advice";
    }

    @Override
    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void segment(EdifactSegment s, Envelope envelope, Consumer<ShipmentConfirmation> out) {
        switch (s.tag()) {
            case "UNH" -> reset();
            case "BGM" -> {
                bgm = s;
                shipmentId = s.value(2, 1);
            }
            case "DTM" -> date(s);
            case "RFF" -> reference(s);
            case "NAD" -> {
                if (!detail) {
                    Party party = Parties.of(s);
                    parties.add(party);
                    if ("CA".equals(party.entityCode()) && carrierParty == null) {
                        carrierParty = party.id() != null ? party.id() : party.name();
                    }
                }
            }
            case "TDT" -> {
                carrier = s.value(5, 1) != null ? s.value(5, 1) : s.value(5, 4);
                service = s.value(4, 2);
            }
            case "CPS" -> {
                detail = true;
                line = null;
                pack = new PackageMarks();
                packages.add(pack);
            }
            case "GIN" -> gin(s);
            case "LIN" -> {
                detail = true;
                line = new Line(s, packages.size() - 1);
                line.ids.lin(s);
                lines.add(line);
            }
            case "PIA" -> {
                if (line != null) {
                    line.ids.pia(s);
                }
            }
            case "QTY" -> quantity(s);
            case "UNT" -> emit(s, envelope, out);
            default -> { }
        }
    }

    private void date(EdifactSegment s) {
        if (detail) {
            return;
        }
        String qualifier = s.value(1, 1);
        if ("11".equals(qualifier) || "137".equals(qualifier)) {
            LocalDateTime value = values.dateTime(s);
            LocalDate date = value == null ? null : value.toLocalDate();
            if ("11".equals(qualifier)) {
                shipDate = date;
            } else {
                documentDate = date;
            }
        }
    }

    private void reference(EdifactSegment s) {
        String qualifier = s.value(1, 1);
        String value = s.value(1, 2);
        if (qualifier == null || value == null) {
            return;
        }
        if (line != null) {
            if ("ON".equals(qualifier) && line.order == null) {
                line.order = value;
            }
        } else if (pack != null) {
            if ("CN".equals(qualifier) && pack.tracking == null) {
                pack.tracking = value;
            }
        } else if ("ON".equals(qualifier)) {
            headerOrder = headerOrder == null ? value : headerOrder;
        } else {
            if ("CN".equals(qualifier) && headerTracking == null) {
                headerTracking = value;
            }
            if (ORDER_FALLBACKS.contains(qualifier) && otherOrder == null) {
                otherOrder = value;
                otherOrderPlace = "RFF+" + qualifier;
            }
            references.putIfAbsent(qualifier, value);
        }
    }

    /**
     * Every identity number of a GIN+BJ (up to five, C208 repeated in elements 2 to 6) marks a package. A
     * value that is no SSCC at all (a parcel number such as {@code 1Z999AA10123456784}, which some senders
     * put in GIN+BJ) is the package's tracking number instead.
     */
    private void gin(EdifactSegment s) {
        if (pack == null || !SSCC.contains(s.value(1))) {
            return;
        }
        for (int e = 2; e <= 6; e++) {
            String id = s.value(e, 1);
            if (id == null) {
                continue;
            }
            if (!SSCC_DIGITS.matcher(id).matches()) {
                pack.tracking = pack.tracking == null ? id : pack.tracking;
            } else if (!pack.ssccs.contains(id)) {
                pack.ssccs.add(id);
            }
        }
    }

    private void quantity(EdifactSegment s) {
        if (line == null) {
            return;
        }
        String qualifier = s.value(1, 1);
        if ("12".equals(qualifier)) {
            line.shipped = values.number(s, 1, 2);
        } else if ("21".equals(qualifier)) {
            line.ordered = values.number(s, 1, 2);
        }
    }

    private void emit(EdifactSegment unt, Envelope envelope, Consumer<ShipmentConfirmation> out) {
        String where = "Message " + envelope.messageReference();
        if (shipmentId == null) {
            values.missing(bgm == null ? unt : bgm, where + " has no despatch advice number (BGM 1004).");
        }
        Map<String, List<Line>> byOrder = new LinkedHashMap<>();
        boolean anyOn = headerOrder != null || lines.stream().anyMatch(l -> l.order != null);
        String heading = headerOrder != null || anyOn ? headerOrder : otherOrder;
        String place = headerOrder != null || anyOn ? "RFF+ON" : otherOrderPlace;
        if (heading != null) {
            byOrder.put(heading, new ArrayList<>());
        }
        for (Line l : lines) {
            String order = l.order != null ? l.order : heading;
            if (order == null) {
                values.missing(l.lin, "Line " + l.lin.element(1) + " names no order (RFF+ON) and neither does the"
                        + " message heading.");
            } else {
                byOrder.computeIfAbsent(order, k -> new ArrayList<>()).add(l);
            }
            if (l.shipped == null) {
                values.missing(l.lin, "Line " + l.lin.element(1) + " has no despatched quantity (QTY+12).");
            }
        }
        if (byOrder.isEmpty() && errors.isEmpty()) {
            values.missing(unt, where + " names no order (RFF+ON).");
        }
        if (!errors.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Line>> order : byOrder.entrySet()) {
            out.accept(confirmation(order.getKey(), order.getValue(), byOrder.size() == 1, envelope,
                    order.getKey().equals(heading) ? place : "RFF+ON"));
        }
    }

    private ShipmentConfirmation confirmation(String order, List<Line> orderLines, boolean only, Envelope envelope,
                                              String orderPlace) {
        Set<Integer> packed = new LinkedHashSet<>();
        for (Line l : orderLines) {
            if (l.pack >= 0) {
                packed.add(l.pack);
            }
        }
        List<ShipmentPackage> marks = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            PackageMarks p = packages.get(i);
            if (only || packed.isEmpty() || packed.contains(i)) {
                if (p.ssccs.isEmpty() && p.tracking != null) {
                    marks.add(new ShipmentPackage(p.tracking, null));
                }
                p.ssccs.forEach(sscc -> marks.add(new ShipmentPackage(p.tracking, sscc)));
            }
        }
        if (headerTracking != null && marks.stream().noneMatch(m -> m.trackingNumber() != null)) {
            marks.add(new ShipmentPackage(headerTracking, null));
        }
        List<ShippedLine> shipped = new ArrayList<>();
        for (Line l : orderLines) {
            BigDecimal difference = l.ordered != null && l.shipped != null ? l.ordered.subtract(l.shipped) : null;
            String firstKey = l.ids.firstKey();
            shipped.add(new ShippedLine(l.ids.sku(itemType), l.ids.gtin(), firstKey,
                    firstKey == null ? null : l.ids.all().get(firstKey), l.ordered, l.shipped, difference, null,
                    l.ids.all(), EdifactCodeLists.itemIds(l.ids.all()), null));
        }
        return new ShipmentConfirmation(order, shipmentId, shipDate != null ? shipDate : documentDate,
                carrier != null ? carrier : carrierParty, service,
                marks, shipped, parties, references, ShipmentConfirmation.referencesOf(orderPlace, order, "BGM-1004",
                        shipmentId, EdifactCodeLists.references(references)), null, List.of(),
                envelope.interchangeControlReference(),
                envelope.messageReference());
    }

    private void reset() {
        shipmentId = null;
        bgm = null;
        shipDate = null;
        documentDate = null;
        headerOrder = null;
        otherOrder = null;
        otherOrderPlace = null;
        headerTracking = null;
        carrierParty = null;
        references.clear();
        parties.clear();
        carrier = null;
        service = null;
        packages.clear();
        pack = null;
        lines.clear();
        line = null;
        detail = false;
    }

    private static final class PackageMarks {
        String tracking;
        final List<String> ssccs = new ArrayList<>(1);
    }

    private static final class Line {
        final EdifactSegment lin;
        final int pack;
        final ItemIds ids = new ItemIds();
        String order;
        BigDecimal shipped;
        BigDecimal ordered;

        Line(EdifactSegment lin, int pack) {
            this.lin = lin;
            this.pack = pack;
        }
    }
}

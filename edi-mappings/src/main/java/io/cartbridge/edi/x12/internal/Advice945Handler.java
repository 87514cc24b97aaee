package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.x12.X12CodeLists;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.UnitLoad;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Maps one 945 Warehouse Shipping Advice to one {@link ShipmentConfirmation}, emitted at its SE:
 * W06 (02 depositor order number, 03 date, 04 shipment id), G62 qualifier {@code 11} (shipped
 * date, wins over W06-03), W27 (02 SCAC, 03 routing as service level), heading N9 {@code 2I}/{@code CN}
 * (tracking or PRO number: a package when no LX loop has one), one package per LX loop from its
 * MAN segments ({@code CP} carrier package id, {@code GM} SSCC; MAN-01/02 and MAN-04/05) and its N9
 * {@code 2I}/{@code CN} (the package's tracking number when no MAN gives one), one line
 * per W12 (see {@link ItemIds}: W12-06, the UPC, counts as a {@code UP} pair ahead of the pairs 07/08
 * and 17/18). The heading's N1 loops become parties and its N9s (those before the first LX; the
 * first of a qualifier wins) references; each W10 is a unit load (01 type, 02 quantity) and W03 the
 * totals (01 units, 02/03 weight, 04/05 volume, 06 lading quantity).
 */
public final class Advice945Handler implements TransactionHandler<ShipmentConfirmation> {

    private final List<EdiError> errors = new ArrayList<>();
    private final ContentValues values = new ContentValues(errors);
    private final List<ShipmentPackage> packages = new ArrayList<>();
    private final List<ShippedLine> lines = new ArrayList<>();
    private final PackageMarks marks = new PackageMarks();
    private final PartyLoop partyLoop = new PartyLoop();
    private final List<Party> parties = new ArrayList<>();
    private final Map<String, String> references = new LinkedHashMap<>();
    private final List<UnitLoad> unitLoads = new ArrayList<>();
    private ShipmentTotals totals;
    private boolean inDetail;
    private X12Segment w06;
    private LocalDate shippedDate;
    private String carrier;
    private String service;
    private String referenceTracking;

    @Override
    public String transactionSetId() {
        return "945";
    }

    @Override
    public String documentName() {
        return "945 Warehouse Shipping Advice";
    }

    @Override
    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void segment(X12Segment s, Envelope envelope, Consumer<ShipmentConfirmation> out) {
        if (partyLoop.add(s)) {
            return;
        }
        switch (s.tag()) {
            case "ST" -> reset();
            case "W06" -> w06 = s;
            case "N1" -> partyLoop.start(s, parties);
            case "G62" -> {
                if ("11".equals(s.value(1))) {
                    shippedDate = values.date(s, 2);
                }
            }
            case "W27" -> {
                carrier = s.value(2);
                service = s.value(3);
            }
            case "N9" -> reference(s);
            case "W10" -> unitLoads.add(new UnitLoad(s.value(1), values.decimal(s, 2)));
            case "LX" -> {
                inDetail = true;
                marks.flushTo(packages);
            }
            case "MAN" -> marks.add(s);
            case "W12" -> lines.add(line(s));
            case "W03" -> totals = new ShipmentTotals(values.decimal(s, 1), values.decimal(s, 2), s.value(3),
                    values.decimal(s, 4), s.value(5), values.decimal(s, 6));
            case "SE" -> finish(envelope, out);
            default -> { }
        }
    }

    /**
     * A heading N9 is a reference of the shipment ({@code 2I}/{@code CN}: its tracking or PRO number, a package when
     * no LX loop has one); an N9 {@code 2I}/{@code CN} inside an LX loop (where the 945 puts a package's references) is
     * that package's tracking number when no MAN gives one.
     */
    private void reference(X12Segment n9) {
        String qualifier = n9.value(1);
        boolean tracking = "2I".equals(qualifier) || "CN".equals(qualifier);
        if (inDetail) {
            if (tracking) {
                marks.reference(n9.value(2));
            }
            return;
        }
        if (tracking && referenceTracking == null) {
            referenceTracking = n9.value(2);
        }
        if (qualifier != null && n9.value(2) != null) {
            references.putIfAbsent(qualifier, n9.value(2));
        }
    }

    private ShippedLine line(X12Segment s) {
        ItemIds ids = new ItemIds();
        ids.add("UP", s.value(6));
        ids.add(s.value(7), s.value(8));
        ids.add(s.value(17), s.value(18));
        BigDecimal ordered = values.decimal(s, 2);
        BigDecimal shipped = values.decimal(s, 3);
        return new ShippedLine(ids.sku(), ids.gtin(), s.value(7), s.value(8), ordered, shipped,
                ItemIds.difference(values.decimal(s, 4), ordered, shipped), s.value(1), ids.all(),
                X12CodeLists.itemIds(ids.all()), s.value(1) == null ? null : X12CodeLists.LINE_STATUSES.kindOf(s.value(1)));
    }

    private void finish(Envelope envelope, Consumer<ShipmentConfirmation> out) {
        marks.flushTo(packages);
        X12Segment st = envelope.st;
        if (w06 == null || w06.value(2) == null) {
            values.missing(st, "W06 depositor order number (W06-02)");
            return;
        }
        if (w06.value(4) == null) {
            values.missing(st, "W06 shipment id (W06-04)");
            return;
        }
        if (packages.isEmpty() && referenceTracking != null) {
            packages.add(new ShipmentPackage(referenceTracking, null));
        }
        LocalDate date = shippedDate != null ? shippedDate : values.date(w06, 3);
        out.accept(new ShipmentConfirmation(w06.value(2), w06.value(4), date, carrier, service, packages, lines,
                parties, references, ShipmentConfirmation.referencesOf("W06-02", w06.value(2), "W06-04", w06.value(4),
                        X12CodeLists.references(references)), totals, unitLoads,
                envelope.interchangeControlNumber(), envelope.transactionControlNumber()));
    }

    private void reset() {
        packages.clear();
        lines.clear();
        marks.clear();
        partyLoop.clear();
        parties.clear();
        references.clear();
        unitLoads.clear();
        totals = null;
        inDetail = false;
        w06 = null;
        shippedDate = null;
        carrier = service = referenceTracking = null;
    }
}

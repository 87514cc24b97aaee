package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Maps one 945 Warehouse Shipping Advice to one {@link ShipmentConfirmation}, emitted at its SE:
 * W06 (02 depositor order number, 03 date, 04 shipment id), G62 qualifier {@code 11} (shipped
 * date, wins over W06-03), W27 (02 SCAC, 03 routing as service level), N9 {@code 2I}/{@code CN}
 * (tracking or PRO number: a package when no MAN carries one), one package per LX loop from its
 * MAN segments ({@code CP} carrier package id, {@code GM} SSCC; MAN-01/02 and MAN-04/05), one line
 * per W12 (see {@link ItemIds}: W12-06, the UPC, counts as a {@code UP} pair ahead of the pairs 07/08
 * and 17/18). W03 totals and N1 loops are read past.
 */
public final class Advice945Handler implements TransactionHandler<ShipmentConfirmation> {

    private final List<EdiError> errors = new ArrayList<>();
    private final ContentValues values = new ContentValues(errors);
    private final List<ShipmentPackage> packages = new ArrayList<>();
    private final List<ShippedLine> lines = new ArrayList<>();
    private final PackageMarks marks = new PackageMarks();
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
        switch (s.tag()) {
            case "ST" -> reset();
            case "W06" -> w06 = s;
            case "G62" -> {
                if ("11".equals(s.value(1))) {
                    shippedDate = values.date(s, 2);
                }
            }
            case "W27" -> {
                carrier = s.value(2);
                service = s.value(3);
            }
            case "N9" -> {
                if (("2I".equals(s.value(1)) || "CN".equals(s.value(1))) && referenceTracking == null) {
                    referenceTracking = s.value(2);
                }
            }
            case "LX" -> marks.flushTo(packages);
            case "MAN" -> marks.add(s);
            case "W12" -> lines.add(line(s));
            case "SE" -> finish(envelope, out);
            default -> { }
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
                ItemIds.difference(values.decimal(s, 4), ordered, shipped), s.value(1), ids.all());
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
                envelope.interchangeControlNumber(), envelope.transactionControlNumber()));
    }

    private void reset() {
        packages.clear();
        lines.clear();
        marks.clear();
        w06 = null;
        shippedDate = null;
        carrier = service = referenceTracking = null;
    }
}

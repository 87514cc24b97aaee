package io.cartbridge.edi.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.Reference;
import io.cartbridge.edi.model.ReferenceKind;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.UnitLoad;
import io.cartbridge.edi.x12.internal.InterchangeOutput;
import io.cartbridge.edi.x12.internal.SegmentWriter;
import io.cartbridge.edi.x12.internal.X12Text;
import io.xlate.edi.stream.EDIStreamException;

/**
 * Writes shipment confirmations as X12 945 Warehouse Shipping Advices, one transaction set per confirmation in one
 * interchange (GS01 {@code SW}): what a warehouse sends, and what {@link X12ShipmentAdviceReader} reads back to the
 * same canonical values, for {@code translate --to x12} and tests.
 *
 * <p>Per set: {@code W06*N*order*date*shipment}, the parties as N1 loops (N2 company, N3 street, N4 place, PER
 * phone and e-mail), the references as N9s, {@code G62*11*date}, {@code W27*M*carrier*service}, the unit loads as
 * W10s, one LX loop per package ({@code MAN*CP*tracking}, {@code MAN*GM*sscc}) with the lines as W12s in the last
 * one (W12-01 the line status in code list 368, 02 ordered, 03 shipped, 04 difference, 06 the UPC, 07/08 and 17/18
 * the other ids under their 235 qualifiers, in the kind's X12 code), then W03 totals. A 945 carries at most a UPC
 * and two more ids per line; further ids are not written. X12 has no release character: text is cleaned as in a
 * 940 (delimiters and control characters become spaces) and cut to each element's length. Thread-safe.
 *
 * @since 0.3
 */
public final class X12ShipmentAdviceWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final InterchangeOutput output;

    public X12ShipmentAdviceWriter(X12Settings settings) {
        this.output = new InterchangeOutput(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * @param controlNumber ISA13 / GS06, 1 to 999999999
     * @param shipments     at least one, each with an order number and a shipment id
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created, List<ShipmentConfirmation> shipments)
            throws IOException {
        if (shipments.isEmpty()) {
            throw new IllegalArgumentException("An interchange needs at least one shipment confirmation");
        }
        output.write(out, "945", "SW", controlNumber, created, (segments, text) -> {
            int st = 0;
            for (ShipmentConfirmation s : shipments) {
                String st02 = String.format("%04d", ++st);
                segments.resetCount();
                segments.segment("ST", "945", st02);
                body(segments, text, s);
                segments.segment("SE", Integer.toString(segments.count() + 1), st02);
            }
            return st;
        });
    }

    private static void body(SegmentWriter out, X12Text text, ShipmentConfirmation s) throws EDIStreamException {
        String date = s.shipDate() == null ? "" : DATE.format(s.shipDate());
        out.segment("W06", "N", text.clean(s.orderNumber(), 30), date, text.clean(s.shipmentId(), 30));
        for (Party p : s.parties()) {
            party(out, text, p);
        }
        for (Reference r : s.qualifiedReferences()) {
            String qualifier = r.kind() == ReferenceKind.OTHER ? r.code() : X12CodeLists.REFERENCES.codeOf(r.kind(), r.code());
            if (qualifier != null) {
                out.segment("N9", text.clean(qualifier, 3), text.clean(r.value(), 50));
            }
        }
        if (s.shipDate() != null) {
            out.segment("G62", "11", date);
        }
        if (s.carrierCode() != null || s.serviceLevel() != null) {
            out.segment("W27", "M", text.clean(s.carrierCode(), 4), text.clean(s.serviceLevel(), 35));
        }
        for (UnitLoad u : s.unitLoads()) {
            out.segment("W10", text.clean(u.type(), 2), number(u.quantity()));
        }
        int lx = 0;
        for (ShipmentPackage p : s.packages()) {
            out.segment("LX", Integer.toString(++lx));
            if (p.trackingNumber() != null) {
                out.segment("MAN", "CP", text.clean(p.trackingNumber(), 48));
            }
            if (p.sscc() != null) {
                out.segment("MAN", "GM", text.clean(p.sscc(), 48));
            }
        }
        if (lx == 0 && !s.lines().isEmpty()) {
            out.segment("LX", "1");
        }
        for (ShippedLine line : s.lines()) {
            line(out, text, line);
        }
        if (s.totals() != null) {
            var t = s.totals();
            out.segment("W03", number(t.units()), number(t.weight()), text.clean(t.weightUnit(), 2), number(t.volume()),
                    text.clean(t.volumeUnit(), 2), number(t.ladingQuantity()));
        }
    }

    private static void party(SegmentWriter out, X12Text text, Party p) throws EDIStreamException {
        out.segment("N1", text.clean(p.entityCode(), 3), text.clean(p.name(), 60), text.clean(p.idQualifier(), 2),
                text.clean(p.id(), 80));
        Address a = p.address();
        if (a == null) {
            return;
        }
        if (a.company() != null) {
            out.segment("N2", text.clean(a.company(), 60));
        }
        if (a.line1() != null || a.line2() != null) {
            out.segment("N3", text.clean(a.line1(), 55), text.clean(a.line2(), 55));
        }
        if (a.city() != null || a.state() != null || a.postalCode() != null || a.country() != null) {
            out.segment("N4", text.clean(a.city(), 30), text.clean(a.state(), 2), text.clean(a.postalCode(), 15),
                    text.clean(a.country(), 3));
        }
        if (a.phone() != null || a.email() != null) {
            List<String> per = new ArrayList<>(List.of("IC", ""));
            if (a.phone() != null) {
                per.addAll(List.of("TE", text.clean(a.phone(), 256)));
            }
            if (a.email() != null) {
                per.addAll(List.of("EM", text.clean(a.email(), 256)));
            }
            out.segment("PER", per.toArray(String[]::new));
        }
    }

    private static void line(SegmentWriter out, X12Text text, ShippedLine line) throws EDIStreamException {
        String upc = "";
        List<String[]> pairs = new ArrayList<>();
        for (ItemId id : line.ids()) {
            String code = X12Code.of(id);
            if (upc.isEmpty() && "UP".equals(code) && pairs.isEmpty()) {
                upc = text.clean(id.value(), 12);
            } else if (pairs.size() < 2) {
                pairs.add(new String[] {code, text.clean(id.value(), 48)});
            }
        }
        String status = line.status() == null ? "" : X12CodeLists.LINE_STATUSES.codeOf(line.status(), line.lineStatus());
        String[] w12 = new String[pairs.size() > 1 ? 18 : pairs.isEmpty() ? 6 : 8];
        java.util.Arrays.fill(w12, "");
        w12[0] = status == null ? "" : status;
        w12[1] = number(line.quantityOrdered());
        w12[2] = number(line.quantityShipped());
        w12[3] = number(line.quantityDifference());
        w12[4] = "EA";
        w12[5] = upc;
        if (!pairs.isEmpty()) {
            w12[6] = pairs.get(0)[0];
            w12[7] = pairs.get(0)[1];
        }
        if (pairs.size() > 1) {
            w12[16] = pairs.get(1)[0];
            w12[17] = pairs.get(1)[1];
        }
        out.segment("W12", w12);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** The X12 235 qualifier of a neutral id: its own code when that is one of its kind's, else the kind's default. */
    static final class X12Code {
        private X12Code() {
        }

        static String of(ItemId id) {
            String code = id.kind() == ItemIdKind.OTHER ? X12CodeLists.ITEM_IDS.find(id.code()).map(k -> id.code())
                    .orElse(id.code()) : X12CodeLists.ITEM_IDS.codeOf(id.kind(), id.code());
            return code == null || code.isBlank() ? "ZZ" : code;
        }
    }
}

package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.x12.X12CodeLists;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Maps one 856 Ship Notice to one {@link ShipmentConfirmation} per order (O) level, emitted at SE.
 *
 * <p>The HL hierarchy is walked in file order (HL-03 level code), which is depth first in every
 * shape seen: S-O-P-I (packs inside orders), S-O-I (no pack level) and S-O-T-P-I (tare levels,
 * whose pallet marks are ignored); an 856 may have no O level at all (S-P-I, S-I), and then its
 * orders are numbered by the PRF of each item (or pack), else, for a single order, by the PRF at
 * the shipment level, which also numbers the only O level of a file whose order has no PRF of its
 * own. HL-02 (the parent) is not needed: the levels are read in file order. Read per level:
 * <ul>
 *   <li>S (shipment): TD5 (03 SCAC, 12 service level, else 05 routing), DTM {@code 011} (shipped),
 *       REF {@code CN}/{@code 2I} and MAN: tracking shared by orders that have no package of their own;
 *       every REF as a reference, N1 loops as parties, the first TD1 as totals (02 lading quantity,
 *       07/08 weight, 09/10 volume);</li>
 *   <li>O (order): PRF-01 (the order number), TD5 (overrides the shipment's), REF/MAN as packages;
 *       every REF as a reference (overriding the shipment's of the same qualifier), N1 loops as parties;</li>
 *   <li>P (pack): one package from its MAN (and REF {@code CN}/{@code 2I}) segments;</li>
 *   <li>I (item): LIN id pairs (02/03, 04/05, ...; see {@link ItemIds}) and SN1 (02 shipped,
 *       05 ordered, 08 line item status); MAN (and REF {@code CN}/{@code 2I}) as a package of the order unless
 *       one of its packs already is; in an 856 without O levels, PRF-01 (the order the item belongs to: items
 *       of several orders may follow one another, each going to the order its PRF names).</li>
 * </ul>
 * The set's orders are held until SE (an 856 carries a truckload, not a catalogue); BSN-02 is the
 * shipment id and BSN-03 the fallback ship date.
 */
public final class ShipNotice856Handler implements TransactionHandler<ShipmentConfirmation> {

    private final List<EdiError> errors = new ArrayList<>();
    private final ContentValues values = new ContentValues(errors);
    private final List<ShipNoticeLevel> orders = new ArrayList<>();
    private final PackageMarks shipmentMarks = new PackageMarks();
    private final PackageMarks marks = new PackageMarks();
    private final PartyLoop partyLoop = new PartyLoop();
    private ShipNoticeLevel shipment = new ShipNoticeLevel(null);
    private ShipNoticeLevel order;
    private ShipmentTotals totals;
    private X12Segment bsn;
    private LocalDate shipped;
    /** PRF at the shipment level: the order number of an 856 whose one order has no O level of its own. */
    private String shipmentOrderNumber;
    private String level = "";
    private X12Segment lin;
    private X12Segment sn1;

    @Override
    public String transactionSetId() {
        return "856";
    }

    @Override
    public String documentName() {
        return "856 Ship Notice";
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
            case "BSN" -> bsn = s;
            case "HL" -> startLevel(s);
            case "TD5" -> carrier(s);
            case "DTM" -> {
                if ("011".equals(s.value(1)) && shipped == null) {
                    shipped = values.date(s, 2);
                }
            }
            case "REF" -> reference(s);
            case "TD1" -> {
                if ("S".equals(level) && totals == null) {
                    totals = new ShipmentTotals(null, values.decimal(s, 7), s.value(8), values.decimal(s, 9), s.value(10),
                            values.decimal(s, 2));
                }
            }
            case "N1" -> {
                ShipNoticeLevel current = currentLevel();
                if (current != null) {
                    partyLoop.start(s, current.parties);
                }
            }
            case "MAN" -> currentMarks().add(s);
            case "PRF" -> purchaseOrder(s);
            case "LIN" -> lin = s;
            case "SN1" -> sn1 = s;
            case "SE" -> finish(envelope, out);
            default -> { }
        }
    }

    /**
     * PRF-01 names the order of the level it is in. At an item (or pack) level of an 856 without O levels (S-I,
     * S-P-I), it is the only place the order is named, and items of several orders may follow one another: each
     * item goes to the order its PRF names. Under an O level, an item's PRF only numbers an order whose O level has
     * none.
     */
    private void purchaseOrder(X12Segment prf) {
        String number = prf.value(1);
        if ("S".equals(level)) {
            if (shipmentOrderNumber == null) {
                shipmentOrderNumber = number;
            }
        } else if (order != null && number != null && !level.isEmpty()) {
            if (order.orderNumber == null) {
                order.orderNumber = number;
            } else if (!"O".equals(level) && !order.fromOrderLevel() && !number.equals(order.orderNumber)) {
                order = implicitOrder(number, prf);
            }
        }
    }

    /** {@return the order without an O level that {@code number} names, a new one when none does yet} */
    private ShipNoticeLevel implicitOrder(String number, X12Segment prf) {
        for (ShipNoticeLevel o : orders) {
            if (!o.fromOrderLevel() && number.equals(o.orderNumber)) {
                return o;
            }
        }
        ShipNoticeLevel o = new ShipNoticeLevel(prf);
        o.orderNumber = number;
        orders.add(o);
        return o;
    }

    private void reference(X12Segment ref) {
        String qualifier = ref.value(1);
        if ("CN".equals(qualifier) || "2I".equals(qualifier)) {
            currentMarks().add(new X12Segment(ref.position(), "MAN", List.of("CP", ref.element(2))));
        }
        ShipNoticeLevel current = currentLevel();
        if (current != null) {
            current.reference(qualifier, ref.value(2));
        }
    }

    /** {@return the shipment or order level being read, or {@code null} within a pack or item} */
    private ShipNoticeLevel currentLevel() {
        return switch (level) {
            case "S", "" -> shipment;                   // "": heading segments before the first HL
            case "O" -> order;
            default -> null;
        };
    }

    private PackageMarks currentMarks() {
        return "S".equals(level) || level.isEmpty() ? shipmentMarks : marks;
    }

    private void startLevel(X12Segment hl) {
        closeLevel();
        level = hl.value(3) == null ? "" : hl.value(3);
        if ("S".equals(level)) {
            if (shipment.hl != null) {
                shipment = new ShipNoticeLevel(hl);     // a second shipment level; the first keeps the heading segments
            }
        } else if ("O".equals(level) || order == null && !level.isEmpty()) {
            // a pack, tare or item level before any order level: an 856 of one order without O levels
            // (S-P-I, S-I), whose order number is the PRF at the shipment level
            order = new ShipNoticeLevel(hl);
            orders.add(order);
        }
    }

    /**
     * Ends the level being read: its package or item goes to the current order. MAN (or REF CN/2I) marks at an
     * order, pack or item level are a package of the order (an 856 without pack levels often marks each item with
     * the parcel it went in), each package once; a tare level's pallet marks are not.
     */
    private void closeLevel() {
        if (order != null && ("O".equals(level) || "P".equals(level) || "I".equals(level))) {
            List<ShipmentPackage> found = new ArrayList<>(1);
            marks.flushTo(found);
            found.stream().filter(p -> !order.packages.contains(p)).forEach(order.packages::add);
        }
        marks.clear();
        if (lin != null || sn1 != null) {
            if (order != null) {
                order.lines.add(line());
            }
            lin = sn1 = null;
        }
    }

    private ShippedLine line() {
        ItemIds ids = new ItemIds();
        String qualifier = lin == null ? null : lin.value(2);
        String id = lin == null ? null : lin.value(3);
        for (int i = 2; lin != null && i < lin.elements().size(); i += 2) {
            ids.add(lin.value(i), lin.value(i + 1));
        }
        if (sn1 == null) {
            return new ShippedLine(ids.sku(), ids.gtin(), qualifier, id, null, null, null, null, ids.all(),
                    X12CodeLists.itemIds(ids.all()), null);
        }
        BigDecimal ordered = values.decimal(sn1, 5);
        BigDecimal shipped = values.decimal(sn1, 2);
        return new ShippedLine(ids.sku(), ids.gtin(), qualifier, id, ordered, shipped,
                ItemIds.difference(null, ordered, shipped), sn1.value(8), ids.all(), X12CodeLists.itemIds(ids.all()),
                sn1.value(8) == null ? null : X12CodeLists.LINE_STATUSES.kindOf(sn1.value(8)));
    }

    private void carrier(X12Segment td5) {
        String scac = td5.value(3);
        String svc = td5.value(12) != null ? td5.value(12) : td5.value(5);
        if ("O".equals(level) && order != null) {
            order.carrier = scac;
            order.service = svc;
        } else if (shipment.carrier == null) {
            shipment.carrier = scac;
            shipment.service = svc;
        }
    }

    private void finish(Envelope envelope, Consumer<ShipmentConfirmation> out) {
        closeLevel();
        X12Segment st = envelope.st;
        if (bsn == null || bsn.value(2) == null) {
            values.missing(st, "BSN shipment id (BSN-02)");
            return;
        }
        if (orders.isEmpty()) {
            values.missing(st, "order (O) level in its HL hierarchy");
            return;
        }
        List<ShipmentPackage> shared = new ArrayList<>();
        shipmentMarks.flushTo(shared);
        LocalDate date = shipped != null ? shipped : values.date(bsn, 3);
        for (ShipNoticeLevel o : orders) {
            if (o.orderNumber == null && orders.size() == 1) {
                o.orderNumber = shipmentOrderNumber;         // the only order, numbered at the shipment level
            }
            if (o.orderNumber == null) {
                errors.add(new EdiError(o.hl.position(), "HL", "MISSING_DATA", "Order level HL " + o.hl.element(1)
                        + " of transaction set " + st.element(2) + " has no PRF order number."));
                continue;
            }
            out.accept(o.confirmation(shipment, bsn.value(2), date, shared, totals, envelope));
        }
    }

    private void reset() {
        orders.clear();
        shipmentMarks.clear();
        marks.clear();
        partyLoop.clear();
        shipment = new ShipNoticeLevel(null);
        order = null;
        totals = null;
        bsn = lin = sn1 = null;
        shipped = null;
        shipmentOrderNumber = null;
        level = "";
    }
}

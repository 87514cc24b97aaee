package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.x12.X12CodeLists;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Maps an 846 Inventory Inquiry/Advice to items, each emitted as soon as its LIN loop ends (at the
 * next LIN, CTT or SE), so that a million-item set streams: BIA (03 reference, 04 date, 05 time;
 * a header DTM when BIA-04 is empty) makes the header; each LIN (id pairs 02/03, 04/05, ...; see
 * {@link ItemIds}; a LIN without any qualified id is an error) with its QTY segments (01 qualifier,
 * 02 quantity) makes an item. DTM, N1, PID and other segments inside the loops are read past.
 */
public final class Inventory846Handler implements TransactionHandler<Inventory846Handler.Entry> {

    /** An item and the header of the set it belongs to. */
    public record Entry(InventorySnapshotHeader header, InventoryItem item) {
    }

    private final List<EdiError> errors = new ArrayList<>();
    private final ContentValues values = new ContentValues(errors);
    private final Map<String, BigDecimal> quantities = new LinkedHashMap<>();
    private InventorySnapshotHeader header;
    private X12Segment bia;
    private LocalDateTime headerDtm;
    private X12Segment lin;

    @Override
    public String transactionSetId() {
        return "846";
    }

    @Override
    public String documentName() {
        return "846 Inventory Inquiry/Advice";
    }

    @Override
    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void segment(X12Segment s, Envelope envelope, Consumer<Entry> out) {
        switch (s.tag()) {
            case "ST" -> {
                header = null;
                bia = lin = null;
                headerDtm = null;
                quantities.clear();
            }
            case "BIA" -> bia = s;
            case "DTM" -> {
                if (bia != null && lin == null && header == null && headerDtm == null) {
                    LocalDate date = values.date(s, 2);
                    LocalTime time = values.time(s, 3);
                    headerDtm = date == null || time == null ? null : date.atTime(time);
                }
            }
            case "LIN" -> {
                emit(envelope, out);
                lin = s;
            }
            case "QTY" -> {
                if (lin != null && s.value(1) != null) {
                    BigDecimal quantity = values.decimal(s, 2);
                    if (quantity != null) {
                        quantities.put(s.value(1), quantity);
                    }
                }
            }
            case "CTT", "SE" -> {
                emit(envelope, out);
                if (bia == null && "SE".equals(s.tag())) {
                    values.missing(envelope.st, "BIA beginning segment");
                }
            }
            default -> { }
        }
    }

    private void emit(Envelope envelope, Consumer<Entry> out) {
        if (lin == null) {
            return;
        }
        if (header == null && !makeHeader(envelope)) {
            lin = null;
            return;
        }
        ItemIds ids = new ItemIds();
        for (int i = 2; i < lin.elements().size(); i += 2) {
            ids.add(lin.value(i), lin.value(i + 1));
        }
        if (ids.all().isEmpty()) {
            errors.add(new EdiError(lin.position(), "LIN", "MISSING_DATA",
                    "LIN has no qualified item id (a qualifier such as SK, VN or UP with its id)."));
        } else {
            out.accept(new Entry(header, new InventoryItem(ids.sellerSku(), ids.gtin(), ids.vendorItem(), quantities,
                    ids.all(), X12CodeLists.itemIds(ids.all()), X12CodeLists.quantities(quantities))));
        }
        quantities.clear();
        lin = null;
    }

    private boolean makeHeader(Envelope envelope) {
        if (bia == null) {
            values.missing(envelope.st, "BIA beginning segment before its first LIN");
            return false;
        }
        LocalDateTime asOf = headerDtm;
        LocalDate date = values.date(bia, 4);
        if (date != null) {
            LocalTime time = values.time(bia, 5);
            asOf = time == null ? null : date.atTime(time);
        }
        header = new InventorySnapshotHeader(asOf, bia.value(3), envelope.interchangeControlNumber(),
                envelope.transactionControlNumber());
        return true;
    }
}

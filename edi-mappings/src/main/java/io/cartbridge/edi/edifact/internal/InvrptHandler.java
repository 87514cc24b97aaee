package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.edifact.EdifactCodeLists;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads INVRPT messages one item (LIN group) at a time, each emitted when the next LIN or the UNT
 * starts, so memory stays flat however many items a message holds. The mapping is documented on
 * {@link io.cartbridge.edi.edifact.EdifactInventoryReportReader}.
 */
public final class InvrptHandler implements MessageHandler<InvrptHandler.Entry> {

    /** An item with the header of the message it came from. */
    public record Entry(InventorySnapshotHeader header, InventoryItem item) {
    }

    private final List<EdiError> errors = new ArrayList<>();
    private final Values values = new Values(errors);
    private final String itemType;
    private String reference;
    private LocalDateTime documentDate;
    private LocalDateTime stockDate;
    private InventorySnapshotHeader header;
    private EdifactSegment lin;
    private ItemIds ids;
    private final Map<String, BigDecimal> quantities = new LinkedHashMap<>();
    /** The sub-group (counted up at each INV and LOC of the item) each qualifier was last read in. */
    private final Map<String, Integer> subGroupOf = new HashMap<>();
    private int subGroup;
    private boolean packaging;

    public InvrptHandler(String itemType) {
        this.itemType = itemType;
    }

    @Override
    public String messageType() {
        return "INVRPT";
    }

    @Override
    public String documentName() {
        return "INVRPT inventory report";
    }

    @Override
    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void segment(EdifactSegment s, Envelope envelope, Consumer<Entry> out) {
        if (!"MEA".equals(s.tag()) && !"QTY".equals(s.tag())) {
            packaging = false;
        }
        switch (s.tag()) {
            case "UNH" -> {
                reference = null;
                documentDate = null;
                stockDate = null;
                header = null;
                lin = null;
            }
            case "BGM" -> reference = s.value(2, 1);
            case "DTM" -> {
                if (lin == null && header == null) {
                    String qualifier = s.value(1, 1);
                    if ("366".equals(qualifier)) {
                        stockDate = values.dateTime(s);
                    } else if ("137".equals(qualifier)) {
                        documentDate = values.dateTime(s);
                    }
                }
            }
            case "LIN" -> {
                emit(out);
                if (header == null) {
                    header = new InventorySnapshotHeader(stockDate != null ? stockDate : documentDate, reference,
                            envelope.interchangeControlReference(), envelope.messageReference());
                }
                lin = s;
                ids = new ItemIds();
                ids.lin(s);
                quantities.clear();
                subGroupOf.clear();
                subGroup = 0;
                packaging = false;
            }
            case "PIA" -> {
                if (lin != null) {
                    ids.pia(s);
                }
            }
            case "QTY" -> {
                if (lin != null && !packaging && s.value(1, 1) != null) {
                    quantity(s);
                }
            }
            case "INV", "LOC" -> subGroup++;
            case "PAC" -> packaging = lin != null;
            case "UNT" -> emit(out);
            default -> { }
        }
    }

    /**
     * A qualifier met again in another sub-group of the item (after an INV or a LOC: the stock of another
     * bin or inventory group) is added to what was read; met again within one sub-group, it replaces it.
     */
    private void quantity(EdifactSegment s) {
        BigDecimal quantity = values.number(s, 1, 2);
        if (quantity == null) {
            return;
        }
        String qualifier = s.value(1, 1);
        Integer previous = subGroupOf.put(qualifier, subGroup);
        if (previous != null && previous != subGroup) {
            quantities.merge(qualifier, quantity, BigDecimal::add);
        } else {
            quantities.put(qualifier, quantity);
        }
    }

    private void emit(Consumer<Entry> out) {
        if (lin == null) {
            return;
        }
        if (ids.isEmpty()) {
            values.missing(lin, "Item " + lin.element(1) + " has no item id (LIN C212 or PIA).");
        } else if (errors.isEmpty()) {
            String vendor = ids.all().containsKey("MF") ? ids.all().get("MF") : ids.all().get("BP");
            out.accept(new Entry(header, new InventoryItem(ids.sku(itemType), ids.gtin(), vendor, quantities,
                    ids.all(), EdifactCodeLists.itemIds(ids.all()), EdifactCodeLists.quantities(quantities))));
        }
        lin = null;
    }
}

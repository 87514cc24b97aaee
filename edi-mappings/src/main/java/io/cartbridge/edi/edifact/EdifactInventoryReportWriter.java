package io.cartbridge.edi.edifact;

import static io.cartbridge.edi.edifact.internal.SegmentOut.composite;

import io.cartbridge.edi.edifact.internal.SegmentOut;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an inventory snapshot as one UN/EDIFACT INVRPT message in one interchange, one item at a
 * time (flat memory for any number of items): what a warehouse sends, as the sandbox warehouse does
 * and {@link EdifactInventoryReportReader} reads back to the same values.
 *
 * <p>Envelope as {@link EdifactOrdersWriter} (sender the warehouse, application reference
 * {@code INVRPT}). The message, empty elements and segments left out:
 * <pre>
 * UNH+1+INVRPT:D:96A:UN[:association code]
 * BGM+35+reference+9     DTM+137:created(CCYYMMDDHHMM):203     DTM+366:asOf(CCYYMMDDHHMM):203
 * per item: LIN+n++gtin:EN   PIA+5+sku:itemType   PIA+1+vendorItem:MF
 *           QTY+qualifier:quantity (each quantity, keyed by its code list 6063 qualifier, e.g. 145, 198)
 * UNT+segments+1
 * </pre>
 * A snapshot of more items than one message can count (UNT 0074 holds at most 999999 segments, about 250,000 items)
 * goes on in further messages of the same interchange, each with the same BGM and dates.
 * The quantities' keys are written as they are: a caller holding X12 846 qualifiers ({@code 33},
 * {@code 17}) maps them first. Instances are immutable and thread-safe; the output stream is flushed,
 * not closed.
 *
 * @since 0.2
 */
public final class EdifactInventoryReportWriter {

    /** QTY 6063: quantity available (for sale). */
    public static final String AVAILABLE = "198";
    /** QTY 6063: actual stock (on hand). */
    public static final String ON_HAND = "145";

    /** Segments a message may hold, UNH and UNT included (UNT 0074 is n..6), less a margin. */
    static final int MAX_SEGMENTS = 999_990;

    private static final DateTimeFormatter F203 = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final EdifactSettings settings;
    private final String itemType;

    /** A writer that types each item's SKU {@code SA} (supplier's article number) in PIA. */
    public EdifactInventoryReportWriter(EdifactSettings settings) {
        this(settings, "SA");
    }

    /**
     * @param settings the envelope and syntax settings (sender: the warehouse)
     * @param itemType the PIA item number type (code list 7143) of the SKU, for example {@code SA}
     */
    public EdifactInventoryReportWriter(EdifactSettings settings, String itemType) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.itemType = Objects.requireNonNull(itemType, "itemType");
    }

    /**
     * @param controlReference UNB 0020, 1 to 99999999999999
     * @param created          UNB date and time, and DTM+137
     * @param snapshot         its {@code asOf} (required, DTM+366) and {@code reference} (BGM, {@code INV-}
     *                         and the control reference when null); its control numbers are not used
     * @param items            pulled one at a time; each needs a SKU, a GTIN or a vendor item
     * @throws IllegalArgumentException for an out-of-range control reference or an item without id
     */
    public void write(OutputStream out, long controlReference, LocalDateTime created, InventorySnapshotHeader snapshot,
                      Iterable<InventoryItem> items) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(snapshot.asOf(), "snapshot.asOf");
        EdifactOrdersWriter.checkControlReference(controlReference);
        SegmentOut segments = new SegmentOut(out, settings);
        String reference = Long.toString(controlReference);
        segments.header(reference, created, "INVRPT");
        int messages = 1;
        startMessage(segments, messages, snapshot, reference, created);
        int lin = 0;
        for (InventoryItem item : items) {
            if (item.sku() == null && item.upc() == null && item.vendorItem() == null) {
                throw new IllegalArgumentException("Item " + (lin + 1) + " has no SKU, GTIN or vendor item: " + item);
            }
            if (segments.count() + 3 + item.quantities().size() >= MAX_SEGMENTS) {
                // UNT 0074 counts at most 999999 segments: a large snapshot goes on in another message of the interchange
                segments.segment("UNT", Integer.toString(segments.count() + 1), Integer.toString(messages));
                startMessage(segments, ++messages, snapshot, reference, created);
            }
            segments.segment("LIN", Integer.toString(++lin), null, item.upc() == null ? null : composite(item.upc(), "EN"));
            if (item.sku() != null) {
                segments.segment("PIA", "5", composite(item.sku(), itemType));
            }
            if (item.vendorItem() != null) {
                segments.segment("PIA", "1", composite(item.vendorItem(), "MF"));
            }
            for (Map.Entry<String, BigDecimal> q : item.quantities().entrySet()) {
                segments.segment("QTY", composite(q.getKey(), q.getValue().toPlainString()));
            }
        }
        segments.segment("UNT", Integer.toString(segments.count() + 1), Integer.toString(messages));
        segments.trailer(messages, reference);
    }

    private void startMessage(SegmentOut segments, int message, InventorySnapshotHeader snapshot, String reference,
                              LocalDateTime created) throws IOException {
        segments.resetCount();
        segments.segment("UNH", Integer.toString(message), composite("INVRPT", "D", settings.release(), "UN",
                settings.associationCode()));
        segments.segment("BGM", "35", snapshot.reference() == null ? "INV-" + reference : snapshot.reference(), "9");
        segments.segment("DTM", composite("137", F203.format(created), "203"));
        segments.segment("DTM", composite("366", F203.format(snapshot.asOf()), "203"));
    }
}

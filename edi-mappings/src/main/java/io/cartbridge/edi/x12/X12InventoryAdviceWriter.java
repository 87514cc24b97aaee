package io.cartbridge.edi.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.StockQuantity;
import io.cartbridge.edi.x12.internal.InterchangeOutput;

/**
 * Writes an inventory snapshot as one X12 846 Inventory Inquiry/Advice in one interchange (GS01 {@code IB}), one
 * item at a time (flat memory for any number of items): what a warehouse sends, and what
 * {@link X12InventoryAdviceReader} reads back to the same canonical values.
 *
 * <pre>
 * ST*846   BIA*00*MM*reference*asOf date*asOf time(HHMMSS)
 * per item: LIN**qualifier*id*qualifier*id...  (every id, under its kind's 235 qualifier)
 *           QTY*qualifier*quantity*EA        (every quantity, under its kind's 673 qualifier)
 * CTT*items   SE
 * </pre>
 * Thread-safe; the output stream is flushed, not closed.
 *
 * @since 0.3
 */
public final class X12InventoryAdviceWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private final InterchangeOutput output;

    public X12InventoryAdviceWriter(X12Settings settings) {
        this.output = new InterchangeOutput(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * @param snapshot its {@code asOf} (required) and {@code reference} ({@code INV-} and the control number when
     *                 null); its control numbers are not used
     * @param items    pulled one at a time; each needs an id
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created, InventorySnapshotHeader snapshot,
                      Iterable<InventoryItem> items) throws IOException {
        Objects.requireNonNull(snapshot.asOf(), "snapshot.asOf");
        output.write(out, "846", "IB", controlNumber, created, (segments, text) -> {
            segments.resetCount();
            segments.segment("ST", "846", "0001");
            segments.segment("BIA", "00", "MM", text.clean(snapshot.reference() == null ? "INV-" + controlNumber
                    : snapshot.reference(), 30), DATE.format(snapshot.asOf()), TIME.format(snapshot.asOf()));
            int count = 0;
            for (InventoryItem item : items) {
                if (item.ids().isEmpty()) {
                    throw new IllegalArgumentException("Item " + (count + 1) + " has no id: " + item);
                }
                List<String> lin = new ArrayList<>(List.of(""));
                for (ItemId id : item.ids()) {
                    lin.add(X12ShipmentAdviceWriter.X12Code.of(id));
                    lin.add(text.clean(id.value(), 48));
                }
                segments.segment("LIN", lin.toArray(String[]::new));
                for (StockQuantity q : item.stock()) {
                    String code = q.kind() == QuantityKind.OTHER ? q.code()
                            : X12CodeLists.QUANTITIES.codeOf(q.kind(), q.code());
                    segments.segment("QTY", code == null ? "ZZ" : code, q.quantity().toPlainString(), "EA");
                }
                count++;
            }
            segments.segment("CTT", Integer.toString(count));
            segments.segment("SE", Integer.toString(segments.count() + 1), "0001");
            return 1;
        });
    }
}

package io.cartbridge.edi.x12;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.x12.internal.Inventory846Handler;
import io.cartbridge.edi.x12.internal.X12ItemStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads X12 846 Inventory Inquiry/Advices as {@link InventoryItem}s, one LIN loop at a time, each
 * handed out as soon as its loop ends: a 1,000,000-item file streams in constant memory. The
 * header of the snapshot the last item belongs to is {@link #header()}.
 *
 * <p>Accepts any number of interchanges per file, 004010 and 005010 side by side, any delimiters
 * (taken from each ISA, including control characters such as 0x15 as segment terminator), with or
 * without line breaks (LF or CRLF). Rejects, with an {@link EdiException} listing every error and
 * its segment position: the envelope errors of {@link X12Validator} (counts, control numbers,
 * malformed ISA, truncation), a transaction set CartBridge does not handle
 * ({@code UNSUPPORTED_TRANSACTION}) or of another type ({@code WRONG_TRANSACTION}), a file without
 * any set of this type, and the content errors listed below ({@code MISSING_DATA},
 * {@code INVALID_ELEMENT} for a number or date that does not parse). Streaming, positions, resume
 * and failure follow {@link EdiItemReader}.
 *
 * <p>Because items stream before their set's SE is read, an envelope error at the end of a set
 * (a wrong SE count, say) surfaces only after that set's items were handed out; the inventory job
 * therefore validates the file ({@link X12Validator}) before applying it.
 *
 * <p>Mapping: BIA-03 reference, BIA-04/05 as-of (else a header DTM: 02 date, 03 time); per LIN the
 * {@code SK} id as SKU, {@code UP}/{@code UK}/{@code EN}/{@code UI} as UPC, {@code VN} (else
 * {@code BP}, {@code MG}) as vendor item, and every QTY by qualifier ({@code 33} available for sale,
 * {@code 17} on hand, ...). A set without BIA before its first LIN, or a LIN without any of those
 * ids, is rejected ({@code MISSING_DATA}). Several 846 sets per file are read one after the other;
 * a set without LIN yields no item.
 *
 * @since 0.1
 */
public final class X12InventoryAdviceReader implements InventorySnapshotReader {

    private final X12ItemStream<Inventory846Handler.Entry> stream;
    private InventorySnapshotHeader header;

    private X12InventoryAdviceReader(InputStream in) {
        this.stream = new X12ItemStream<>(in, new Inventory846Handler());
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item
     */
    public static X12InventoryAdviceReader open(InputStream in) {
        return new X12InventoryAdviceReader(in);
    }

    @Override
    public InventoryItem next() throws EdiException {
        Inventory846Handler.Entry entry = stream.next();
        if (entry == null) {
            return null;
        }
        header = entry.header();
        return entry.item();
    }

    /**
     * {@return the header of the transaction set of the item last returned (or skipped), or
     * {@code null} before the first item}
     */
    public InventorySnapshotHeader header() {
        return header;
    }

    @Override
    public long position() {
        return stream.position();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}

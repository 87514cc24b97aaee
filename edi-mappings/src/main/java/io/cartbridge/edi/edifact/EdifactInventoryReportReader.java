package io.cartbridge.edi.edifact;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.edifact.internal.InvrptHandler;
import io.cartbridge.edi.edifact.internal.ItemStream;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads EDIFACT INVRPT inventory reports one {@link InventoryItem} at a time, in flat memory: an item
 * is handed out as soon as the next LIN (or the UNT) shows it is complete.
 *
 * <p>Envelopes, syntax and failures as for {@link EdifactDespatchAdviceReader} ({@code WRONG_MESSAGE}
 * for a message other than INVRPT). Mapping: BGM 1004 the report's reference; the heading's DTM 366
 * (stock level date), else DTM 137 (document date), the as-of moment; each LIN group an item: its ids
 * from LIN C212 and the PIAs keyed by item number type (the SKU the id of the reader's type, else of
 * type SA, IN, BP, MF or none; the GTIN an id of type EN, SRV, UP, UA or UK; the vendor item MF,
 * else BP), every QTY of the group keyed by its qualifier (code list 6063, for example {@code 145}
 * actual stock, {@code 17} quantity on hand, {@code 198} quantity available). A qualifier that comes
 * again after an INV or a LOC of the item (INVRPT's inventory groups and EANCOM's QTY-LOC groups: the
 * stock of another bin or location) is added up, so that the item reports its total; one repeated
 * within a group replaces the earlier value. The QTYs of the item's packaging (those right after a PAC
 * or its MEAs) are not stock. An item without any id is rejected ({@code MISSING_DATA}).
 *
 * @since 0.1
 */
public final class EdifactInventoryReportReader implements InventorySnapshotReader {

    private final ItemStream<InvrptHandler.Entry> stream;
    private InventorySnapshotHeader header;

    private EdifactInventoryReportReader(InputStream in, String itemType) {
        this.stream = new ItemStream<>(in, new InvrptHandler(itemType));
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item, taking the SKU from ids of type {@code SA} first
     */
    public static EdifactInventoryReportReader open(InputStream in) {
        return open(in, "SA");
    }

    /**
     * @param in       the file
     * @param itemType the item number type (code list 7143) the partner gives the SKU
     * @return a reader before the first item
     */
    public static EdifactInventoryReportReader open(InputStream in, String itemType) {
        return new EdifactInventoryReportReader(in, itemType);
    }

    @Override
    public InventoryItem next() throws EdiException {
        InvrptHandler.Entry entry = stream.next();
        if (entry == null) {
            return null;
        }
        header = entry.header();
        return entry.item();
    }

    /**
     * {@return the header of the message of the item last returned (or skipped), or {@code null} before
     * the first item; {@code transactionControlNumber} is the UNH message reference and
     * {@code interchangeControlNumber} the UNB control reference}
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

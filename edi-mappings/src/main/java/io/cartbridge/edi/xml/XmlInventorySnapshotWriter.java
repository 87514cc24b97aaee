package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.xml.internal.Headers;
import io.cartbridge.edi.xml.internal.InventoryMapping;
import io.cartbridge.edi.xml.internal.XmlDocumentWriter;
import io.cartbridge.edi.xml.internal.XmlValues;
import io.cartbridge.edi.xml.internal.jaxb.StockItemType;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Writes an inventory snapshot as one warehouse XML {@code InventorySnapshot} file, validated
 * against the XSD while it is written, one item at a time (flat memory for any number of items).
 * The inverse of {@link XmlInventorySnapshotReader}. Thread-safe.
 *
 * @since 0.1
 */
public final class XmlInventorySnapshotWriter {

    private final XmlSettings settings;

    public XmlInventorySnapshotWriter(XmlSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param out           where the file goes; flushed, not closed
     * @param controlNumber the file's control number
     * @param created       when the file is written, UTC
     * @param snapshot      its {@code asOf} (required, written as local time) and {@code reference};
     *                      its control numbers are not used
     * @param items         the items, pulled one at a time; each needs an id and a quantity
     * @throws EdiException when an item breaks the XSD, every error listed with the item's ids
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created, InventorySnapshotHeader snapshot,
                      Iterable<InventoryItem> items) throws EdiException {
        Objects.requireNonNull(snapshot.asOf(), "snapshot.asOf");
        XmlDocumentWriter writer = new XmlDocumentWriter(out, XmlDocumentKind.INVENTORY_SNAPSHOT);
        writer.start(Headers.of(Long.toString(controlNumber), settings.senderId(), settings.receiverId(), created,
                settings.test()));
        writer.text("AsOf", XmlValues.local(snapshot.asOf()).toXMLFormat());
        if (snapshot.reference() != null) {
            writer.text("Reference", snapshot.reference());
        }
        for (InventoryItem item : items) {
            writer.element("Item", StockItemType.class, InventoryMapping.toXml(item), "Item " + item.itemIds());
        }
        writer.finish();
    }
}

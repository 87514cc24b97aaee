package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.xml.internal.InventoryMapping;
import io.cartbridge.edi.xml.internal.InvalidValueException;
import io.cartbridge.edi.xml.internal.XmlItemStream;
import io.cartbridge.edi.xml.internal.XmlValues;
import io.cartbridge.edi.xml.internal.jaxb.StockItemType;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a warehouse XML {@code InventorySnapshot} as {@link InventoryItem}s, one {@code Item}
 * element at a time: a 1,000,000-item snapshot streams in flat memory. The snapshot's header is
 * {@link #header()}.
 *
 * <p>Validation, safe parsing and errors as {@link XmlShipmentConfirmationReader}; streaming,
 * positions, resume and failure follow {@link EdiItemReader}.
 *
 * <p>Mapping: every {@code ItemId} keyed by its model qualifier (see
 * {@link XmlShipmentConfirmationReader}); the SKU is the {@code SellerSku} only, the UPC the
 * {@code Gtin}, the vendor item the {@code WarehouseItem} (else {@code BuyerPart}, else
 * {@code ManufacturerPart}); every {@code Quantity} keyed by its model qualifier: {@code Available}
 * 33, {@code OnHand} 17, {@code OnHold} QH, {@code Committed} 27, {@code InTransit} IQ,
 * {@code ProjectedAvailable} 29, or its {@code code} attribute, else the kind's word
 * ({@code Damaged}, {@code Other}); the last of a key wins.
 *
 * @since 0.1
 */
public final class XmlInventorySnapshotReader extends XmlStreamReader<StockItemType, InventoryItem>
        implements InventorySnapshotReader {

    private InventorySnapshotHeader header;

    private XmlInventorySnapshotReader(InputStream in) {
        super(new XmlItemStream<>(in, XmlDocumentKind.INVENTORY_SNAPSHOT, StockItemType.class,
                (item, ordinal, h) -> InventoryMapping.fromXml(item)), XmlDocumentKind.INVENTORY_SNAPSHOT);
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item
     */
    public static XmlInventorySnapshotReader open(InputStream in) {
        return new XmlInventorySnapshotReader(in);
    }

    @Override
    public InventoryItem next() throws EdiException {
        InventoryItem item = super.next();
        if (header == null && stream().header() != null) {
            header = snapshotHeader();
        }
        return item;
    }

    /**
     * {@return the snapshot's header once the first {@link #next()} call returned, else {@code null}:
     * {@code AsOf} as written (the warehouse's local time; any offset dropped), {@code Reference},
     * the file's {@code ControlNumber} as interchange control number and {@code "1"} as transaction
     * control number}
     */
    public InventorySnapshotHeader header() {
        return header;
    }

    private InventorySnapshotHeader snapshotHeader() {
        String asOf = stream().rootText("AsOf");
        try {
            return new InventorySnapshotHeader(XmlValues.toLocal(asOf), stream().rootText("Reference"),
                    stream().header().getControlNumber(), "1");
        } catch (InvalidValueException e) {
            throw new EdiException("Rejected warehouse XML InventorySnapshot file",
                    List.of(EdiError.at(0, 0, "AsOf", "INVALID_ELEMENT", e.getMessage())));
        }
    }
}

package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.xml.internal.ShipmentMapping;
import io.cartbridge.edi.xml.internal.XmlItemStream;
import io.cartbridge.edi.xml.internal.jaxb.ShipmentType;
import java.io.InputStream;

/**
 * Reads a warehouse XML {@code ShipmentConfirmations} file as {@link ShipmentConfirmation}s, one
 * {@code Shipment} element at a time (StAX, JAXB per element): memory does not grow with the file.
 *
 * <p>The file is validated against the XSD while it is read, and parsed with DTDs and external
 * entities off. Rejects, with an {@link EdiException} whose errors carry line and column: a DOCTYPE
 * ({@code XML_FORBIDDEN_DTD}), a file that is not well formed ({@code XML_NOT_WELL_FORMED}), another
 * document ({@code WRONG_DOCUMENT}), anything the XSD refuses ({@code XML_INVALID}: a missing
 * {@code OrderNumber}, a quantity that is not a number, an SSCC that is not 18 digits ...), a date
 * the model cannot hold ({@code INVALID_ELEMENT}). Streaming, positions, resume and failure follow
 * {@link EdiItemReader}.
 *
 * <p>Mapping: {@code OrderNumber}, {@code ShipmentId}, {@code ShipDate}, {@code Carrier} as carrier
 * code, {@code Service} as service level; a package per {@code Package} with a tracking number or
 * SSCC, then one per shipment-level {@code TrackingNumber} not already listed; references by type;
 * {@code Totals} (units, weight, volume, pieces). Per line every {@code ItemId} keyed by its model
 * qualifier ({@code SellerSku} SK, {@code WarehouseItem} VN, {@code BuyerPart} BP,
 * {@code ManufacturerPart} MG, {@code Gtin} UP, or the {@code code} attribute when given),
 * quantities ordered and shipped, the difference as backordered plus cancelled (else ordered minus
 * shipped) and the status as its model code ({@code Shipped} CC, {@code PartiallyShippedBackordered}
 * BP, {@code PartiallyShippedCancelled} CP, {@code Backordered} BO, {@code Cancelled} IC ...). The
 * interchange control number is the header's {@code ControlNumber}, the transaction control number
 * the shipment's 1-based position in the file.
 *
 * @since 0.1
 */
public final class XmlShipmentConfirmationReader extends XmlStreamReader<ShipmentType, ShipmentConfirmation> {

    private XmlShipmentConfirmationReader(InputStream in) {
        super(new XmlItemStream<>(in, XmlDocumentKind.SHIPMENT_CONFIRMATIONS, ShipmentType.class,
                (shipment, ordinal, header) -> ShipmentMapping.fromXml(shipment, header.getControlNumber(), ordinal)),
                XmlDocumentKind.SHIPMENT_CONFIRMATIONS);
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item
     */
    public static XmlShipmentConfirmationReader open(InputStream in) {
        return new XmlShipmentConfirmationReader(in);
    }
}

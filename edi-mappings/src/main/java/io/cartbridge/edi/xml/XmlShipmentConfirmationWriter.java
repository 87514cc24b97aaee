package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.xml.internal.Headers;
import io.cartbridge.edi.xml.internal.ShipmentMapping;
import io.cartbridge.edi.xml.internal.XmlDocumentWriter;
import io.cartbridge.edi.xml.internal.jaxb.ShipmentType;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Writes shipment confirmations as one warehouse XML {@code ShipmentConfirmations} file, validated
 * against the XSD while it is written: what the sandbox warehouse answers, and what
 * {@code translate --to xml} prints. The inverse of {@link XmlShipmentConfirmationReader}; parties and
 * unit loads are not written. Streams: the confirmations are pulled one at a time. Thread-safe.
 *
 * @since 0.1
 */
public final class XmlShipmentConfirmationWriter {

    private final XmlSettings settings;

    public XmlShipmentConfirmationWriter(XmlSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param out           where the file goes; flushed, not closed
     * @param controlNumber the file's control number
     * @param created       when the file is written, UTC
     * @param shipments     at least one
     * @throws EdiException when a confirmation breaks the XSD (an SSCC that is not 18 digits, a
     *                      negative quantity ...), every error listed with its shipment id
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created,
                      Iterable<ShipmentConfirmation> shipments) throws EdiException {
        XmlDocumentWriter writer = new XmlDocumentWriter(out, XmlDocumentKind.SHIPMENT_CONFIRMATIONS);
        writer.start(Headers.of(Long.toString(controlNumber), settings.senderId(), settings.receiverId(), created,
                settings.test()));
        for (ShipmentConfirmation s : shipments) {
            writer.element("Shipment", ShipmentType.class, ShipmentMapping.toXml(s),
                    "Shipment " + s.shipmentId() + " (order " + s.orderNumber() + ")");
        }
        writer.finish();
    }
}

package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import io.cartbridge.edi.xml.internal.AckMapping;
import io.cartbridge.edi.xml.internal.Headers;
import io.cartbridge.edi.xml.internal.InvalidValueException;
import io.cartbridge.edi.xml.internal.XmlDocumentWriter;
import io.cartbridge.edi.xml.internal.jaxb.FileAckType;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Writes a warehouse XML {@code Acknowledgment}: one {@code FileAck} per {@link FunctionalAck}, the
 * inverse of {@link XmlAcknowledgmentReader} (whose description gives the mapping). Their
 * {@code senderId} and {@code interchangeControlNumber} are not written: the file's own header comes
 * from the settings and the control number given. {@link #acknowledge} builds the acknowledgment of
 * a received file. Thread-safe.
 *
 * @since 0.1
 */
public final class XmlAcknowledgmentWriter {

    private final XmlSettings settings;

    public XmlAcknowledgmentWriter(XmlSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The acknowledgment of a received file: {@code ACCEPTED} without errors, else {@code REJECTED}
     * with one reason per error (its one-line form, with line and column).
     *
     * @param kind          the received document
     * @param controlNumber its {@code Header/ControlNumber} (for a file too broken to have one, any
     *                      key the partner knows it by, such as its file name)
     * @param errors        what was wrong with it, or an empty list
     */
    public static FunctionalAck acknowledge(XmlDocumentKind kind, String controlNumber, List<EdiError> errors) {
        if (errors.isEmpty()) {
            return new FunctionalAck(null, null, kind.rootElement(), controlNumber, "ACCEPTED", List.of());
        }
        List<String> reasons = errors.stream().map(EdiError::toString).toList();
        return new FunctionalAck(null, null, kind.rootElement(), controlNumber, "REJECTED",
                List.of(new TransactionAck(kind.rootElement(), null, "REJECTED", reasons)));
    }

    /**
     * @param out           where the file goes; flushed, not closed
     * @param controlNumber this acknowledgment's control number
     * @param created       when the file is written, UTC
     * @param acks          at least one
     * @throws EdiException when an acknowledgment names no warehouse XML document kind as functional
     *                      identifier, has an unknown status, or breaks the XSD
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created, List<FunctionalAck> acks)
            throws EdiException {
        if (acks.isEmpty()) {
            throw new IllegalArgumentException("an acknowledgment file needs at least one acknowledgment");
        }
        XmlDocumentWriter writer = new XmlDocumentWriter(out, XmlDocumentKind.ACKNOWLEDGMENT);
        writer.start(Headers.of(Long.toString(controlNumber), settings.senderId(), settings.receiverId(), created,
                settings.test()));
        for (FunctionalAck ack : acks) {
            FileAckType xml;
            try {
                xml = AckMapping.toXml(ack);
            } catch (InvalidValueException e) {
                throw new EdiException("Could not write a warehouse XML Acknowledgment file", List.of(
                        EdiError.at(0, 0, "FileAck", "INVALID_ELEMENT", "FileAck " + ack.groupControlNumber() + ": "
                                + e.getMessage())));
            }
            writer.element("FileAck", FileAckType.class, xml, "FileAck " + ack.groupControlNumber());
        }
        writer.finish();
    }
}

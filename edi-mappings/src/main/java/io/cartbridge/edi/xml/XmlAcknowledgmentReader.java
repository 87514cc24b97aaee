package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import io.cartbridge.edi.xml.internal.AckMapping;
import io.cartbridge.edi.xml.internal.XmlItemStream;
import io.cartbridge.edi.xml.internal.jaxb.FileAckType;
import java.io.InputStream;

/**
 * Reads a warehouse XML {@code Acknowledgment} as {@link FunctionalAck}s, one per {@code FileAck}
 * (each acknowledges one file we sent).
 *
 * <p>Validation, safe parsing and errors as {@link XmlShipmentConfirmationReader}; streaming,
 * positions, resume and failure follow {@link EdiItemReader}.
 *
 * <p>Mapping: {@code senderId} and {@code interchangeControlNumber} from the acknowledgment's own
 * header; {@code functionalIdentifier} the acknowledged file's {@code DocumentKind}
 * ({@code "WarehouseOrders"}, ...); {@code groupControlNumber} its {@code ControlNumber};
 * {@code status} {@code ACCEPTED}, {@code ACCEPTED_WITH_ERRORS}, {@code PARTIAL} or {@code REJECTED}.
 * The file's own {@code Reason}s, when there are any, come first as a {@link TransactionAck} whose
 * control number is {@code null}; then one {@link TransactionAck} per {@code Document}, its control
 * number the document's {@code Reference} (an order number), its errors the reasons' text.
 *
 * @since 0.1
 */
public final class XmlAcknowledgmentReader extends XmlStreamReader<FileAckType, FunctionalAck> {

    private XmlAcknowledgmentReader(InputStream in) {
        super(new XmlItemStream<>(in, XmlDocumentKind.ACKNOWLEDGMENT, FileAckType.class,
                (ack, ordinal, header) -> AckMapping.fromXml(ack, header)), XmlDocumentKind.ACKNOWLEDGMENT);
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item
     */
    public static XmlAcknowledgmentReader open(InputStream in) {
        return new XmlAcknowledgmentReader(in);
    }
}

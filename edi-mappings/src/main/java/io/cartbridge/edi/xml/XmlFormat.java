package io.cartbridge.edi.xml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.PartnerEnvelope;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.WarehouseOrder;

/**
 * CartBridge's warehouse XML ({@code urn:cartbridge:warehouse:1}): an order file out, shipment confirmations,
 * inventory snapshots and acknowledgments in, an acknowledgment answering each file received. Document types are the
 * root elements ({@code WarehouseOrders}, {@code ShipmentConfirmations}, ...). Ids have no code qualifiers.
 *
 * @since 0.2
 */
public final class XmlFormat implements WarehouseFormat {

    /** The format's name in settings. */
    public static final String NAME = "xml";

    private static final Map<DocumentKind, XmlDocumentKind> KINDS = Map.of(
            DocumentKind.ORDER, XmlDocumentKind.WAREHOUSE_ORDERS,
            DocumentKind.SHIPMENT_CONFIRMATION, XmlDocumentKind.SHIPMENT_CONFIRMATIONS,
            DocumentKind.INVENTORY_SNAPSHOT, XmlDocumentKind.INVENTORY_SNAPSHOT,
            DocumentKind.ACKNOWLEDGMENT, XmlDocumentKind.ACKNOWLEDGMENT);
    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(WarehouseOrders|ShipmentConfirmations|"
            + "InventorySnapshot|Acknowledgment)[\\s>/]");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "XML";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public boolean recognizes(byte[] start) {
        return text(start).startsWith("<");
    }

    /** The {@code Header}'s sender, receiver and control number, read from the text without parsing it (no entities). */
    @Override
    public Envelope envelope(byte[] start) {
        String text = text(start);
        String sender = element(text, "Sender");
        String receiver = element(text, "Receiver");
        String control = element(text, "ControlNumber");
        return sender == null && receiver == null && control == null ? Envelope.NONE
                : new Envelope(null, sender, null, receiver, control);
    }

    @Override
    public ValidationReport validate(InputStream in) {
        return XmlValidator.validate(in);
    }

    @Override
    public Set<String> documentTypes(DocumentKind kind) {
        return Set.of(KINDS.get(kind).rootElement());
    }

    @Override
    public String sentDocumentType(DocumentKind kind) {
        return KINDS.get(kind).rootElement();
    }

    @Override
    public List<WarehouseOrder> orders(InputStream in) throws IOException {
        return new XmlWarehouseOrderReader().read(in).orders();
    }

    @Override
    public EdiItemReader<ShipmentConfirmation> shipmentConfirmations(String documentType, InputStream in) {
        return XmlShipmentConfirmationReader.open(in);
    }

    @Override
    public InventorySnapshotReader inventorySnapshot(InputStream in) {
        return XmlInventorySnapshotReader.open(in);
    }

    @Override
    public EdiItemReader<FunctionalAck> acknowledgments(InputStream in) {
        return XmlAcknowledgmentReader.open(in);
    }

    @Override
    public OrderFileWriter orderWriter(PartnerEnvelope envelope, String itemQualifier) {
        XmlWarehouseOrderWriter writer = new XmlWarehouseOrderWriter(settings(envelope, itemQualifier));
        return new OrderFileWriter() {
            @Override
            public void write(OutputStream out, long controlNumber, LocalDateTime created, List<WarehouseOrder> orders)
                    throws IOException {
                writer.write(out, controlNumber, created, orders);
            }

            @Override
            public String documentControlNumber(int index) {
                return Integer.toString(index + 1);
            }
        };
    }

    @Override
    public AcknowledgmentWriter acknowledgmentWriter(PartnerEnvelope envelope) {
        XmlAcknowledgmentWriter writer = new XmlAcknowledgmentWriter(settings(envelope, null));
        return (received, errors, controlNumbers, created) -> {
            byte[] start;
            try (InputStream in = Files.newInputStream(received)) {
                start = in.readNBytes(2048);
            }
            Matcher root = ROOT.matcher(text(start));
            String control = envelope(start).controlReference();
            if (!root.find() || control == null) {
                return List.of();       // not one of our documents, or no control number to name: nothing to answer
            }
            XmlDocumentKind kind = XmlDocumentKind.ofRootElement(root.group(1)).orElseThrow();
            long controlNumber = controlNumbers.getAsLong();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out, controlNumber, created, List.of(XmlAcknowledgmentWriter.acknowledge(kind, control, errors)));
            return List.of(new Acknowledgment(controlNumber, 1, out.toByteArray()));
        };
    }

    private static XmlSettings settings(PartnerEnvelope envelope, String itemQualifier) {
        return new XmlSettings(envelope.senderId(), envelope.receiverId(), envelope.test(), itemKey(itemQualifier));
    }

    private static String element(String text, String name) {
        Matcher m = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?" + name + ">\\s*([^<]*?)\\s*</").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String text(byte[] start) {
        return new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    }

    /** The model key (X12 qualifier, as {@link XmlSettings#itemQualifier()} wants it) of a neutral item id kind. */
    private static String itemKey(String itemQualifier) {
        if (itemQualifier == null || itemQualifier.isBlank()) {
            return null;
        }
        io.cartbridge.edi.model.ItemIdKind kind = WarehouseFormats.itemIdKind(itemQualifier)
                .orElseThrow(() -> new IllegalArgumentException("unknown item id kind '" + itemQualifier + "'"));
        return io.cartbridge.edi.xml.internal.XmlCodes.key(new io.cartbridge.edi.model.ItemId(kind,
                itemQualifier.strip().toUpperCase(java.util.Locale.ROOT), ""));
    }

    @Override
    public ShipmentFileWriter shipmentWriter(PartnerEnvelope envelope) {
        XmlShipmentConfirmationWriter writer = new XmlShipmentConfirmationWriter(settings(envelope, null));
        return writer::write;
    }

    @Override
    public InventoryFileWriter inventoryWriter(PartnerEnvelope envelope) {
        XmlInventorySnapshotWriter writer = new XmlInventorySnapshotWriter(settings(envelope, null));
        return writer::write;
    }

    @Override
    public AckFileWriter ackWriter(PartnerEnvelope envelope) {
        XmlAcknowledgmentWriter writer = new XmlAcknowledgmentWriter(settings(envelope, null));
        return (out, controlNumber, created, acks) -> writer.write(out, controlNumber, created,
                acks.stream().map(a -> WarehouseFormats.ackIn(this, a)).toList());
    }
}

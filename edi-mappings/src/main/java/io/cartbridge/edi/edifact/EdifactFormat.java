package io.cartbridge.edi.edifact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * UN/EDIFACT: ORDERS out, DESADV / INVRPT / CONTRL in, CONTRL answering what comes in. The {@link PartnerEnvelope}
 * options it reads: {@code syntax-identifier} (UNOA, UNOB, UNOC, UNOW; default UNOC), {@code syntax-version} (3 or
 * 4), {@code directory} (D96A or D01B), {@code association-code} (e.g. EAN008).
 *
 * @since 0.2
 */
public final class EdifactFormat implements WarehouseFormat {

    /** The format's name in settings. */
    public static final String NAME = "edifact";

    private static final Map<DocumentKind, Set<String>> TYPES = Map.of(
            DocumentKind.ORDER, Set.of("ORDERS"),
            DocumentKind.SHIPMENT_CONFIRMATION, Set.of("DESADV"),
            DocumentKind.INVENTORY_SNAPSHOT, Set.of("INVRPT"),
            DocumentKind.ACKNOWLEDGMENT, Set.of("CONTRL"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "EDIFACT";
    }

    @Override
    public boolean recognizes(byte[] start) {
        String text = text(start, 16);
        return text.startsWith("UNA") || text.startsWith("UNB");
    }

    /** UNB's sender and recipient (each with its qualifier) and interchange reference; UNA's separators honoured. */
    @Override
    public Envelope envelope(byte[] start) {
        String text = text(start, start.length);
        char component = ':';
        char element = '+';
        char release = '?';
        char terminator = '\'';
        if (text.startsWith("UNA") && text.length() >= 9) {
            component = text.charAt(3);
            element = text.charAt(4);
            release = text.charAt(6);
            terminator = text.charAt(8);
            text = text.substring(9).stripLeading();
        }
        if (!text.startsWith("UNB")) {
            return Envelope.NONE;
        }
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 3; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == release && i + 1 < text.length()) {
                value.append(text.charAt(++i));
            } else if (c == component) {
                components.add(value.toString());
                value.setLength(0);
            } else if (c == element || c == terminator) {
                components.add(value.toString());
                value.setLength(0);
                elements.add(components);
                components = new ArrayList<>();
                if (c == terminator) {
                    break;
                }
            } else {
                value.append(c);
            }
        }
        if (elements.size() < 5) {
            return Envelope.NONE;
        }
        // elements[0] is empty (UNB then '+'): 1 syntax, 2 sender, 3 recipient, 4 date/time, 5 reference
        return new Envelope(part(elements.get(2), 1), part(elements.get(2), 0), part(elements.get(3), 1),
                part(elements.get(3), 0), elements.size() > 5 ? part(elements.get(5), 0) : null);
    }

    @Override
    public ValidationReport validate(InputStream in) {
        return new EdifactValidator().validate(in);
    }

    @Override
    public Set<String> documentTypes(DocumentKind kind) {
        return TYPES.get(kind);
    }

    @Override
    public String sentDocumentType(DocumentKind kind) {
        return TYPES.get(kind).iterator().next();
    }

    @Override
    public List<WarehouseOrder> orders(InputStream in) throws IOException {
        return new EdifactOrdersReader().read(in).orders();
    }

    @Override
    public EdiItemReader<ShipmentConfirmation> shipmentConfirmations(String documentType, InputStream in) {
        return EdifactDespatchAdviceReader.open(in);
    }

    @Override
    public InventorySnapshotReader inventorySnapshot(InputStream in) {
        return EdifactInventoryReportReader.open(in);
    }

    @Override
    public EdiItemReader<FunctionalAck> acknowledgments(InputStream in) {
        return EdifactControlReader.open(in);
    }

    @Override
    public OrderFileWriter orderWriter(PartnerEnvelope envelope, String itemQualifier) {
        EdifactOrdersWriter writer = new EdifactOrdersWriter(settings(envelope));
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
    public AckFileWriter ackWriter(PartnerEnvelope envelope) {
        EdifactAckFileWriter writer = new EdifactAckFileWriter(settings(envelope));
        return (out, controlNumber, created, acks) -> writer.write(out, controlNumber, created,
                acks.stream().map(a -> WarehouseFormats.ackIn(this, a)).toList());
    }

    @Override
    public AcknowledgmentWriter acknowledgmentWriter(PartnerEnvelope envelope) {
        EdifactControlWriter writer = new EdifactControlWriter(settings(envelope));
        return (received, errors, controlNumbers, created) -> {
            List<EdifactReceivedInterchange> interchanges;
            try (InputStream in = Files.newInputStream(received)) {
                interchanges = EdifactReceivedInterchange.scan(in, errors);
            }
            List<Acknowledgment> acks = new ArrayList<>();
            for (EdifactReceivedInterchange interchange : interchanges) {
                long controlNumber = controlNumbers.getAsLong();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(out, controlNumber, created, interchange);
                acks.add(new Acknowledgment(controlNumber, Math.max(1, interchange.messages().size()), out.toByteArray()));
            }
            return acks;
        };
    }

    /** {@return the EDIFACT settings of a partner envelope} */
    public static EdifactSettings settings(PartnerEnvelope envelope) {
        EdifactSettings d = EdifactSettings.defaults(envelope.senderId(), envelope.receiverId());
        EdifactSettings s = new EdifactSettings(d.senderId(), envelope.senderQualifier(), d.recipientId(),
                envelope.receiverQualifier(), d.syntaxIdentifier(), d.syntaxVersion(), d.directory(), d.associationCode(),
                d.testIndicator(), d.acknowledgementRequested(), d.componentSeparator(), d.elementSeparator(),
                d.releaseCharacter(), d.segmentTerminator(), d.writeUna(), d.lineBreakAfterSegment());
        String identifier = envelope.option("syntax-identifier", "UNOC");
        int version = Integer.parseInt(envelope.option("syntax-version", "UNOW".equals(identifier) ? "4" : "3"));
        return s.withSyntax(identifier, version)
                .withDirectory(envelope.option("directory", EdifactSettings.D96A), envelope.options().get("association-code"))
                .withTestIndicator(envelope.test());
    }

    private static String part(List<String> components, int index) {
        return index < components.size() && !components.get(index).isBlank() ? components.get(index).trim() : null;
    }

    private static String text(byte[] start, int length) {
        return new String(start, 0, Math.min(start.length, length), StandardCharsets.ISO_8859_1).replace("ï»¿", "")
                .stripLeading();
    }

    @Override
    public ShipmentFileWriter shipmentWriter(PartnerEnvelope envelope) {
        EdifactDespatchAdviceWriter writer = new EdifactDespatchAdviceWriter(settings(envelope));
        return (out, controlNumber, created, shipments) -> writer.write(out, controlNumber, created,
                shipments.stream().map(io.cartbridge.edi.edifact.internal.EdifactKeys::shipment).toList());
    }

    @Override
    public InventoryFileWriter inventoryWriter(PartnerEnvelope envelope) {
        EdifactInventoryReportWriter writer = new EdifactInventoryReportWriter(settings(envelope));
        return (out, controlNumber, created, snapshot, items) -> writer.write(out, controlNumber, created, snapshot,
                () -> new java.util.Iterator<>() {
                    private final java.util.Iterator<io.cartbridge.edi.model.InventoryItem> source = items.iterator();

                    @Override
                    public boolean hasNext() {
                        return source.hasNext();
                    }

                    @Override
                    public io.cartbridge.edi.model.InventoryItem next() {
                        return io.cartbridge.edi.edifact.internal.EdifactKeys.item(source.next());
                    }
                });
    }
}

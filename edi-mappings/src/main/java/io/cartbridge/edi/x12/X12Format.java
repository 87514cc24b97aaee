package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.ItemIdKind;

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
 * ANSI X12: 940 out, 945 / 856 / 846 / 997 / 999 in, 997s answering what comes in. The {@link PartnerEnvelope}
 * options it reads: {@code version} ({@code 004010} or {@code 005010}), {@code element-separator},
 * {@code segment-terminator}.
 *
 * @since 0.2
 */
public final class X12Format implements WarehouseFormat {

    /** The format's name in settings. */
    public static final String NAME = "x12";

    private static final Map<DocumentKind, Set<String>> TYPES = Map.of(
            DocumentKind.ORDER, Set.of("940"),
            DocumentKind.SHIPMENT_CONFIRMATION, Set.of("945", "856"),
            DocumentKind.INVENTORY_SNAPSHOT, Set.of("846"),
            DocumentKind.ACKNOWLEDGMENT, Set.of("997", "999"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "X12";
    }

    @Override
    public boolean recognizes(byte[] start) {
        String text = new String(start, 0, Math.min(start.length, 16), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading();
        return text.startsWith("ISA");
    }

    @Override
    public Envelope envelope(byte[] start) {
        String text = new String(start, 0, Math.min(start.length, 200), StandardCharsets.ISO_8859_1).replace("ï»¿", "")
                .stripLeading();
        if (text.length() < 106 || !text.startsWith("ISA")) {
            return Envelope.NONE;
        }
        String[] e = text.substring(0, 106).split(Pattern.quote(String.valueOf(text.charAt(3))), -1);
        if (e.length < 14) {
            return Envelope.NONE;
        }
        return new Envelope(e[5].trim(), e[6].trim(), e[7].trim(), e[8].trim(), e[13].trim());
    }

    @Override
    public ValidationReport validate(InputStream in) {
        return new X12Validator().validate(in);
    }

    @Override
    public Set<String> documentTypes(DocumentKind kind) {
        return TYPES.get(kind);
    }

    @Override
    public String sentDocumentType(DocumentKind kind) {
        return switch (kind) {
            case ORDER -> "940";
            case ACKNOWLEDGMENT -> "997";
            case SHIPMENT_CONFIRMATION -> "945";
            case INVENTORY_SNAPSHOT -> "846";
        };
    }

    @Override
    public List<WarehouseOrder> orders(InputStream in) throws IOException {
        return new X12WarehouseOrderReader().read(in).orders();
    }

    @Override
    public EdiItemReader<ShipmentConfirmation> shipmentConfirmations(String documentType, InputStream in) {
        return "856".equals(documentType) ? X12ShipNoticeReader.open(in) : X12ShipmentAdviceReader.open(in);
    }

    @Override
    public InventorySnapshotReader inventorySnapshot(InputStream in) {
        return X12InventoryAdviceReader.open(in);
    }

    @Override
    public EdiItemReader<FunctionalAck> acknowledgments(InputStream in) {
        return X12FunctionalAckReader.open(in);
    }

    @Override
    public OrderFileWriter orderWriter(PartnerEnvelope envelope, String itemQualifier) {
        X12WarehouseOrderWriter writer = new X12WarehouseOrderWriter(settings(envelope), w01Qualifier(itemQualifier));
        return new OrderFileWriter() {
            @Override
            public void write(OutputStream out, long controlNumber, LocalDateTime created, List<WarehouseOrder> orders)
                    throws IOException {
                writer.write(out, controlNumber, created, orders);
            }

            @Override
            public String documentControlNumber(int index) {
                return "%04d".formatted(index + 1);
            }
        };
    }

    @Override
    public AcknowledgmentWriter acknowledgmentWriter(PartnerEnvelope envelope) {
        X12FunctionalAckWriter writer = new X12FunctionalAckWriter(settings(envelope));
        return (received, errors, controlNumbers, created) -> {
            List<ReceivedInterchange> interchanges;
            try (InputStream in = Files.newInputStream(received)) {
                interchanges = ReceivedInterchange.scan(in, errors);
            }
            List<Acknowledgment> acks = new ArrayList<>();
            for (ReceivedInterchange interchange : interchanges) {
                if (interchange.groups().isEmpty()) {
                    continue;
                }
                long controlNumber = controlNumbers.getAsLong();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(out, controlNumber, created, interchange);
                acks.add(new Acknowledgment(controlNumber, interchange.groups().size(), out.toByteArray()));
            }
            return acks;
        };
    }

    /** {@return the X12 settings of a partner envelope} */
    public static X12Settings settings(PartnerEnvelope envelope) {
        return new X12Settings(envelope.option("version", X12Settings.VERSION_4010), qualifier(envelope.senderQualifier()),
                envelope.senderId(), qualifier(envelope.receiverQualifier()), envelope.receiverId(), envelope.test() ? 'T' : 'P',
                envelope.option("element-separator", "*").charAt(0), envelope.option("segment-terminator", "~").charAt(0), '>',
                true);
    }

    private static String qualifier(String qualifier) {
        return qualifier == null ? "ZZ" : qualifier;
    }

    /**
     * W01-04 for a neutral item id kind (or X12 code): the kind's 235 code, the setting itself when it is one; the
     * seller's SKU ({@code SK}) when the kind is a GTIN, which already travels in W01-06/07.
     */
    static String w01Qualifier(String itemQualifier) {
        ItemIdKind kind = WarehouseFormats.itemIdKind(itemQualifier == null ? "SK" : itemQualifier)
                .orElseThrow(() -> new IllegalArgumentException("unknown item id kind '" + itemQualifier + "'"));
        if (kind.isGtin()) {
            return "SK";
        }
        String code = itemQualifier == null ? null : itemQualifier.strip().toUpperCase(java.util.Locale.ROOT);
        return X12CodeLists.ITEM_IDS.codeOf(kind, code);
    }

    @Override
    public ShipmentFileWriter shipmentWriter(PartnerEnvelope envelope) {
        X12ShipmentAdviceWriter writer = new X12ShipmentAdviceWriter(settings(envelope));
        return writer::write;
    }

    @Override
    public InventoryFileWriter inventoryWriter(PartnerEnvelope envelope) {
        X12InventoryAdviceWriter writer = new X12InventoryAdviceWriter(settings(envelope));
        return writer::write;
    }

    @Override
    public AckFileWriter ackWriter(PartnerEnvelope envelope) {
        X12AcknowledgmentFileWriter writer = new X12AcknowledgmentFileWriter(settings(envelope));
        return (out, controlNumber, created, acks) -> writer.write(out, controlNumber, created,
                acks.stream().map(a -> withSetControlNumbers(io.cartbridge.edi.WarehouseFormats.ackIn(this, a))).toList());
    }

    /**
     * An acknowledgment read from another format, its documents named as AK2-02 must name them: a numeric reference
     * (a CONTRL's UNH 0062 {@code 1}) as a transaction set control number of at least four digits ({@code 0001}); a
     * document named otherwise (an XML acknowledgment's order number) or not at all has no transaction set to name and
     * is left out, its file's status (AK9) still saying what became of it.
     */
    private static io.cartbridge.edi.model.FunctionalAck withSetControlNumbers(io.cartbridge.edi.model.FunctionalAck ack) {
        List<io.cartbridge.edi.model.TransactionAck> sets = new ArrayList<>();
        for (io.cartbridge.edi.model.TransactionAck t : ack.transactions()) {
            String number = t.controlNumber() == null ? "" : t.controlNumber().strip();
            if (number.matches("\\d{1,9}")) {
                sets.add(new io.cartbridge.edi.model.TransactionAck(t.transactionSetId(),
                        number.length() >= 4 ? number : "0".repeat(4 - number.length()) + number, t.status(), t.errors()));
            }
        }
        return new io.cartbridge.edi.model.FunctionalAck(ack.senderId(), ack.interchangeControlNumber(),
                ack.functionalIdentifier(), ack.groupControlNumber(), ack.status(), sets);
    }
}

package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.ShipmentConfirmation;

/**
 * Says what a file in the inbox is and what the ledger is to make of it: its format (detected, else the partner's),
 * the validation report, its envelope and document type, the shop it is for, and whether it is a duplicate of a file
 * already received (same SHA-256, or same sender and interchange control number). From these it decides the file's
 * state: {@code RECEIVED}, {@code REJECTED} with the reason (invalid, or valid but for no shop that can be told), or
 * {@code DUPLICATE} of the original. It reads the ledger but writes nothing.
 */
final class InboundClassifier {

    /**
     * What a received file is.
     *
     * @param format    the format it was read as
     * @param readable  what the imports read: the file, or its transformation from the partner's own XML layout
     * @param report    the validation report of {@code readable}
     * @param header    its envelope
     * @param type      its transaction set types, comma-separated, or empty when it has none
     * @param addressee the shop it is for, or why none can be told
     * @param original  the ledger id of the file it duplicates, or {@code null}
     * @param state     {@link InboundFiles#RECEIVED}, {@link InboundFiles#REJECTED} or {@link InboundFiles#DUPLICATE}
     * @param reason    why it was rejected or which file it duplicates; {@code null} when received
     */
    record Classification(WarehouseFormat format, Path readable, ValidationReport report, Envelope header, String type,
                          Addressees.Match addressee, Long original, InboundFiles.State state, String reason) {

        /** {@return the store of the shop the file is for, or {@code null} when none can be told} */
        String store() {
            return addressee.connection() == null ? null : addressee.connection().store();
        }
    }

    private final String partner;
    private final WarehouseFormat partnerFormat;
    private final PartnerLayout layout;
    private final Addressees addressees;
    private final InboundFiles files;
    private final OrderLedger ledger;

    InboundClassifier(String partner, WarehouseFormat partnerFormat, PartnerLayout layout, Addressees addressees,
                      InboundFiles files, OrderLedger ledger) {
        this.partner = partner;
        this.partnerFormat = partnerFormat;
        this.layout = layout;
        this.addressees = addressees;
        this.files = files;
        this.ledger = ledger;
    }

    Classification classify(Path local, String sha256) throws IOException {
        ValidationReport report;
        byte[] start = firstBytes(local);
        // each file is read by what it is; one no format recognises is validated as the partner's, which says why
        WarehouseFormat format = WarehouseFormats.detect(start).orElse(partnerFormat);
        // what the imports read: the file, or, in the partner's own XML layout, its transformation into ours
        Path readable = local;
        EdiException refused = null;
        if (layout.applies(format, start)) {
            try {
                Path ours = local.resolveSibling(local.getFileName() + ".cartbridge.xml");
                layout.transform(local, ours);
                readable = ours;
                start = firstBytes(readable);
            } catch (EdiException e) {
                refused = e;
            }
        }
        if (refused != null) {
            report = new ValidationReport(format.label(), List.of(), refused.errors());
        } else {
            try (InputStream in = Files.newInputStream(readable)) {
                report = format.validate(in);
            }
        }
        Envelope header = format.envelope(start);
        String type = report.transactionSets().stream().distinct().collect(Collectors.joining(","));
        DocumentKind kind = type.isEmpty() || type.contains(",") ? null : format.kindOf(type);
        Addressees.Match addressee = addressees.of(header);
        if (addressee.connection() == null && !addressee.sharing().isEmpty() && report.valid()
                && kind == DocumentKind.SHIPMENT_CONFIRMATION) {
            addressee = addressees.byOrderNumbers(addressee, orderNumbers(format, readable, type),
                    (number, stores) -> ledger.storesSentOrder(partner, number, stores));
        }
        String store = addressee.connection() == null ? null : addressee.connection().store();
        Long original = files.original(store, partner, sha256, header.senderId(), header.controlReference());
        InboundFiles.State state;
        String reason = null;
        if (original != null) {
            state = InboundFiles.State.DUPLICATE;
            reason = "same content or interchange as inbound file " + original;
        } else if (report.valid() && addressee.connection() == null) {
            // valid, but for no shop that can be told: kept for the admin, never applied to a guessed shop
            state = InboundFiles.State.REJECTED;
            reason = addressee.problem();
        } else if (!report.valid()) {
            state = InboundFiles.State.REJECTED;
            reason = report.errors().stream().limit(5)
                    .map(e -> "segment " + e.segmentPosition() + " " + e.code() + ": " + e.message())
                    .collect(Collectors.joining("; "));
        } else {
            state = InboundFiles.State.RECEIVED;
        }
        return new Classification(format, readable, report, header, type, addressee, original, state, reason);
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    /** The order numbers of a ship notice's documents, in file order. */
    private static List<String> orderNumbers(WarehouseFormat format, Path file, String type) {
        List<String> numbers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             EdiItemReader<ShipmentConfirmation> notices = format.shipmentConfirmations(type, in)) {
            for (ShipmentConfirmation notice = notices.next(); notice != null; notice = notices.next()) {
                numbers.add(notice.orderNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }
}

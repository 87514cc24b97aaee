package io.cartbridge.edi.edifact;

import static io.cartbridge.edi.edifact.internal.SegmentOut.composite;

import io.cartbridge.edi.edifact.internal.AckSentences;
import io.cartbridge.edi.edifact.internal.SegmentOut;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Writes canonical acknowledgments, whatever format they were read from (an X12 997 or 999, a warehouse
 * XML acknowledgment, a CONTRL), as CONTRL syntax and service reports: one interchange, one CONTRL
 * message per {@link FunctionalAck}. This is what {@code translate FILE --to edifact} renders; the
 * CONTRL that answers a file received is {@link EdifactControlWriter}'s.
 *
 * <p>Mapping: UCI 0020 the acknowledged reference ({@code groupControlNumber}: a 997's AK1-02, an XML
 * acknowledgment's {@code FileAck/ControlNumber}, a CONTRL's UCI 0020), UCI S002/S003 the acknowledged
 * interchange's sender (this file's recipient) and recipient (this file's sender), UCI 0083 from
 * {@code status}: {@code ACCEPTED}, {@code ACCEPTED_WITH_ERRORS} and {@code PARTIAL} {@code 7},
 * {@code RECEIVED} {@code 8}, a one- or two-digit code as it is, anything else {@code 4}. One UCM per
 * {@link TransactionAck} with a control number: 0062 that number, S009 its document type (mapped to an
 * EDIFACT message type by {@link io.cartbridge.edi.WarehouseFormats#ackIn}) with the settings' directory,
 * 0083 {@code 7} (accepted) or {@code 4}; each error sentence becomes a UCM error, a UCS or a UCS with
 * its UCD, with the ISO 9735 0085 code the sentence names (as a CONTRL read by
 * {@link EdifactControlReader} words it) or the nearest one for an X12 or XML reason
 * ({@code 18}, unspecified, when none fits). Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EdifactAckFileWriter {

    private final EdifactSettings settings;

    /** @param settings our envelope ids (sender) and the partner's (recipient), syntax and separators */
    public EdifactAckFileWriter(EdifactSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param out              where the interchange goes; flushed, not closed
     * @param controlReference UNB 0020, 1 to 99999999999999
     * @param created          UNB date and time
     * @param acks             at least one acknowledgment
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException without acknowledgments, or for an out-of-range control reference
     */
    public void write(OutputStream out, long controlReference, LocalDateTime created, List<FunctionalAck> acks)
            throws IOException {
        if (acks.isEmpty()) {
            throw new IllegalArgumentException("an acknowledgment file needs at least one acknowledgment");
        }
        EdifactOrdersWriter.checkControlReference(controlReference);
        SegmentOut segments = new SegmentOut(Objects.requireNonNull(out, "out"), settings);
        String reference = Long.toString(controlReference);
        segments.header(reference, Objects.requireNonNull(created, "created"), "CONTRL");
        int message = 0;
        for (FunctionalAck ack : acks) {
            segments.resetCount();
            String messageReference = Integer.toString(++message);
            segments.segment("UNH", messageReference, settings.syntaxVersion() == 4
                    ? composite("CONTRL", "4", "1", "UN") : composite("CONTRL", "D", "3", "UN"));
            segments.segment("UCI", ack.groupControlNumber(),
                    composite(settings.recipientId(), settings.recipientQualifier()),
                    composite(settings.senderId(), settings.senderQualifier()), action(ack.status()));
            for (TransactionAck transaction : ack.transactions()) {
                if (transaction.controlNumber() != null && !transaction.controlNumber().isBlank()) {
                    transaction(segments, transaction);
                }
            }
            segments.segment("UNT", Integer.toString(segments.count() + 1), messageReference);
        }
        segments.trailer(acks.size(), reference);
    }

    private void transaction(SegmentOut segments, TransactionAck transaction) throws IOException {
        List<AckSentences.Error> errors = transaction.errors().stream().map(AckSentences::parse).toList();
        AckSentences.Error own = errors.stream().filter(e -> e.position() == null).findFirst().orElse(null);
        String directory = settings.directory();
        segments.segment("UCM", transaction.controlNumber(),
                composite(transaction.transactionSetId(), directory.substring(0, 1), directory.substring(1), "UN"),
                "ACCEPTED".equals(transaction.status()) || "ACCEPTED_WITH_ERRORS".equals(transaction.status()) ? "7" : "4",
                own == null ? null : own.code(), own == null ? null : own.segmentTag());
        for (AckSentences.Error error : errors) {
            if (error == own || error.position() == null) {
                continue;
            }
            if (error.element() != null) {
                segments.segment("UCS", error.position());
                segments.segment("UCD", error.code(), composite(error.element(), error.component()));
            } else {
                segments.segment("UCS", error.position(), error.code());
            }
        }
    }

    private static String action(String status) {
        if (status == null) {
            return "4";
        }
        return switch (status) {
            case "ACCEPTED", "ACCEPTED_WITH_ERRORS", "PARTIAL" -> "7";
            case "RECEIVED" -> "8";
            default -> status.matches("\\d{1,2}") ? status : "4";
        };
    }
}

package io.cartbridge.edi.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import io.cartbridge.edi.x12.internal.InterchangeOutput;

/**
 * Writes canonical acknowledgments as X12 997s, one transaction set per {@link FunctionalAck} in one interchange
 * (GS01 {@code FA}): AK1 (functional identifier, group control number), per acknowledged set AK2 and AK5 (its
 * status), AK9 (the group's status and counts). The statuses' words map back to their codes ({@code ACCEPTED}
 * {@code A}, {@code ACCEPTED_WITH_ERRORS} {@code E}, {@code PARTIAL} {@code P}, {@code REJECTED} {@code R}; a code
 * kept as the word is written as it is). The error sentences a reader built from AK3/AK4/AK5 codes are not turned
 * back into codes: {@code translate --to x12} of a rejecting acknowledgment keeps the statuses, not the reasons.
 * Unlike {@link X12FunctionalAckWriter}, which answers a received interchange, this writes acknowledgments read
 * from another file. Thread-safe.
 *
 * @since 0.3
 */
public final class X12AcknowledgmentFileWriter {

    private static final Map<String, String> CODES = Map.of("ACCEPTED", "A", "ACCEPTED_WITH_ERRORS", "E", "PARTIAL", "P",
            "REJECTED", "R");

    private final InterchangeOutput output;

    public X12AcknowledgmentFileWriter(X12Settings settings) {
        this.output = new InterchangeOutput(Objects.requireNonNull(settings, "settings"));
    }

    /** @param acks at least one, functional identifiers and document types in X12's terms */
    public void write(OutputStream out, long controlNumber, LocalDateTime created, List<FunctionalAck> acks)
            throws IOException {
        if (acks.isEmpty()) {
            throw new IllegalArgumentException("An interchange needs at least one acknowledgment");
        }
        output.write(out, "997", "FA", controlNumber, created, (segments, text) -> {
            int st = 0;
            for (FunctionalAck ack : acks) {
                String st02 = String.format("%04d", ++st);
                segments.resetCount();
                segments.segment("ST", "997", st02);
                segments.segment("AK1", text.clean(ack.functionalIdentifier(), 2), text.clean(ack.groupControlNumber(), 9));
                int accepted = 0;
                for (TransactionAck t : ack.transactions()) {
                    segments.segment("AK2", text.clean(t.transactionSetId(), 3), text.clean(t.controlNumber(), 9));
                    String code = code(t.status());
                    accepted += code.equals("A") || code.equals("E") ? 1 : 0;
                    segments.segment("AK5", code);
                }
                int sets = ack.transactions().size();
                segments.segment("AK9", code(ack.status()), Integer.toString(sets), Integer.toString(sets),
                        Integer.toString(accepted));
                segments.segment("SE", Integer.toString(segments.count() + 1), st02);
            }
            return st;
        });
    }

    private static String code(String status) {
        return status == null ? "A" : CODES.getOrDefault(status, status);
    }
}

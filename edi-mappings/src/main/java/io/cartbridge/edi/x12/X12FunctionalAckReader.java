package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.x12.internal.Ack997Handler;
import io.cartbridge.edi.x12.internal.X12ItemStream;
import java.io.InputStream;

/**
 * Reads X12 997 Functional Acknowledgments as {@link FunctionalAck}s, one per transaction set
 * (each acknowledges one functional group we sent), handed out once its SE has been read and
 * checked.
 *
 * <p>Accepts any number of interchanges per file, 004010 and 005010 side by side, any delimiters
 * (taken from each ISA, including control characters such as 0x15 as segment terminator), with or
 * without line breaks (LF or CRLF). Rejects, with an {@link EdiException} listing every error and
 * its segment position: the envelope errors of {@link X12Validator} (counts, control numbers,
 * malformed ISA, truncation), a transaction set CartBridge does not handle
 * ({@code UNSUPPORTED_TRANSACTION}) or of another type ({@code WRONG_TRANSACTION}), a file without
 * any set of this type, and the content errors listed below ({@code MISSING_DATA},
 * {@code INVALID_ELEMENT} for a number or date that does not parse). Streaming, positions, resume
 * and failure follow {@link EdiItemReader}.
 *
 * <p>Mapping: ISA06 sender and ISA13; AK1-01/02 the acknowledged group; AK9-01 the group status;
 * one {@link io.cartbridge.edi.model.TransactionAck} per AK2 loop with AK5-01 as status and a
 * sentence per AK3, AK4 and AK5-02..06 code. A 997 without AK1-02 or AK9-01 is rejected
 * ({@code MISSING_DATA}).
 *
 * <p>An acknowledgment decides what the ledger records about what was sent, so each 997 and 999
 * is validated element by element before it is handed out, in 004010 and 005010 alike; an
 * {@code INVALID_ELEMENT} error names the segment position, the element ({@code AK501}) and the
 * reason: a status (AK5-01, IK5-01, AK9-01) or AK1-01 functional identifier outside its X12 code
 * list, a control number (AK1-02, AK2-02) or count (AK9-02..04) that is not a number, a component
 * or repetition separator inside a simple element, a value too short or too long, a mandatory
 * element missing; segments out of place are {@code UNEXPECTED_SEGMENT} or
 * {@code MISSING_SEGMENT}. AK2-02 must be digits (X12 allows any 4 to 9 characters) since the
 * control numbers CartBridge sends are. Error reason codes (AK3-04, AK4-03, AK5-02..06,
 * AK9-05..09 and the 999's) are checked for form only, as their lists grow with each release.
 *
 * @since 0.1
 */
public final class X12FunctionalAckReader extends X12StreamReader<FunctionalAck> {

    private X12FunctionalAckReader(InputStream in) {
        super(new X12ItemStream<>(in, new Ack997Handler()));
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first item
     */
    public static X12FunctionalAckReader open(InputStream in) {
        return new X12FunctionalAckReader(in);
    }
}

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

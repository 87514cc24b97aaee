package io.cartbridge.edi.edifact;

import io.cartbridge.edi.edifact.internal.ContrlHandler;
import io.cartbridge.edi.edifact.internal.ItemStream;
import io.cartbridge.edi.model.FunctionalAck;
import java.io.InputStream;

/**
 * Reads EDIFACT CONTRL syntax and service reports as {@link FunctionalAck}s, one per CONTRL message
 * (each answers one interchange we sent), handed out once its UNT has been read and checked.
 *
 * <p>Envelopes, syntax and failures as for {@link EdifactDespatchAdviceReader} ({@code WRONG_MESSAGE}
 * for a message other than CONTRL). Mapping: {@code senderId} UNB 0004 and
 * {@code interchangeControlNumber} UNB 0020 of the CONTRL's interchange; {@code groupControlNumber} UCI
 * 0020, the reference of the interchange it acknowledges (what {@link EdifactOrdersWriter} wrote as
 * UNB 0020); {@code functionalIdentifier} the message type of the first UCM (for example
 * {@code ORDERS}), or {@code ""} when the CONTRL lists no message; {@code status} from UCI 0083:
 * {@code 7} {@code ACCEPTED} (or {@code PARTIAL} when a UCM rejects a message or a UCF a group), {@code 4}
 * {@code REJECTED}, {@code 8} {@code RECEIVED} (interchange received, nothing decided yet), any other
 * code as sent. One {@link io.cartbridge.edi.model.TransactionAck} per UCM: message type, reference
 * (0062), {@code ACCEPTED} ({@code 7}) or {@code REJECTED} ({@code 4}), and one sentence per error: the
 * UCM's own 0085, each UCS (segment position in the message, error) and UCD (element and component,
 * error), the codes worded from ISO 9735 list 0085. A CONTRL without UCI 0020 and 0083 is rejected
 * ({@code MISSING_DATA}).
 *
 * @since 0.1
 */
public final class EdifactControlReader extends EdifactStreamReader<FunctionalAck> {

    private EdifactControlReader(InputStream in) {
        super(new ItemStream<>(in, new ContrlHandler()));
    }

    /**
     * @param in the file, positioned at its start; read as {@link #next()} is called, closed by {@link #close()}
     * @return a reader before the first acknowledgment
     */
    public static EdifactControlReader open(InputStream in) {
        return new EdifactControlReader(in);
    }
}

package io.cartbridge.edi.x12;

import io.cartbridge.edi.x12.internal.AckWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Writes the X12 997 Functional Acknowledgment that answers one received interchange.
 *
 * <p>One call writes one interchange: ISA and GS (functional id {@code FA}) built from the
 * {@link X12Settings} exactly as {@link X12WarehouseOrderWriter} builds them, then one ST 997 per
 * received functional group (ST02 {@code 0001}, {@code 0002}, ...): AK1 (received GS01, GS06, and
 * GS08 in 005010), one AK2 per received transaction set (ST01, ST02) with AK3/AK4 notes for its
 * segment and element errors and AK5, then AK9 (status, sets included, received, accepted, group
 * error codes), SE, GE and IEA with their counts. How errors become codes is listed in the package's
 * internal {@code AckSegments}: in short, SE count 4, SE02 mismatch 3, duplicate ST02 23,
 * unsupported set 1, truncated set 2, element errors AK3 code 8 with an AK4, missing segments AK3
 * code 3; GE02 mismatch 4 and GE count 5 in AK9.
 *
 * <p>CartBridge applies a received interchange entirely or not at all, and the 997 says so: when
 * there is no error anywhere, every set is {@code A} and every group {@code A}; when there is one
 * anywhere (an interchange-level IEA error included), every set is {@code R} (with its own codes,
 * if it has errors) and every group {@code R}, with 0 sets accepted.
 *
 * <p>Instances are immutable and thread-safe; the output stream is flushed, not closed.
 *
 * @since 0.1
 */
public final class X12FunctionalAckWriter {

    private final AckWriter writer;

    /** @param settings our envelope ids (sender) and the partner's (receiver), with separators and version */
    public X12FunctionalAckWriter(X12Settings settings) {
        this.writer = new AckWriter(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Writes one 997 interchange acknowledging {@code received}.
     *
     * @param out           where the interchange goes (UTF-8); flushed, not closed
     * @param controlNumber ISA13 (zero-padded to 9 digits) and GS06, 1 to 999999999
     * @param created       the interchange timestamp: ISA09/ISA10 and GS04/GS05
     * @param received      what was received and what was wrong with it
     * @throws IOException              when writing to {@code out} fails
     * @throws IllegalArgumentException for an out-of-range control number, or an interchange
     *                                  without any functional group (a 997 needs one; an unreadable
     *                                  interchange is answered with a TA1, which this class does not write)
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created, ReceivedInterchange received)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(received, "received");
        if (controlNumber < 1 || controlNumber > 999_999_999L) {
            throw new IllegalArgumentException("Control number " + controlNumber + " is outside 1..999999999");
        }
        if (received.groups().isEmpty()) {
            throw new IllegalArgumentException("Interchange " + received.controlNumber()
                    + " has no functional group to acknowledge");
        }
        writer.write(out, controlNumber, created, received);
    }
}

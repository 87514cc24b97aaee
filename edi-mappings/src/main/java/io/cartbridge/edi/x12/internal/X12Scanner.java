package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads any X12 file with StAEDI's {@link EDIStreamReader}, hands each complete segment to a
 * consumer and collects every problem as an {@link EdiError}; it never throws for bad content.
 *
 * <p>A push-style front to {@link SegmentCursor}. StAEDI validates the envelopes (counts, control
 * numbers, segment order, envelope element values) against its bundled control schemas; {@link EnvelopeTracker} words those events and adds
 * its own checks. Parse failures (a malformed ISA, a file that stops before IEA, unreadable bytes)
 * end the scan with one error, after the segments already read were delivered.
 */
public final class X12Scanner {

    /** What a scan found: the format, the transaction set ids (ST01) and the errors, sorted by position. */
    public record Result(String format, List<String> transactionSets, List<EdiError> errors) {
    }

    private X12Scanner() {
    }

    /**
     * @param in       the file; read to its end (or to the first unreadable byte), not closed
     * @param segments receives every segment read, in file order
     * @return what was found
     */
    public static Result scan(InputStream in, Consumer<X12Segment> segments) {
        SegmentCursor cursor = SegmentCursor.open(in);
        for (X12Segment segment = cursor.next(); segment != null; segment = cursor.next()) {
            segments.accept(segment);
        }
        List<EdiError> errors = new ArrayList<>(cursor.errors());
        errors.sort(Comparator.comparingInt(EdiError::segmentPosition));
        return new Result(cursor.format(), cursor.transactionSets(), errors);
    }
}

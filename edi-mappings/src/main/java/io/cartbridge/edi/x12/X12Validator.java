package io.cartbridge.edi.x12;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.x12.internal.X12Scanner;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates the envelopes and structure of any X12 file, whatever its transaction sets.
 *
 * <p>Checks, each reported as an {@link EdiError} with the 1-based segment position:
 * <ul>
 *   <li>the file starts with ISA ({@code EMPTY}, {@code UNKNOWN_FORMAT} otherwise, format
 *       {@code "UNKNOWN"});</li>
 *   <li>the ISA is well formed ({@code MALFORMED_ISA}) and the file is complete ({@code TRUNCATED})
 *       and parseable ({@code SYNTAX});</li>
 *   <li>ISA/GS/ST are closed by matching IEA/GE/SE: counts ({@code SE_COUNT}, {@code GE_COUNT},
 *       {@code IEA_COUNT}), control numbers ({@code SE02_MISMATCH}, {@code GE02_MISMATCH},
 *       {@code IEA02_MISMATCH}), segment order ({@code MISSING_SEGMENT}, {@code UNEXPECTED_SEGMENT}),
 *       envelope element values ({@code INVALID_ELEMENT}), unique ST02 per group
 *       ({@code DUPLICATE_CONTROL_NUMBER});</li>
 *   <li>every segment ID is two or three upper-case letters or digits, the first a letter
 *       ({@code UNEXPECTED_SEGMENT} for {@code w12} or damage), and no element holds a control
 *       character other than a line break or tab ({@code INVALID_ELEMENT}: a NUL from a bad transfer);</li>
 *   <li>every transaction set is one CartBridge handles: 940, 945, 856, 846, 997 or 999
 *       ({@code UNSUPPORTED_TRANSACTION} otherwise).</li>
 * </ul>
 * Several interchanges per file, any delimiters and line breaks are accepted. The last segment
 * may end at the end of the data without its terminator, and line breaks or spaces may follow
 * the last terminator, as widely used parsers accept; a file whose data ends inside a segment
 * (or inside an IEA that does not match its ISA13) is {@code TRUNCATED} at that segment, one that ends inside
 * its first ISA at segment 1. Transaction set
 * content (segments between ST and SE) is not validated here; the document readers do that.
 * A parse failure stops validation at that point, keeping the errors found before it.
 *
 * <p>Thread-safe. The stream is read to its end (or the first unreadable byte) and not closed.
 *
 * @since 0.1
 */
public final class X12Validator {

    /** Transaction sets CartBridge reads or writes. */
    public static final Set<String> SUPPORTED_TRANSACTIONS = Set.of("940", "945", "856", "846", "997", "999");

    /**
     * @param in the file
     * @return the report; never {@code null}; this method does not throw for any content
     */
    public ValidationReport validate(InputStream in) {
        List<EdiError> unsupported = new ArrayList<>();
        X12Scanner.Result result = X12Scanner.scan(in, segment -> {
            if ("ST".equals(segment.tag()) && !SUPPORTED_TRANSACTIONS.contains(segment.element(1))) {
                unsupported.add(new EdiError(segment.position(), "ST", "UNSUPPORTED_TRANSACTION",
                        "Transaction set " + segment.element(1) + " is not supported; CartBridge handles "
                                + "940, 945, 856, 846, 997 and 999."));
            }
        });
        List<EdiError> errors = new ArrayList<>(result.errors());
        errors.addAll(unsupported);
        errors.sort(Comparator.comparingInt(EdiError::segmentPosition));
        return new ValidationReport(result.format(), result.transactionSets(), errors);
    }
}

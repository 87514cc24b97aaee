package io.cartbridge.edi.edifact;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.edifact.internal.EdifactCursor;
import io.cartbridge.edi.edifact.internal.EdifactSegment;
import io.cartbridge.edi.edifact.internal.MessageHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates the envelopes and syntax of any EDIFACT file, whatever its messages.
 *
 * <p>Checks, each reported as an {@link EdiError} with the 1-based segment position (a UNA is segment 1):
 * <ul>
 *   <li>the file starts with UNA or UNB ({@code EMPTY}, {@code UNKNOWN_FORMAT} otherwise, format
 *       {@code "UNKNOWN"}); the UNA/UNB can be read ({@code MALFORMED_HEADER}), the file is complete
 *       ({@code TRUNCATED}) and can be tokenised ({@code SYNTAX}, typically an unescaped segment
 *       terminator);</li>
 *   <li>the syntax identifier is one CartBridge reads (UNOA, UNOB, UNOC to UNOK, UNOW, UNOY) and every
 *       interchange of the file uses the same character set ({@code BAD_SYNTAX_IDENTIFIER}); the syntax
 *       version is 1 to 4, and 4 for UNOW/UNOY ({@code BAD_SYNTAX_VERSION});</li>
 *   <li>UNB/UNG/UNH are closed by matching UNZ/UNE/UNT: counts ({@code UNT_COUNT}, {@code UNE_COUNT},
 *       {@code UNZ_COUNT}), references ({@code UNT_REFERENCE_MISMATCH}, {@code UNE_REFERENCE_MISMATCH},
 *       {@code UNZ_REFERENCE_MISMATCH}), segment order ({@code MISSING_SEGMENT}, {@code UNEXPECTED_SEGMENT}),
 *       service element lengths and presence ({@code INVALID_ELEMENT});</li>
 *   <li>every segment tag is three upper-case letters or digits ({@code INVALID_TAG}); no data holds a
 *       character its syntax identifier's set does not ({@code INVALID_CHARACTER}: 8-bit in UNOA/UNOB,
 *       bytes that are not UTF-8 in UNOW, control characters); the release character precedes only a
 *       separator, the segment terminator or itself ({@code INVALID_RELEASE}); the message segments CartBridge reads
 *       (BGM, DTM, FTX, RFF, NAD, CTA, COM, TDT, LIN, PIA, IMD, QTY, UNS, CNT, CPS, PAC, GIN, MEA, LOC)
 *       have no more elements or components than their definition ({@code UNESCAPED_SEPARATOR});</li>
 *   <li>every message is one CartBridge handles: ORDERS, DESADV, INVRPT or CONTRL
 *       ({@code UNSUPPORTED_MESSAGE} otherwise).</li>
 * </ul>
 * Lower-case letters are accepted in UNOA, as many senders write them. The file is decoded in the
 * character set of its first UNB's syntax identifier. CR and LF are no characters of any EDIFACT
 * repertoire: they are ignored wherever they are (after segment terminators, or inside segments of an
 * interchange wrapped into lines of fixed width), unless the UNA makes one a service character. A space
 * for the repetition separator in the UNA of a syntax version 4 interchange names none.
 *
 * <p>Thread-safe. The stream is read to its end (or the first unreadable byte) and not closed.
 *
 * @since 0.1
 */
public final class EdifactValidator {

    /**
     * @param in the file
     * @return the report, format {@code "EDIFACT"} and the message types in file order; this method does
     *         not throw for any content
     */
    public ValidationReport validate(InputStream in) {
        List<EdiError> errors = new ArrayList<>();
        EdifactCursor cursor = EdifactCursor.open(new NonClosing(in));
        for (EdifactSegment s = cursor.next(); s != null; s = cursor.next()) {
            if ("UNH".equals(s.tag()) && !MessageHandler.SUPPORTED.contains(s.component(2, 1))) {
                errors.add(new EdiError(s.position(), "UNH", "UNSUPPORTED_MESSAGE", "Message " + s.component(2, 1)
                        + " is not supported; CartBridge handles ORDERS, DESADV, INVRPT and CONTRL."));
            }
        }
        errors.addAll(cursor.errors());
        errors.sort(Comparator.comparingInt(EdiError::segmentPosition));
        return new ValidationReport(cursor.format(), cursor.messageTypes(), errors);
    }

    /** Keeps the caller's stream open: the validator only reads it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            // the caller closes
        }
    }
}

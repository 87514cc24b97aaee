package io.cartbridge.edi;

/**
 * One problem found in an EDI file: where it is and what is wrong.
 *
 * <p>Codes are stable, short and machine readable so that callers (acknowledgment generation, the
 * admin dashboard) can branch on them; the message is for people. Codes in use by the X12
 * readers and validator:
 * <ul>
 *   <li>{@code EMPTY}, {@code UNKNOWN_FORMAT}, {@code MALFORMED_ISA}, {@code TRUNCATED},
 *       {@code SYNTAX}: the file cannot be tokenised as X12;</li>
 *   <li>{@code SE_COUNT}, {@code GE_COUNT}, {@code IEA_COUNT}: a trailer's count differs from the
 *       number of segments, transaction sets or groups actually present;</li>
 *   <li>{@code SE02_MISMATCH}, {@code GE02_MISMATCH}, {@code IEA02_MISMATCH}: a trailer's control
 *       number differs from its header's;</li>
 *   <li>{@code UNEXPECTED_SEGMENT}, {@code MISSING_SEGMENT}, {@code INVALID_ELEMENT}: envelope
 *       structure or envelope element errors;</li>
 *   <li>{@code DUPLICATE_CONTROL_NUMBER}: two transaction sets of a group share an ST02;</li>
 *   <li>{@code UNSUPPORTED_TRANSACTION}: a transaction set CartBridge does not handle;</li>
 *   <li>{@code WRONG_TRANSACTION}, {@code MISSING_DATA}: content errors found by a document reader.</li>
 * </ul>
 *
 * @param segmentPosition 1-based index of the segment in the file (the ISA of the first
 *                        interchange is 1), or 0 when the position is unknown
 * @param segmentTag      the tag of that segment ({@code "IEA"}), or {@code ""} when unknown
 * @param code            short machine code, for example {@code "IEA02_MISMATCH"}
 * @param message         one human sentence describing the problem
 * @since 0.1
 */
public record EdiError(int segmentPosition, String segmentTag, String code, String message) {

    public EdiError {
        segmentTag = segmentTag == null ? "" : segmentTag;
    }

    /** {@return a one-line form such as {@code "segment 12 (IEA) IEA02_MISMATCH: ..."}} */
    @Override
    public String toString() {
        String where = segmentPosition > 0
                ? "segment " + segmentPosition + (segmentTag.isEmpty() ? "" : " (" + segmentTag + ")")
                : "unknown segment";
        return where + " " + code + ": " + message;
    }
}

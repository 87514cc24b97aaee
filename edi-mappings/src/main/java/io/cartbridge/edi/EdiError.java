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
 * and by the warehouse XML readers and writers (which give a line and column, not a segment):
 * {@code XML_FORBIDDEN_DTD} (any DOCTYPE, hence every entity trick), {@code XML_NOT_WELL_FORMED},
 * {@code XML_INVALID} (the XSD says no), {@code WRONG_DOCUMENT} (another document's root element),
 * {@code INVALID_ELEMENT} (a value the model cannot take).
 *
 * @param segmentPosition 1-based index of the segment in the file (the ISA of the first
 *                        interchange is 1), or 0 when the position is unknown
 * @param segmentTag      the tag of that segment ({@code "IEA"}), or {@code ""} when unknown
 * @param code            short machine code, for example {@code "IEA02_MISMATCH"}
 * @param message         one human sentence describing the problem
 * @param line            for XML files: the 1-based line of the problem, else 0 (segment formats
 *                        give {@code segmentPosition} instead)
 * @param column          for XML files: the 1-based column of the problem, or 0 when unknown
 * @since 0.1
 */
public record EdiError(int segmentPosition, String segmentTag, String code, String message, int line, int column) {

    public EdiError {
        segmentTag = segmentTag == null ? "" : segmentTag;
    }

    /** An error of a segment format (X12, EDIFACT): a segment position, no line and column. */
    public EdiError(int segmentPosition, String segmentTag, String code, String message) {
        this(segmentPosition, segmentTag, code, message, 0, 0);
    }

    /**
     * An error of an XML file at a line and column.
     *
     * @param element the local name of the element concerned, or {@code null} when unknown
     */
    public static EdiError at(int line, int column, String element, String code, String message) {
        return new EdiError(0, element, code, message, Math.max(line, 0), Math.max(column, 0));
    }

    /**
     * {@return a one-line form such as {@code "segment 12 (IEA) IEA02_MISMATCH: ..."}, or for XML
     * {@code "line 3, column 17 (Quantity) XML_INVALID: ..."}}
     */
    @Override
    public String toString() {
        String tag = segmentTag.isEmpty() ? "" : " (" + segmentTag + ")";
        String where = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + tag
                : segmentPosition > 0 ? "segment " + segmentPosition + tag
                : "unknown segment";
        return where + " " + code + ": " + message;
    }
}

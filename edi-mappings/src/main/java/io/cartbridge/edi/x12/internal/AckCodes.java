package io.cartbridge.edi.x12.internal;

import java.util.Map;

/**
 * The 997 code lists, both ways: words for the codes a partner sends (reader) and the codes we
 * send for our {@link io.cartbridge.edi.EdiError} codes (writer). Lists: AK3-04 segment syntax
 * error (element 720), AK4-03 element syntax error (723), AK5-01/AK9-01 acknowledgment code
 * (717/715), AK5-02..06 set syntax error (718), AK9-05..09 group syntax error (716).
 */
public final class AckCodes {

    /** AK3-04. */
    public static final Map<String, String> SEGMENT_ERRORS = Map.of(
            "1", "unrecognized segment ID", "2", "unexpected segment", "3", "mandatory segment missing",
            "4", "loop occurs over maximum times", "5", "segment exceeds maximum use",
            "6", "segment not in defined transaction set", "7", "segment not in proper sequence",
            "8", "segment has data element errors");

    /** AK4-03. */
    public static final Map<String, String> ELEMENT_ERRORS = Map.of(
            "1", "mandatory data element missing", "2", "conditional required data element missing",
            "3", "too many data elements", "4", "data element too short", "5", "data element too long",
            "6", "invalid character in data element", "7", "invalid code value", "8", "invalid date",
            "9", "invalid time", "10", "exclusion condition violated");

    /** AK5-02..06. */
    public static final Map<String, String> SET_ERRORS = Map.ofEntries(
            Map.entry("1", "transaction set not supported"), Map.entry("2", "transaction set trailer missing"),
            Map.entry("3", "transaction set control number in header and trailer do not match"),
            Map.entry("4", "number of included segments does not match actual count"),
            Map.entry("5", "one or more segments in error"),
            Map.entry("6", "missing or invalid transaction set identifier"),
            Map.entry("7", "missing or invalid transaction set control number"),
            Map.entry("23", "transaction set control number not unique within the functional group"));

    /** AK9-05..09. */
    public static final Map<String, String> GROUP_ERRORS = Map.of(
            "1", "functional group not supported", "2", "functional group version not supported",
            "3", "functional group trailer missing",
            "4", "group control number in the functional group header and trailer do not agree",
            "5", "number of included transaction sets does not match actual count",
            "6", "group control number violates syntax");

    private AckCodes() {
    }

    /** {@return AK5-01/AK9-01 as a word: ACCEPTED, ACCEPTED_WITH_ERRORS, PARTIAL, REJECTED, or the code} */
    public static String status(String code) {
        if (code == null) {
            return "UNKNOWN";
        }
        return switch (code) {
            case "A" -> "ACCEPTED";
            case "E" -> "ACCEPTED_WITH_ERRORS";
            case "P" -> "PARTIAL";
            case "R", "M", "W", "X" -> "REJECTED";
            default -> code;
        };
    }

    /** {@return the words for {@code code} in {@code list}, or "code N" when unknown} */
    public static String describe(Map<String, String> list, String code) {
        return list.getOrDefault(code, "code " + code);
    }
}

package io.cartbridge.edi.x12.internal;

import java.util.Map;

/**
 * The 997 code lists, both ways: words for the codes a partner sends (reader) and the codes we
 * send for our {@link io.cartbridge.edi.EdiError} codes (writer). Lists: AK3-04 segment syntax
 * error (element 720), AK4-03 element syntax error (723), AK5-01/AK9-01 acknowledgment code
 * (717/715), AK5-02..06 set syntax error (718), AK9-05..09 group syntax error (716).
 */
public final class AckCodes {

    /** AK3-04 (720), and a 999's IK3-04 (620), whose implementation codes start with I. */
    public static final Map<String, String> SEGMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "unrecognized segment ID"), Map.entry("2", "unexpected segment"),
            Map.entry("3", "mandatory segment missing"), Map.entry("4", "loop occurs over maximum times"),
            Map.entry("5", "segment exceeds maximum use"), Map.entry("6", "segment not in defined transaction set"),
            Map.entry("7", "segment not in proper sequence"), Map.entry("8", "segment has data element errors"),
            Map.entry("I4", "implementation \"not used\" segment present"),
            Map.entry("I6", "implementation dependent segment missing"),
            Map.entry("I7", "implementation loop occurs under minimum times"),
            Map.entry("I8", "implementation segment below minimum use"),
            Map.entry("I9", "implementation dependent \"not used\" segment present"));

    /** AK4-03 (723), and a 999's IK4-03 (621), whose implementation codes start with I. */
    public static final Map<String, String> ELEMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "mandatory data element missing"), Map.entry("2", "conditional required data element missing"),
            Map.entry("3", "too many data elements"), Map.entry("4", "data element too short"),
            Map.entry("5", "data element too long"), Map.entry("6", "invalid character in data element"),
            Map.entry("7", "invalid code value"), Map.entry("8", "invalid date"), Map.entry("9", "invalid time"),
            Map.entry("10", "exclusion condition violated"), Map.entry("12", "too many repetitions"),
            Map.entry("13", "too many components"), Map.entry("I6", "code value not used in implementation"),
            Map.entry("I9", "implementation dependent data element missing"),
            Map.entry("I10", "implementation \"not used\" data element present"),
            Map.entry("I11", "implementation too few repetitions"),
            Map.entry("I12", "implementation pattern match failure"),
            Map.entry("I13", "implementation dependent \"not used\" data element present"));

    /** AK5-02..06. */
    public static final Map<String, String> SET_ERRORS = Map.ofEntries(
            Map.entry("1", "transaction set not supported"), Map.entry("2", "transaction set trailer missing"),
            Map.entry("3", "transaction set control number in header and trailer do not match"),
            Map.entry("4", "number of included segments does not match actual count"),
            Map.entry("5", "one or more segments in error"),
            Map.entry("6", "missing or invalid transaction set identifier"),
            Map.entry("7", "missing or invalid transaction set control number"),
            Map.entry("23", "transaction set control number not unique within the functional group"),
            Map.entry("I5", "implementation one or more segments in error"),
            Map.entry("I6", "implementation convention not supported"));

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

package io.cartbridge.edi.x12;

import java.util.Objects;

/**
 * Envelope and syntax settings for one trading partner's X12 interchanges.
 *
 * <p>The constructor checks the settings and throws {@link IllegalArgumentException} for values
 * that cannot produce a valid interchange: a version other than {@code 004010}/{@code 005010}, a
 * sender or receiver id shorter than 2 or longer than 15 characters (GS02/GS03 are 2 to 15), a qualifier that is not two
 * characters, a usage indicator other than {@code 'T'}/{@code 'P'}, or separators that are not
 * distinct, printable, non-alphanumeric ASCII characters. In {@code 005010} the repetition
 * separator is always {@code '^'} (written to ISA11), so no other separator may be {@code '^'}.
 *
 * @param version               the X12 version: {@code "004010"} (ISA12 {@code 00401}, ISA11
 *                              {@code U}) or {@code "005010"} (ISA12 {@code 00501}, ISA11 {@code ^});
 *                              also written to GS08
 * @param senderQualifier       ISA05, for example {@code "ZZ"} (mutually defined) or {@code "01"} (DUNS)
 * @param senderId              ISA06 (padded to 15 characters) and GS02
 * @param receiverQualifier     ISA07
 * @param receiverId            ISA08 (padded to 15 characters) and GS03
 * @param usageIndicator        ISA15: {@code 'T'} test or {@code 'P'} production
 * @param elementSeparator      data element separator, usually {@code '*'}
 * @param segmentTerminator     segment terminator, usually {@code '~'}
 * @param componentSeparator    component element separator (ISA16), usually {@code '>'}
 * @param lineBreakAfterSegment whether a {@code '\n'} follows every segment terminator (easier to
 *                              read; every X12 parser ignores it)
 * @since 0.1
 */
public record X12Settings(String version, String senderQualifier, String senderId,
                          String receiverQualifier, String receiverId, char usageIndicator,
                          char elementSeparator, char segmentTerminator, char componentSeparator,
                          boolean lineBreakAfterSegment) {

    /** Version 4010, still what most 3PLs expect for the 940. */
    public static final String VERSION_4010 = "004010";
    /** Version 5010. */
    public static final String VERSION_5010 = "005010";
    /** The repetition separator written to ISA11 in 005010. */
    public static final char REPETITION_SEPARATOR_5010 = '^';

    public X12Settings {
        Objects.requireNonNull(version, "version");
        if (!VERSION_4010.equals(version) && !VERSION_5010.equals(version)) {
            throw new IllegalArgumentException("Unsupported X12 version '" + version + "': use 004010 or 005010");
        }
        checkQualifier("senderQualifier", senderQualifier);
        checkQualifier("receiverQualifier", receiverQualifier);
        checkId("senderId", senderId);
        checkId("receiverId", receiverId);
        if (usageIndicator != 'T' && usageIndicator != 'P') {
            throw new IllegalArgumentException("usageIndicator must be 'T' or 'P', not '" + usageIndicator + "'");
        }
        checkSeparators(version, elementSeparator, segmentTerminator, componentSeparator);
    }

    /**
     * Settings most partners accept: version {@code 004010}, qualifiers {@code ZZ}/{@code ZZ},
     * production ({@code 'P'}), separators {@code '*'}, {@code '~'}, {@code '>'}, and a line break
     * after each segment.
     *
     * @param senderId   our id (ISA06/GS02), 2 to 15 characters
     * @param receiverId the warehouse's id (ISA08/GS03), 2 to 15 characters
     * @return the settings
     */
    public static X12Settings defaults(String senderId, String receiverId) {
        return new X12Settings(VERSION_4010, "ZZ", senderId, "ZZ", receiverId, 'P', '*', '~', '>', true);
    }

    /** {@return a copy with another version ({@code "004010"} or {@code "005010"})} */
    public X12Settings withVersion(String newVersion) {
        return new X12Settings(newVersion, senderQualifier, senderId, receiverQualifier, receiverId,
                usageIndicator, elementSeparator, segmentTerminator, componentSeparator, lineBreakAfterSegment);
    }

    /** {@return ISA12, the interchange control version: {@code "00401"} or {@code "00501"}} */
    public String interchangeVersion() {
        return version.substring(0, 5);
    }

    /** {@return ISA11: {@code 'U'} in 004010, the repetition separator {@code '^'} in 005010} */
    public char isa11() {
        return VERSION_5010.equals(version) ? REPETITION_SEPARATOR_5010 : 'U';
    }

    /** {@return every delimiter character in use, the 005010 repetition separator included} */
    public String delimiters() {
        return "" + elementSeparator + segmentTerminator + componentSeparator
                + (VERSION_5010.equals(version) ? String.valueOf(REPETITION_SEPARATOR_5010) : "");
    }

    private static void checkQualifier(String name, String value) {
        if (value == null || value.length() != 2 || !value.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException(name + " must be two printable ASCII characters, not '" + value + "'");
        }
    }

    private static void checkId(String name, String value) {
        if (value == null || value.strip().length() < 2 || value.length() > 15
                || !value.chars().allMatch(c -> c >= ' ' && c < 127)) {
            throw new IllegalArgumentException(name + " must be 2 to 15 printable ASCII characters, not '" + value + "'");
        }
    }

    private static void checkSeparators(String version, char element, char segment, char component) {
        String all = "" + element + segment + component
                + (VERSION_5010.equals(version) ? String.valueOf(REPETITION_SEPARATOR_5010) : "");
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c <= ' ' || c >= 127 || Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("Separator '" + c + "' must be printable, non-alphanumeric ASCII");
            }
            if (all.indexOf(c) != i) {
                throw new IllegalArgumentException("Separator '" + c + "' is used twice (005010 reserves '^' for repetition)");
            }
        }
    }
}

package io.cartbridge.edi.edifact;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Envelope and syntax settings for one trading partner's EDIFACT interchanges.
 *
 * <p>The constructor checks the settings and throws {@link IllegalArgumentException}, naming the
 * setting, for values that cannot produce a valid interchange: an id empty or longer than 35
 * characters (UNB 0004/0010), a code qualifier longer than 4 characters, a syntax identifier other
 * than {@code UNOA}, {@code UNOB}, {@code UNOC} or {@code UNOW}, a syntax version other than 3 or 4
 * ({@code UNOW} needs 4), a directory other than {@code D96A} or {@code D01B}, an association code
 * longer than 6 characters, or separators that are not distinct printable ASCII characters other
 * than letters, digits and space.
 *
 * @param senderId             UNB 0004: our id at the partner, for example a GLN
 * @param senderQualifier      UNB 0007: the code qualifier of {@code senderId}, for example {@code "14"}
 *                             (GS1/EAN) or {@code "ZZZ"} (mutually defined), or {@code null} for none
 * @param recipientId          UNB 0010: the partner's id
 * @param recipientQualifier   UNB 0007 of the recipient, or {@code null}
 * @param syntaxIdentifier     UNB 0001: {@code UNOA} (upper-case ASCII subset), {@code UNOB} (ASCII),
 *                             {@code UNOC} (ISO 8859-1) or {@code UNOW} (UTF-8, syntax version 4 only);
 *                             the writers encode text in that character set (see {@link EdifactOrdersWriter})
 * @param syntaxVersion        UNB 0002: 3 or 4 (4 writes the date as CCYYMMDD and a repetition separator in UNA)
 * @param directory            the message directory written to UNH S009: {@code D96A} (default) or {@code D01B}
 * @param associationCode      UNH S009 0057, for example {@code "EAN008"} (EANCOM 1997 ORDERS), or
 *                             {@code null} for none
 * @param testIndicator        UNB 0035: {@code true} writes {@code 1} (test interchange)
 * @param acknowledgementRequested UNB 0031: {@code true} asks the partner for a CONTRL
 * @param componentSeparator   UNA1, usually {@code ':'}
 * @param elementSeparator     UNA2, usually {@code '+'}
 * @param releaseCharacter     UNA4, usually {@code '?'}
 * @param segmentTerminator    UNA6, usually {@code '\''}
 * @param writeUna             whether to write the UNA service string advice (it is required when a
 *                             separator differs from the default)
 * @param lineBreakAfterSegment whether a {@code '\n'} follows every segment terminator
 * @since 0.1
 */
public record EdifactSettings(String senderId, String senderQualifier, String recipientId,
                              String recipientQualifier, String syntaxIdentifier, int syntaxVersion,
                              String directory, String associationCode, boolean testIndicator,
                              boolean acknowledgementRequested, char componentSeparator, char elementSeparator,
                              char releaseCharacter, char segmentTerminator, boolean writeUna,
                              boolean lineBreakAfterSegment) {

    /** The syntax identifiers the writers support. */
    public static final Set<String> SYNTAX_IDENTIFIERS = Set.of("UNOA", "UNOB", "UNOC", "UNOW");
    /** UN/EDIFACT directory D.96A, the default. */
    public static final String D96A = "D96A";
    /** UN/EDIFACT directory D.01B. */
    public static final String D01B = "D01B";
    /** The repetition separator written to UNA5 in syntax version 4. */
    public static final char REPETITION_SEPARATOR = '*';

    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z0-9]{1,4}");
    private static final Pattern ASSOCIATION = Pattern.compile("[A-Za-z0-9]{1,6}");

    public EdifactSettings {
        checkId("senderId", senderId);
        checkId("recipientId", recipientId);
        checkQualifier("senderQualifier", senderQualifier);
        checkQualifier("recipientQualifier", recipientQualifier);
        Objects.requireNonNull(syntaxIdentifier, "syntaxIdentifier");
        if (!SYNTAX_IDENTIFIERS.contains(syntaxIdentifier)) {
            throw new IllegalArgumentException("syntaxIdentifier must be UNOA, UNOB, UNOC or UNOW, not '"
                    + syntaxIdentifier + "'");
        }
        if (syntaxVersion != 3 && syntaxVersion != 4) {
            throw new IllegalArgumentException("syntaxVersion must be 3 or 4, not " + syntaxVersion);
        }
        if ("UNOW".equals(syntaxIdentifier) && syntaxVersion != 4) {
            throw new IllegalArgumentException("syntaxIdentifier UNOW (UTF-8) needs syntaxVersion 4");
        }
        if (!D96A.equals(directory) && !D01B.equals(directory)) {
            throw new IllegalArgumentException("directory must be D96A or D01B, not '" + directory + "'");
        }
        if (associationCode != null && !ASSOCIATION.matcher(associationCode).matches()) {
            throw new IllegalArgumentException("associationCode must be 1 to 6 letters or digits, not '"
                    + associationCode + "'");
        }
        checkSeparators(componentSeparator, elementSeparator, releaseCharacter, segmentTerminator, syntaxVersion);
        if (!writeUna && (componentSeparator != ':' || elementSeparator != '+' || releaseCharacter != '?'
                || segmentTerminator != '\'')) {
            throw new IllegalArgumentException("writeUna must be true when a separator differs from the defaults :+?'");
        }
    }

    /**
     * Settings most partners accept: UNOC syntax version 3, directory D96A, no association code,
     * production, no acknowledgment requested, separators {@code :+?'} announced by a UNA, a line
     * break after each segment; qualifiers {@code 14} (GS1 GLN) for both parties.
     *
     * @param senderId    our id (UNB 0004)
     * @param recipientId the partner's id (UNB 0010)
     * @return the settings
     */
    public static EdifactSettings defaults(String senderId, String recipientId) {
        return new EdifactSettings(senderId, "14", recipientId, "14", "UNOC", 3, D96A, null, false, false,
                ':', '+', '?', '\'', true, true);
    }

    /** {@return a copy with another syntax identifier and version} */
    public EdifactSettings withSyntax(String newIdentifier, int newVersion) {
        return new EdifactSettings(senderId, senderQualifier, recipientId, recipientQualifier, newIdentifier,
                newVersion, directory, associationCode, testIndicator, acknowledgementRequested, componentSeparator,
                elementSeparator, releaseCharacter, segmentTerminator, writeUna, lineBreakAfterSegment);
    }

    /** {@return a copy with another directory ({@code D96A} or {@code D01B}) and association code} */
    public EdifactSettings withDirectory(String newDirectory, String newAssociationCode) {
        return new EdifactSettings(senderId, senderQualifier, recipientId, recipientQualifier, syntaxIdentifier,
                syntaxVersion, newDirectory, newAssociationCode, testIndicator, acknowledgementRequested,
                componentSeparator, elementSeparator, releaseCharacter, segmentTerminator, writeUna,
                lineBreakAfterSegment);
    }

    /** {@return a copy with other separators; the UNA is written} */
    public EdifactSettings withSeparators(char component, char element, char release, char terminator) {
        return new EdifactSettings(senderId, senderQualifier, recipientId, recipientQualifier, syntaxIdentifier,
                syntaxVersion, directory, associationCode, testIndicator, acknowledgementRequested, component,
                element, release, terminator, true, lineBreakAfterSegment);
    }

    /** {@return a copy with the test indicator set or cleared} */
    public EdifactSettings withTestIndicator(boolean test) {
        return new EdifactSettings(senderId, senderQualifier, recipientId, recipientQualifier, syntaxIdentifier,
                syntaxVersion, directory, associationCode, test, acknowledgementRequested, componentSeparator,
                elementSeparator, releaseCharacter, segmentTerminator, writeUna, lineBreakAfterSegment);
    }

    /** {@return the UNH S009 release: {@code "96A"} or {@code "01B"}} */
    public String release() {
        return directory.substring(1);
    }

    private static void checkId(String name, String value) {
        if (value == null || value.isBlank() || value.length() > 35
                || !value.chars().allMatch(c -> c >= ' ' && c < 127)) {
            throw new IllegalArgumentException(name + " must be 1 to 35 printable ASCII characters, not '" + value + "'");
        }
    }

    private static void checkQualifier(String name, String value) {
        if (value != null && !QUALIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1 to 4 letters or digits, not '" + value + "'");
        }
    }

    private static void checkSeparators(char component, char element, char release, char terminator, int version) {
        String all = "" + component + element + release + terminator + (version == 4 ? REPETITION_SEPARATOR : "");
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c <= ' ' || c >= 127 || Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("Separator '" + c + "' must be printable ASCII, not a letter, digit or space");
            }
            if (all.indexOf(c) != i) {
                throw new IllegalArgumentException("Separator '" + c + "' is used twice (syntax version 4 reserves '"
                        + REPETITION_SEPARATOR + "' for repetition)");
            }
        }
    }
}

package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.ValidationReport;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdifactSamplesTests {

    private static ValidationReport validate(String name) throws Exception {
        try (InputStream in = EdifactTestData.sample(name)) {
            return new EdifactValidator().validate(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"public-d96a-desadv.edi", "public-d01b-orders-eancom.edi", "desadv-two-orders.edi",
            "desadv-unoa-no-una.edi", "invrpt-d96a.edi", "invrpt-unow-v4.edi", "contrl-accepted.edi",
            "contrl-rejected.edi", "desadv-eancom-unob2.edi", "desadv-nested-packages-unob1.edi",
            "desadv-pallet-ssccs-consignment.edi", "desadv-custom-separators.edi", "desadv-crlf-two-interchanges.edi", "desadv-wrapped-80.edi",
            "invrpt-bins-and-inventory-groups.edi", "contrl-v4-two-messages.edi", "contrl-group-rejected.edi",
            "orders-buyer-only-discrete-quantity.edi"})
    void validSamplesHaveNoErrors(String name) throws Exception {
        ValidationReport report = validate(name);
        assertThat(report.errors()).isEmpty();
        assertThat(report.format()).isEqualTo("EDIFACT");
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
            "broken-desadv-unt-count.edi, 36, UNT, UNT_COUNT, UNT 0074 gives 32 segments but message 1 has 33",
            "broken-desadv-unz-count.edi, 38, UNZ, UNZ_COUNT, UNZ 0036 gives 2 messages or groups but interchange 7001 has 1",
            "broken-desadv-unescaped-plus.edi, 11, NAD, UNESCAPED_SEPARATOR, NAD has 10 data elements but at most 9",
            "broken-desadv-unescaped-apostrophe.edi, 12, Doe, INVALID_TAG, Segment tag 'Doe' is not three upper-case",
            "broken-desadv-bad-syntax-identifier.edi, 2, UNB, BAD_SYNTAX_IDENTIFIER, 'UNOQ' is not one CartBridge reads",
            "broken-invrpt-8bit-in-unoa.edi, 4, BGM, INVALID_CHARACTER, character U+00C4 at offset 4, which syntax identifier UNOA",
            "broken-invrpt-unz-reference.edi, 19, UNZ, UNZ_REFERENCE_MISMATCH, UNZ reference '7199' does not match UNB 0020 '7100'",
            "broken-invrpt-truncated.edi, 12, LIN, TRUNCATED, before the interchange is closed by UNZ",
            "broken-orders-unz-count.edi, 13, UNZ, UNZ_COUNT, UNZ 0036 gives 2 messages or groups but interchange 4711 has 1",
            "broken-contrl-unt-count.edi, 6, UNT, UNT_COUNT, UNT 0074 gives 5 segments but message 1 has 4",
            "broken-desadv-unz-count-syntax1.edi, 41, UNZ, UNZ_COUNT, UNZ 0036 gives 2 messages or groups but interchange 142 has 1",
            "broken-contrl-no-syntax-version.edi, 1, UNB, MALFORMED_HEADER, Unable to obtain version from EDIFACT header segment",
            "broken-orders-release-character.edi, 8, IMD, INVALID_RELEASE, IMD holds the release character '?' before '*'",
            "public-broken-orders-release-character.edi, 85, IMD, INVALID_RELEASE, release character '?' before '*'",
            "public-broken-orders-no-unz.edi, 2, UNB, INVALID_ELEMENT, UNB element 4 value '081012' is invalid (data element too short)",
            "public-broken-orders-ung-group.edi, 2, UNG, INVALID_ELEMENT, UNG element 7 value 'EAN008A' is invalid (data element too long)",
            "public-broken-orders-unz-reference.edi, 12, UNZ, UNZ_REFERENCE_MISMATCH, UNZ reference '1234567' does not match UNB 0020 '1'",
            "public-broken-aperak-unt-count.edi, 3, UNH, UNSUPPORTED_MESSAGE, Message APERAK is not supported"})
    void brokenSamplesReportTheirFirstErrorWithPositionAndReason(String name, int position, String tag, String code,
                                                                 String reason) throws Exception {
        ValidationReport report = validate(name);
        assertThat(report.valid()).isFalse();
        EdiError first = report.errors().get(0);
        assertThat(first.segmentPosition()).isEqualTo(position);
        assertThat(first.segmentTag()).isEqualTo(tag);
        assertThat(first.code()).isEqualTo(code);
        assertThat(first.message()).contains(reason);
    }

    @Test
    void thePublicBrokenFilesAreRejectedForEveryErrorTheyHold() throws Exception {
        assertThat(validate("public-broken-orders-release-character.edi").errors())
                .extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(tuple(85, "INVALID_RELEASE"), tuple(361, "UNESCAPED_SEPARATOR"));
        assertThat(validate("public-broken-orders-no-unz.edi").errors())
                .extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(tuple(2, "INVALID_ELEMENT"), tuple(18, "TRUNCATED"));
        assertThat(validate("public-broken-orders-ung-group.edi").errors())
                .extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(tuple(2, "INVALID_ELEMENT"), tuple(2, "INVALID_ELEMENT"), tuple(3, "INVALID_ELEMENT"),
                        tuple(20, "UNT_COUNT"));
        assertThat(validate("public-broken-aperak-unt-count.edi").errors())
                .extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(tuple(3, "UNSUPPORTED_MESSAGE"), tuple(9, "UNT_COUNT"));
    }

    @Test
    void theReleaseCharacterMayReleaseOnlyServiceCharactersOfTheUnaOrTheDefaults() {
        String released = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'FTX+AAI+++A?+B?:C??D?'E'UNT+3+1'UNZ+1+5'";
        assertThat(new EdifactValidator().validate(EdifactTestData.in(released)).errors()).isEmpty();
        String star = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'FTX+AAI+++A?*B'UNT+3+1'UNZ+1+5'";
        assertThat(new EdifactValidator().validate(EdifactTestData.in(star)).errors())
                .extracting(EdiError::segmentPosition, EdiError::segmentTag, EdiError::code)
                .containsExactly(tuple(3, "FTX", "INVALID_RELEASE"));
        String repetition = "UNA:+.?*'UNB+UNOC:4+A+B+20240101:1200+5'UNH+1+DESADV:D:96A:UN'FTX+AAI+++A?*B'UNT+3+1'UNZ+1+5'";
        assertThat(new EdifactValidator().validate(EdifactTestData.in(repetition)).errors()).isEmpty();
        String repeated = "UNA:+.?*'UNB+UNOC:4+A+B+20240101:1200+5'UNH+1+DESADV:D:96A:UN'FTX+AAI+++A B*C D'UNT+3+1'UNZ+1+5'";
        assertThat(new EdifactValidator().validate(EdifactTestData.in(repeated)).errors()).isEmpty();
        String otherRelease = "UNA:+.! 'UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'FTX+AAI+++A!+B?C!!'"
                + "FTX+AAI+++!?'UNT+4+1'UNZ+1+5'";
        assertThat(new EdifactValidator().validate(EdifactTestData.in(otherRelease)).errors())
                .extracting(EdiError::segmentPosition, EdiError::code).containsExactly(tuple(5, "INVALID_RELEASE"));
        String secondUna = "UNA:+.? 'UNB+UNOC:3+A+B+240101:1200+5'UNH+1+DESADV:D:96A:UN'UNT+2+1'UNZ+1+5'"
                + "UNA:+.? 'UNB+UNOC:3+A+B+240101:1200+6'UNH+1+DESADV:D:96A:UN'FTX+AAI+++A?*'UNT+3+1'UNZ+1+6'";
        assertThat(new EdifactValidator().validate(EdifactTestData.in(secondUna)).errors())
                .extracting(EdiError::segmentPosition, EdiError::segmentTag, EdiError::code)
                .containsExactly(tuple(9, "FTX", "INVALID_RELEASE"));
    }

    @Test
    void aByteOrderMarkAndBlanksOrLineBreaksAfterSegmentsAreNoData() throws Exception {
        byte[] desadv;
        try (InputStream in = EdifactTestData.sample("desadv-eancom-unob2.edi")) {
            desadv = in.readAllBytes();
        }
        String text = new String(desadv, java.nio.charset.StandardCharsets.ISO_8859_1);
        String blanks = text.replace("'\n", "'   \r\n");
        assertThat(new EdifactValidator().validate(EdifactTestData.in(blanks)).errors()).isEmpty();
        assertThat(new EdifactValidator().validate(EdifactTestData.in("\u00EF\u00BB\u00BF" + text)).errors()).isEmpty();
    }

    @Test
    void anUnescapedSegmentTerminatorAlsoBreaksTheCount() throws Exception {
        assertThat(validate("broken-desadv-unescaped-apostrophe.edi").errors())
                .extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(tuple(12, "INVALID_TAG"), tuple(37, "UNT_COUNT"));
    }

    @Test
    void reportsMessageTypesAndRejectsOtherFormatsAndMessages() {
        ValidationReport x12 = new EdifactValidator().validate(EdifactTestData.in("ISA*00*          *00*"));
        assertThat(x12.format()).isEqualTo("UNKNOWN");
        assertThat(x12.errors()).extracting(EdiError::code).containsExactly("UNKNOWN_FORMAT");
        assertThat(x12.errors().get(0).message()).contains("It looks like X12.");

        ValidationReport invoice = new EdifactValidator().validate(EdifactTestData.in(
                "UNB+UNOB:3+A+B+240101:1200+5'UNH+1+INVOIC:D:96A:UN'BGM+380+1'UNT+3+1'UNZ+1+5'"));
        assertThat(invoice.transactionSets()).containsExactly("INVOIC");
        assertThat(invoice.errors()).extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(tuple(2, "UNSUPPORTED_MESSAGE"));
        assertThat(new EdifactValidator().validate(EdifactTestData.in("")).errors())
                .extracting(EdiError::code).containsExactly("EMPTY");
    }

    @Test
    void rejectsUnowBelowSyntaxVersion4AndABadVersion() {
        ValidationReport report = new EdifactValidator().validate(EdifactTestData.utf8(
                "UNB+UNOW:3+A+B+240101:1200+5'UNH+1+INVRPT:D:96A:UN'BGM+35+1'UNT+3+1'UNZ+1+5'"
                        + "UNB+UNOW:X+A+B+240101:1200+6'UNH+1+INVRPT:D:96A:UN'BGM+35+1'UNT+3+1'UNZ+1+6'"));
        assertThat(report.errors()).extracting(EdiError::segmentPosition, EdiError::code)
                .contains(tuple(1, "BAD_SYNTAX_VERSION"), tuple(6, "BAD_SYNTAX_VERSION"));
    }
}

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
            "contrl-rejected.edi"})
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
            "broken-contrl-unt-count.edi, 6, UNT, UNT_COUNT, UNT 0074 gives 5 segments but message 1 has 4"})
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

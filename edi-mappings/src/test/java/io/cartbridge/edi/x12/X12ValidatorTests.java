package io.cartbridge.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class X12ValidatorTests {

    private final X12Validator validator = new X12Validator();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "test_940_2.edi                       | 940",
        "940-valid-004010.edi                 | 940 940",
        "940-valid-005010-crlf.edi            | 940 940",
        "940-valid-004010-no-line-breaks.edi  | 940",
        "940-valid-004010-pipe-separators.edi | 940",
        "940-valid-two-interchanges.edi       | 940 940",
        "945-valid-parties-totals.edi         | 945",
        "945-valid-two-interchanges.edi       | 945 945",
        "856-valid-references-totals.edi      | 856",
        "856-valid-si-item-level-prf.edi      | 856",
        "856-valid-bom-indented-crlf.edi      | 856",
        "apimeister-004060_856.edi            | 856",
        "945-valid-lx-reference-tracking.edi  | 945",
        "945-valid-two-groups.edi             | 945 945",
        "945-valid-005010-isa11-u.edi         | 945",
        "997-valid-two-groups-acknowledged.edi | 997 997",
        "997-valid-ta1-before-group.edi       | 997",
        "997-valid-alphanumeric-set-numbers.edi | 997",
        "999-valid-ctx-composite-reference.edi | 999",
        "staedi-simple997.edi                 | 997",
        "staedi-simple999.edi                 | 999",
        "staedi-simple997-multiple-interchanges.edi | 997 997 997",
        "staedi-optionalInterchangeServices.edi | 997",
        "imsweb-x12_999_rejected.edi          | 999",
        "846-valid-uit-heading-dtm.edi        | 846",
    })
    void validSamplesHaveNoErrors(String file, String sets) throws Exception {
        ValidationReport report = validateSample(file);

        assertThat(report.errors()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.format()).isEqualTo("X12");
        assertThat(report.transactionSets()).containsExactly(sets.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "test_940_1.edi               | X12     | 940     | 32 GE GE02_MISMATCH, 33 IEA INVALID_ELEMENT, 33 IEA IEA02_MISMATCH",
        "940-broken-se-count.edi      | X12     | 940 940 | 20 SE SE_COUNT",
        "997-broken-se-count.edi      | X12     | 997     | 10 SE SE_COUNT",
        "940-broken-se02-mismatch.edi | X12     | 940 940 | 35 SE SE02_MISMATCH",
        "940-broken-ge-count.edi      | X12     | 940 940 | 36 GE GE_COUNT",
        "940-broken-iea-mismatch.edi  | X12     | 940 940 | 37 IEA IEA02_MISMATCH",
        "940-broken-isa-short.edi     | X12     |         | 1 ISA MALFORMED_ISA",
        "940-broken-truncated.edi     | X12     | 940 940 | 27 PER TRUNCATED",
        "x12-unsupported-810.edi      | X12     | 810     | 3 ST UNSUPPORTED_TRANSACTION",
        "not-x12.txt                  | UNKNOWN |         | 0 - UNKNOWN_FORMAT",
        "945-broken-lowercase-tag.edi | X12     | 945     | 17 w12 UNEXPECTED_SEGMENT",
        "856-broken-nul-in-data.edi   | X12     | 856     | 17 LIN INVALID_ELEMENT",
        "997-broken-cut-in-isa.edi    | X12     |         | 1 ISA TRUNCATED",
        "imsweb-x12_999_accepted.edi  | X12     | 999     | 2 GS INVALID_ELEMENT, 10 IEA IEA02_MISMATCH",
    })
    void brokenSamplesReportEveryErrorWithPositionAndTag(String file, String format, String sets, String expected)
            throws Exception {
        ValidationReport report = validateSample(file);

        assertThat(report.valid()).isFalse();
        assertThat(report.format()).isEqualTo(format);
        assertThat(report.transactionSets()).containsExactly(sets == null ? new String[0] : sets.split(" "));
        Tuple[] tuples = Arrays.stream(expected.split(", ")).map(e -> e.split(" "))
                .map(p -> Tuple.tuple(Integer.parseInt(p[0]), p[1].equals("-") ? "" : p[1], p[2])).toArray(Tuple[]::new);
        assertThat(report.errors()).extracting(EdiError::segmentPosition, EdiError::segmentTag, EdiError::code)
                .containsExactly(tuples);
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).endsWith(".").doesNotContain("\n"));
    }

    @Test
    void messagesGiveTheExpectedAndActualValues() throws Exception {
        assertThat(validateSample("940-broken-se-count.edi").errors().get(0).message())
                .isEqualTo("SE01 gives 17 segments but transaction set 0001 has 18 (ST to SE).");
        assertThat(validateSample("997-broken-se-count.edi").errors().get(0).message())
                .isEqualTo("SE01 gives 7 segments but transaction set 0001 has 8 (ST to SE).");
        assertThat(validateSample("940-broken-ge-count.edi").errors().get(0).message())
                .isEqualTo("GE01 gives 3 transaction sets but group 2001 has 2.");
        assertThat(validateSample("940-broken-iea-mismatch.edi").errors().get(0).message())
                .isEqualTo("IEA02 '000002002' does not match ISA13 '000002001'.");
    }

    @Test
    void findsEnvelopeErrorsStaediLeavesToUs() {
        String valid = text("940-valid-004010.edi");

        ValidationReport duplicate = validateText(valid.replace("ST*940*0002~", "ST*940*0001~")
                .replace("SE*15*0002~", "SE*15*0001~"));
        assertThat(duplicate.errors()).extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(Tuple.tuple(21, "DUPLICATE_CONTROL_NUMBER"));

        ValidationReport noGe = validateText(valid.replace("GE*2*1001~\n", ""));
        assertThat(noGe.errors()).extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(Tuple.tuple(36, "MISSING_SEGMENT"));

        ValidationReport ieaCount = validateText(valid.replace("IEA*1*", "IEA*2*"));
        assertThat(ieaCount.errors()).extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(Tuple.tuple(37, "IEA_COUNT"));

        ValidationReport trailingGarbage = validateText(valid + "hello");
        assertThat(trailingGarbage.errors()).extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(Tuple.tuple(37, "SYNTAX"));
    }

    @Test
    void mixed004010And005010InterchangesInOneFileAreValid() {
        String both = text("940-valid-004010.edi") + text("940-valid-005010-crlf.edi");

        ValidationReport report = validateText(both);

        assertThat(report.errors()).isEmpty();
        assertThat(report.transactionSets()).containsExactly("940", "940", "940", "940");
    }

    @Test
    void acceptsEverySupportedSetAndFlagsOthers() {
        StringBuilder edi = new StringBuilder(
                "ISA*00*          *00*          *ZZ*A              *ZZ*B              *240515*0600*U*00401*000000001*0*T*>~"
                + "GS*OW*AA*BB*20240515*0600*1*X*004010~");
        List<String> sets = List.of("940", "945", "856", "846", "997", "850");
        for (int i = 0; i < sets.size(); i++) {
            edi.append("ST*").append(sets.get(i)).append("*000").append(i + 1).append("~SE*2*000").append(i + 1).append('~');
        }
        edi.append("GE*6*1~IEA*1*000000001~");

        ValidationReport report = validateText(edi.toString());

        assertThat(report.transactionSets()).containsExactlyElementsOf(sets);
        assertThat(report.errors()).extracting(EdiError::segmentPosition, EdiError::segmentTag, EdiError::code)
                .containsExactly(Tuple.tuple(13, "ST", "UNSUPPORTED_TRANSACTION"));
    }

    @Test
    void neverThrowsOnEmptyBinaryOrDamagedInput() throws Exception {
        assertThat(validate(new byte[0])).extracting(ValidationReport::format).isEqualTo("UNKNOWN");
        assertThat(validate(new byte[0]).errors()).extracting(EdiError::code).containsExactly("EMPTY");
        assertThat(validateText("\uFEFF<?xml version=\"1.0\"?><order/>").errors().get(0).message()).contains("XML");
        assertThat(validateText("UNA:+.? 'UNB+UNOC:3").errors().get(0).message()).contains("EDIFACT");

        byte[] valid = Files.readAllBytes(TestOrders.SAMPLES.resolve("940-valid-005010-crlf.edi"));
        Random random = new Random(1);
        for (int round = 0; round < 300; round++) {
            byte[] copy = round % 10 == 0 ? new byte[random.nextInt(2000)] : valid.clone();
            if (round % 10 == 0) {
                random.nextBytes(copy);
            }
            for (int i = 0; i < 1 + round % 5; i++) {
                if (copy.length > 0) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
            }
            int length = round % 4 == 0 ? random.nextInt(copy.length + 1) : copy.length;
            ValidationReport report = validator.validate(new ByteArrayInputStream(copy, 0, length));
            assertThat(report.format()).isIn("X12", "UNKNOWN");
            assertThat(report.errors()).allSatisfy(e -> {
                assertThat(e.code()).matches("[A-Z0-9_]+");
                assertThat(e.segmentPosition()).isBetween(0, 100);
            });
        }
    }

    private ValidationReport validateSample(String file) throws Exception {
        return validator.validate(X12WarehouseOrderReaderTests.sample(file));
    }

    private ValidationReport validate(byte[] content) {
        return validator.validate(new ByteArrayInputStream(content));
    }

    private ValidationReport validateText(String content) {
        return validate(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String file) {
        try (InputStream in = Files.newInputStream(TestOrders.SAMPLES.resolve(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}

package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.bytes;
import static io.cartbridge.edi.x12.InboundSamples.readAll;
import static io.cartbridge.edi.x12.InboundSamples.rejection;
import static io.cartbridge.edi.x12.InboundSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.WarehouseOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a file may end: without a terminator after its last segment, or with line breaks and spaces
 * after it (both complete, as widely used parsers read them), or inside a segment (cut off).
 */
class X12FileEndTests {

    private final X12Validator validator = new X12Validator();

    @Test
    void a940WithoutItsLastTerminatorIsComplete() {
        X12OrderFile file = new X12WarehouseOrderReader().read(sample("940-valid-no-final-terminator.edi"));

        assertThat(file.interchangeControlNumber()).isEqualTo(3501);
        assertThat(file.groupControlNumber()).isEqualTo(3501);
        assertThat(file.transactionControlNumbers()).containsExactly("0001", "0002");
        assertThat(file.orders()).extracting(WarehouseOrder::orderNumber)
                .containsExactlyElementsOf(new X12WarehouseOrderReader().read(sample("940-valid-004010.edi")).orders()
                        .stream().map(WarehouseOrder::orderNumber).toList());
    }

    @Test
    void an856WithoutItsLastTerminatorButWithCrlfIsComplete() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipNoticeReader.open(sample("856-valid-no-final-terminator-crlf.edi")));

        assertThat(read).extracting(ShipmentConfirmation::orderNumber, ShipmentConfirmation::shipmentId,
                        ShipmentConfirmation::interchangeControlNumber)
                .containsExactly(tuple("WC-10041", "ASN-50001", "000003503"),
                        tuple("WC-10042", "ASN-50001", "000003503"));
    }

    @Test
    void a945WithBlankLinesAfterItsLastTerminatorIsComplete() throws Exception {
        List<ShipmentConfirmation> read = readAll(X12ShipmentAdviceReader.open(sample("945-valid-trailing-blank-lines.edi")));
        List<ShipmentConfirmation> original = readAll(X12ShipmentAdviceReader.open(sample("945-valid-005010.edi")));

        assertThat(read).extracting(ShipmentConfirmation::interchangeControlNumber).containsOnly("000003502");
        assertThat(read).extracting(ShipmentConfirmation::orderNumber, ShipmentConfirmation::transactionControlNumber)
                .containsExactlyElementsOf(original.stream().map(c -> tuple(
                        c.orderNumber(), c.transactionControlNumber())).toList());
    }

    @Test
    void an846WithNewlineTerminatorsAndBlankLinesAfterTheLastIsComplete() throws Exception {
        List<InventoryItem> read = readAll(X12InventoryAdviceReader.open(sample("846-valid-newline-terminator-blank-lines.edi")));

        assertThat(read).isEqualTo(readAll(X12InventoryAdviceReader.open(sample("846-valid-newline-terminator.edi"))));
        assertThat(read).hasSize(4);
    }

    @Test
    void a997AndA999WithoutTheirLastTerminatorAreComplete() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("997-valid-no-final-terminator.edi"))))
                .extracting(FunctionalAck::interchangeControlNumber, FunctionalAck::groupControlNumber, FunctionalAck::status)
                .containsExactly(tuple("000003505", "2001", "ACCEPTED"));
        assertThat(readAll(X12FunctionalAckReader.open(sample("999-valid-no-final-terminator-spaces.edi"))))
                .extracting(FunctionalAck::interchangeControlNumber, FunctionalAck::groupControlNumber, FunctionalAck::status)
                .containsExactly(tuple("000003506", "1022", "PARTIAL"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "940-valid-no-final-terminator.edi          | 940 940 | 000003501",
        "945-valid-trailing-blank-lines.edi         | 945 945 | 000003502",
        "856-valid-no-final-terminator-crlf.edi     | 856     | 000003503",
        "846-valid-newline-terminator-blank-lines.edi | 846   | 000003504",
        "997-valid-no-final-terminator.edi          | 997     | 000003505",
        "999-valid-no-final-terminator-spaces.edi   | 999     | 000003506",
    })
    void theValidatorAndTheReceiptScanAcceptTheseEnds(String file, String sets, String controlNumber) {
        ValidationReport report = validator.validate(sample(file));
        List<ReceivedInterchange> received = ReceivedInterchange.scan(sample(file), List.of());

        assertThat(report.errors()).isEmpty();
        assertThat(report.transactionSets()).containsExactly(sets.split(" "));
        assertThat(received).singleElement().satisfies(i -> {
            assertThat(i.valid()).isTrue();
            assertThat(i.controlNumber()).isEqualTo(controlNumber);
        });
    }

    /** Every valid sample, whatever its terminator and line breaks, stays valid with each of these ends. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "940-valid-004010.edi",
        "940-valid-005010-crlf.edi",
        "940-valid-004010-no-line-breaks.edi",
        "940-valid-004010-pipe-separators.edi",
        "940-valid-two-interchanges.edi",
        "945-valid-0x15-terminator.edi",
        "945-valid-two-interchanges.edi",
        "856-valid-soi-crlf.edi",
        "846-valid-newline-terminator.edi",
        "997-valid-rejected.edi",
        "999-valid-partly-accepted.edi",
        "test_940_2.edi",
        "v005010_full_transmission_846.edi",
    })
    void everyValidSampleMayEndWithoutItsTerminatorOrWithWhitespace(String file) throws Exception {
        String text = InboundSamples.text(file);
        ValidationReport original = validator.validate(bytes(text));
        String body = withoutFinalTerminator(text);

        for (String end : List.of("", "\n", "\r\n", "   ", "\r\n\r\n \t")) {
            ValidationReport unterminated = validator.validate(bytes(body + end));
            ValidationReport padded = validator.validate(bytes(text + end));
            assertThat(unterminated.errors()).as("no terminator, then %s", escaped(end)).isEmpty();
            assertThat(unterminated.transactionSets()).isEqualTo(original.transactionSets());
            assertThat(padded.errors()).as("terminator, then %s", escaped(end)).isEmpty();
        }
        assertThat(original.errors()).isEmpty();
        assertThat(validator.validate(bytes("\uFEFF\r\n" + body + "\r\n")).errors()).as("byte order mark first").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "997-broken-truncated-in-iea.edi | 12 IEA TRUNCATED",
        "945-broken-truncated-in-se.edi  | 19 SE TRUNCATED",
        "856-broken-truncated-in-td5.edi | 7 TD5 TRUNCATED",
    })
    void aFileThatEndsInsideASegmentIsRejectedAsTruncated(String file, String error) throws Exception {
        String position = error.split(" ")[0];
        String tag = error.split(" ")[1];
        ValidationReport report = validator.validate(sample(file));

        assertThat(report.errors()).extracting(InboundSamples::brief).containsExactly(error);
        assertThat(report.errors().get(0).message()).isEqualTo("The file ends inside segment " + position + " (" + tag
                + "), which has no terminator, before the interchange is closed by IEA; it was probably cut off in transfer.");
        assertThat(ReceivedInterchange.scan(sample(file), List.of())).singleElement()
                .satisfies(i -> assertThat(i.valid()).isFalse());
        List<String> rejected = file.startsWith("997") ? rejection(X12FunctionalAckReader.open(sample(file)))
                : file.startsWith("945") ? rejection(X12ShipmentAdviceReader.open(sample(file)))
                : rejection(X12ShipNoticeReader.open(sample(file)));
        assertThat(rejected).containsExactly(error);
    }

    /** Cut anywhere inside the final IEA, the file is truncated, not a mismatch: only a whole IEA closes it. */
    @Test
    void everyCutInsideTheLastIeaIsTruncated() throws Exception {
        String text = InboundSamples.text("997-valid-accepted.edi");
        String full = "IEA*1*000003401";
        int iea = text.lastIndexOf(full);

        for (int length = 1; length < full.length(); length++) {
            String cut = text.substring(0, iea + length);
            List<EdiError> errors = validator.validate(bytes(cut)).errors();
            assertThat(errors).as("cut after '%s'", full.substring(0, length)).extracting(EdiError::code)
                    .containsExactly("TRUNCATED");
            assertThat(errors.get(0).segmentPosition()).isEqualTo(12);
        }
        assertThat(validator.validate(bytes(text.substring(0, iea + full.length()))).errors()).isEmpty();
    }

    @Test
    void aFileCutRightAfterATerminatorIsStillTruncatedAtThatSegment() throws Exception {
        String text = InboundSamples.text("997-valid-accepted.edi");
        String cut = text.substring(0, text.indexOf("GE*1*3401~\n") + "GE*1*3401~\n".length());

        List<EdiError> errors = validator.validate(bytes(cut + "\r\n  ")).errors();

        assertThat(errors).extracting(InboundSamples::brief).containsExactly("11 GE TRUNCATED");
        assertThat(errors.get(0).message()).startsWith("The file ends after segment 11 (GE) before the interchange is closed");
    }

    @Test
    void anIeaThatIsWholeButWrongWithoutTerminatorIsReportedAsWrongNotCut() throws Exception {
        String text = withoutFinalTerminator(InboundSamples.text("997-valid-accepted.edi"));

        assertThat(validator.validate(bytes(text.replace("IEA*1*", "IEA*2*"))).errors())
                .extracting(InboundSamples::brief).containsExactly("12 IEA IEA_COUNT");
    }

    /** test_940_1.edi (published) pads its last IEA02 with spaces before the terminator: they stay data. */
    @Test
    void spacesBeforeTheLastTerminatorAreStillElementData() {
        assertThat(validator.validate(sample("test_940_1.edi")).errors()).extracting(EdiError::message)
                .contains("IEA02 '3317     ' does not match ISA13 '000003438'.");
    }

    @Test
    void theReaderStillStopsAtTheCutWhenSetsBeforeItWereWhole() throws Exception {
        try (X12FunctionalAckReader reader = X12FunctionalAckReader.open(sample("997-broken-truncated-in-iea.edi"))) {
            assertThat(reader.next().groupControlNumber()).isEqualTo("2001");
            EdiException e = catchThrowableOfType(EdiException.class, reader::next);
            assertThat(e.errors()).extracting(InboundSamples::brief).containsExactly("12 IEA TRUNCATED");
        }
    }

    private static String withoutFinalTerminator(String text) {
        int isa = text.lastIndexOf("ISA");
        char terminator = text.charAt(isa + 105);
        String body = text.stripTrailing();
        if (body.charAt(body.length() - 1) == terminator) {
            body = body.substring(0, body.length() - 1);
        }
        return body.stripTrailing();
    }

    private static String escaped(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}

package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.readAll;
import static io.cartbridge.edi.x12.InboundSamples.rejection;
import static io.cartbridge.edi.x12.InboundSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class X12FunctionalAckReaderTests {

    @Test
    void acceptedGroupWithEveryAcceptedSet() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("997-valid-accepted.edi")))).containsExactly(
                new FunctionalAck("ACMEWHSE", "000003401", "OW", "2001", "ACCEPTED", List.of(
                        new TransactionAck("940", "0001", "ACCEPTED", List.of()),
                        new TransactionAck("940", "0002", "ACCEPTED", List.of()))));
    }

    @Test
    void rejectedGroupExplainsSegmentElementAndSetErrorsIn005010() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("997-valid-rejected.edi")))).containsExactly(
                new FunctionalAck("ACMEWHSE", "000003402", "OW", "2002", "REJECTED", List.of(
                        new TransactionAck("940", "0001", "REJECTED", List.of(
                                "Segment W05 at position 2: segment has data element errors",
                                "Element W0502 (segment at position 2): mandatory data element missing",
                                "Segment N4 at position 7: segment has data element errors",
                                "Element N404 (segment at position 7): data element too long, value '972019999999999999'",
                                "Transaction set: one or more segments in error")),
                        new TransactionAck("940", "0002", "REJECTED", List.of(
                                "Transaction set: number of included segments does not match actual count")))));
    }

    /** test_997_1.edi is a published fragment (ST..SE only): the test wraps it in an ISA/GS envelope. */
    @Test
    void publishedFragmentWrappedInAnEnvelope() throws Exception {
        String fragment = InboundSamples.text("test_997_1.edi").strip();
        String file = "ISA*00*          *00*          *ZZ*PARTNER        *ZZ*CARTBRIDGE     *240516*1830*U*00401*"
                + "000000042*0*P*>~\nGS*FA*PARTNER*CARTBRIDGE*20240516*1830*42*X*004010~\n" + fragment
                + "\nGE*1*42~\nIEA*1*000000042~\n";

        assertThat(readAll(X12FunctionalAckReader.open(InboundSamples.bytes(file)))).containsExactly(
                new FunctionalAck("PARTNER", "000000042", "PO", "2", "REJECTED", List.of(
                        new TransactionAck("850", "103465910", "REJECTED", List.of(
                                "Segment REF at position 3: segment has data element errors",
                                "Element REF01 (segment at position 3): invalid code value, value 'BM'",
                                "Segment REF at position 4: segment has data element errors",
                                "Element REF01 (segment at position 4): invalid code value, value 'DP'",
                                "Transaction set: number of included segments does not match actual count",
                                "Transaction set: one or more segments in error")))));
    }

    @Test
    void theFragmentAloneIsNotX12() throws Exception {
        assertThat(rejection(X12FunctionalAckReader.open(sample("test_997_1.edi")))).containsExactly("0 - UNKNOWN_FORMAT");
    }

    @Test
    void a999ImplementationAcknowledgmentIsReadLikeA997() throws Exception {
        List<FunctionalAck> read = readAll(X12FunctionalAckReader.open(sample("999-valid-partly-accepted.edi")));

        assertThat(read).singleElement().satisfies(ack -> {
            assertThat(ack.functionalIdentifier()).isEqualTo("OW");
            assertThat(ack.groupControlNumber()).isEqualTo("1022");
            assertThat(ack.status()).isEqualTo("PARTIAL");
            assertThat(ack.transactions()).extracting(t -> t.controlNumber() + " " + t.status())
                    .containsExactly("0001 ACCEPTED", "0002 REJECTED");
            assertThat(ack.transactions().get(1).errors()).containsExactly(
                    "Segment N4 at position 9: segment has data element errors",
                    "Element N402 (segment at position 9): invalid code value, value 'ABCDE'",
                    "Transaction set: one or more segments in error");
        });
    }

    @Test
    void aWrongSeCountRejectsTheFileAtTheSe() throws Exception {
        assertThat(rejection(X12FunctionalAckReader.open(sample("997-broken-se-count.edi")))).containsExactly("10 SE SE_COUNT");
    }

    @Test
    void a997WithoutAk9IsRejected() throws Exception {
        String text = InboundSamples.text("997-valid-accepted.edi").replace("AK9*A*2*2*2~\n", "")
                .replace("SE*8*0001", "SE*7*0001");
        assertThat(rejection(X12FunctionalAckReader.open(InboundSamples.bytes(text)))).containsExactly("9 SE MISSING_SEGMENT");
    }

    @Test
    void resumingSkipsAcknowledgmentsAlreadyApplied() throws Exception {
        InboundSamples.assertResumesAfter("997-valid-accepted.edi", 1, X12FunctionalAckReader::open);
    }

    @Test
    void twoSetsInOneGroupAcknowledgeTwoGroupsWithAcceptedWithErrorsAndPartialStatuses() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("997-valid-two-groups-acknowledged.edi")))).containsExactly(
                new FunctionalAck("ACMEWHSE", "000003604", "OW", "2101", "ACCEPTED_WITH_ERRORS", List.of(
                        new TransactionAck("940", "0001", "ACCEPTED_WITH_ERRORS", List.of(
                                "Segment N4 at position 7: segment has data element errors",
                                "Element N402 (segment at position 7): invalid code value, value 'ZZ'")))),
                new FunctionalAck("ACMEWHSE", "000003604", "OW", "2102", "PARTIAL", List.of(
                        new TransactionAck("940", "0001", "ACCEPTED", List.of()),
                        new TransactionAck("940", "0002", "REJECTED", List.of(
                                "Segment W01 at position 9: segment has data element errors",
                                "Element W0101 (segment at position 9): invalid character in data element, value '1O'",
                                "Transaction set: one or more segments in error")))));
    }

    @Test
    void aTa1BetweenIsaAndGsIsPassedOver() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("997-valid-ta1-before-group.edi")))).containsExactly(
                new FunctionalAck("ACMEWHSE", "000003605", "OW", "2103", "ACCEPTED", List.of(
                        new TransactionAck("940", "0001", "ACCEPTED", List.of()))));
    }

    /** AK2-02 repeats an ST02, which X12 makes AN 4/9: another sender's A001 is acknowledged as sent. */
    @Test
    void alphanumericSetControlNumbersAreRead() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("997-valid-alphanumeric-set-numbers.edi")))).containsExactly(
                new FunctionalAck("ACMEWHSE", "000003609", "SW", "4410", "PARTIAL", List.of(
                        new TransactionAck("945", "A001", "ACCEPTED", List.of()),
                        new TransactionAck("945", "SHP1", "REJECTED", List.of(
                                "Segment W12 at position 4: segment has data element errors",
                                "Element W1203 (segment at position 4): invalid character in data element, value '1O'",
                                "Transaction set: one or more segments in error")))));
    }

    @Test
    void a999ContextMayNameACompositeByItsDesignatorAndImplementationCodesAreWorded() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("999-valid-ctx-composite-reference.edi")))).containsExactly(
                new FunctionalAck("ACMEWHSE", "000003610", "OW", "2201", "REJECTED", List.of(
                        new TransactionAck("940", "0001", "REJECTED", List.of(
                                "Segment W01 at position 9: segment has data element errors",
                                "Element W0102 (segment at position 9): invalid code value, value 'ZZ'",
                                "Transaction set: implementation one or more segments in error")))));
    }

    /** Public samples: StAEDI's (Apache-2.0) and imsweb x12-parser's (BSD-3-Clause) acknowledgments of 837 claims. */
    @Test
    void publishedAcknowledgmentsGiveTheirGroupAndSetStatuses() throws Exception {
        assertThat(readAll(X12FunctionalAckReader.open(sample("staedi-simple997.edi")))).containsExactly(
                new FunctionalAck("ReceiverID", "508121953", "HC", "000001", "REJECTED", List.of(
                        new TransactionAck("837", "0021", "REJECTED", List.of(
                                "Segment NM1 at position 8: segment has data element errors",
                                "Element NM108 (segment at position 8): invalid code value, value 'MI'",
                                "Transaction set: one or more segments in error")))));
        assertThat(readAll(X12FunctionalAckReader.open(sample("staedi-simple999.edi")))).singleElement().satisfies(ack -> {
            assertThat(ack.status()).isEqualTo("PARTIAL");
            assertThat(ack.groupControlNumber()).isEqualTo("17456");
            assertThat(ack.transactions()).extracting(t -> t.controlNumber() + " " + t.status())
                    .containsExactly("0001 ACCEPTED", "0002 REJECTED", "0003 REJECTED");
            assertThat(ack.transactions().get(2).errors()).containsExactly(
                    "Segment REF at position 57: mandatory segment missing", "Transaction set: one or more segments in error");
        });
        assertThat(readAll(X12FunctionalAckReader.open(sample("staedi-simple997-multiple-interchanges.edi"))))
                .extracting(FunctionalAck::interchangeControlNumber, FunctionalAck::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("000000001", "REJECTED"),
                        org.assertj.core.groups.Tuple.tuple("000000002", "REJECTED"),
                        org.assertj.core.groups.Tuple.tuple("000000003", "REJECTED"));
        assertThat(readAll(X12FunctionalAckReader.open(sample("staedi-optionalInterchangeServices.edi")))).containsExactly(
                new FunctionalAck("ABCDEFGHIJKLMNO", "000003438", "HC", "000001", "ACCEPTED", List.of()));
        assertThat(readAll(X12FunctionalAckReader.open(sample("imsweb-x12_999_rejected.edi")))).containsExactly(
                new FunctionalAck("EMEDNYBAT", "095832987", "HC", "28", "REJECTED", List.of(
                        new TransactionAck("837", "0028", "REJECTED", List.of(
                                "Segment NM at position 17: unrecognized segment ID",
                                "Transaction set: one or more segments in error")))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "staedi-empty997.edi            | 4 SE MISSING_SEGMENT, 4 SE MISSING_SEGMENT",
        "staedi-extraDelimiter997.edi   | 6 AK3 INVALID_ELEMENT, 6 AK3 INVALID_ELEMENT, 7 AK4 INVALID_ELEMENT",
        "imsweb-x12_999_accepted.edi    | 2 GS INVALID_ELEMENT, 10 IEA IEA02_MISMATCH",
        "997-broken-cut-in-isa.edi      | 1 ISA TRUNCATED",
    })
    void brokenPublishedAcknowledgmentsAreRejectedWithPositions(String file, String expected) throws Exception {
        assertThat(rejection(X12FunctionalAckReader.open(sample(file)))).containsExactly(expected.split(", "));
    }

    /** An acknowledgment that cannot be reconciled with what was sent is rejected before any of it is handed out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "997-broken-ak5-code.edi            | 8 AK5 INVALID_ELEMENT | AK501 'Q' is not a valid Transaction Set Acknowledgment Code (X12 element 717: A, E, M, R, W or X).",
        "997-broken-ak9-count.edi           | 9 AK9 INVALID_ELEMENT | AK903 'two' is not a number (X12 element 123: Number of Received Transaction Sets).",
        "997-broken-ak2-component.edi       | 7 AK2 INVALID_ELEMENT | AK202 holds the component separator '>', but the Transaction Set Control Number (X12 element 329) is a simple element.",
        "997-broken-ak1-group-number.edi    | 4 AK1 INVALID_ELEMENT | AK102 '2OO1' is not a number (X12 element 28: Group Control Number).",
        "997-broken-ak1-functional-id.edi   | 4 AK1 INVALID_ELEMENT | AK101 'QQ' is not a valid Functional Identifier Code (X12 element 479).",
        "999-broken-ik5-code.edi            | 6 IK5 INVALID_ELEMENT | IK501 'Q' is not a valid Transaction Set Acknowledgment Code (X12 element 717: A, E, M, R, W or X).",
        "999-broken-ak2-repetition.edi      | 7 AK2 INVALID_ELEMENT | AK202 holds the repetition separator '^', but the Transaction Set Control Number (X12 element 329) does not repeat.",
    })
    void anAcknowledgmentWithABadElementIsRejectedWithItsPositionAndReason(String file, String error, String message)
            throws Exception {
        List<FunctionalAck> handedOut = new ArrayList<>();
        EdiException e;
        try (X12FunctionalAckReader reader = X12FunctionalAckReader.open(sample(file))) {
            e = catchThrowableOfType(EdiException.class, () -> {
                for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                    handedOut.add(ack);
                }
            });
        }

        assertThat(handedOut).isEmpty();
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(InboundSamples::brief).containsExactly(error);
        assertThat(e.errors()).extracting(EdiError::message).containsExactly(message);
    }

    /** The same checks in 005010, where '^' separates repetitions, and on the 999's own segments. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "997-valid-rejected.edi        | AK5*R*5~         | AK5*R*5^4~           | 10 AK5 INVALID_ELEMENT",
        "997-valid-rejected.edi        | AK9*R*2*2*0~     | AK9*Q*2*2*0~         | 13 AK9 INVALID_ELEMENT",
        "997-valid-rejected.edi        | AK9*R*2*2*0~     | AK9*R*2*2~           | 13 AK9 INVALID_ELEMENT",
        "997-valid-rejected.edi        | AK1*OW*2002*     | AK1*OW*2002>1*       | 4 AK1 INVALID_ELEMENT",
        "997-valid-rejected.edi        | AK3*W05*2**8~    | AK3*W05*two**8~      | 6 AK3 INVALID_ELEMENT",
        "997-valid-rejected.edi        | AK2*940*0002~    | AK2*94O*0002~        | 11 AK2 INVALID_ELEMENT",
        "997-valid-rejected.edi        | AK2*940*0002~    | AK2*940*2~           | 11 AK2 INVALID_ELEMENT",
        "997-valid-accepted.edi        | AK9*A*2*2*2~     | AK9*A*2*2*2*2*2*2*2*2*2~ | 9 AK9 INVALID_ELEMENT",
        "999-valid-partly-accepted.edi | AK1*OW*1022*     | AK1*OW*10:22*        | 4 AK1 INVALID_ELEMENT",
        "999-valid-partly-accepted.edi | IK4*2*116*7*     | IK4*2*11X*7*         | 9 IK4 INVALID_ELEMENT",
        "999-valid-partly-accepted.edi | AK9*P*2*2*1~     | AK9*P*2*2*1^1~       | 11 AK9 INVALID_ELEMENT",
    })
    void elementChecksHoldIn004010And005010(String file, String valid, String broken, String error) throws Exception {
        String text = InboundSamples.text(file);
        assertThat(text).contains(valid);

        assertThat(rejection(X12FunctionalAckReader.open(InboundSamples.bytes(text.replace(valid, broken)))))
                .containsExactly(error);
    }

    @Test
    void aSeparatorErrorIsReportedOnceAndNamesTheSeparator() throws Exception {
        String text = InboundSamples.text("999-valid-partly-accepted.edi").replace("AK2*940*0002~", "AK2*940*02^03^04~");

        EdiException e = catchThrowableOfType(EdiException.class,
                () -> readAll(X12FunctionalAckReader.open(InboundSamples.bytes(text))));

        assertThat(e.errors()).extracting(EdiError::message).containsExactly(
                "AK202 holds the repetition separator '^', but the Transaction Set Control Number (X12 element 329) does not repeat.");
    }

    @Test
    void aSegmentTheAcknowledgmentDoesNotDefineIsRejected() throws Exception {
        String text = InboundSamples.text("997-valid-accepted.edi").replace("AK5*A~\nAK9", "AK5*A~\nN1*ST*X~\nAK9")
                .replace("SE*8*0001", "SE*9*0001");

        assertThat(rejection(X12FunctionalAckReader.open(InboundSamples.bytes(text)))).containsExactly("9 N1 UNEXPECTED_SEGMENT");
    }
}

package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.readAll;
import static io.cartbridge.edi.x12.InboundSamples.rejection;
import static io.cartbridge.edi.x12.InboundSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}

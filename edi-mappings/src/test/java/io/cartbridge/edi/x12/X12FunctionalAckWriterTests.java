package io.cartbridge.edi.x12;

import static io.cartbridge.edi.x12.InboundSamples.bytes;
import static io.cartbridge.edi.x12.InboundSamples.readAll;
import static io.cartbridge.edi.x12.InboundSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.x12.internal.X12Scanner;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12FunctionalAckWriterTests {

    private static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 16, 19, 5);
    private static final X12Settings SETTINGS = X12Settings.defaults("CARTBRIDGE", "ACMEWHSE");

    /** Scans {@code name}, writes the 997 and {@return its segments as "TAG*e1*e2" strings, ISA excluded} */
    static List<String> ackSegments(X12Settings settings, String name, List<EdiError> extra) throws Exception {
        String ack = write(settings, ReceivedInterchange.scan(sample(name), extra).get(0));
        assertThat(new X12Validator().validate(bytes(ack)).errors()).isEmpty();
        List<String> segments = new ArrayList<>();
        X12Scanner.scan(bytes(ack), s -> segments.add(s.tag() + (s.elements().isEmpty() ? "" : "*")
                + String.join("*", s.elements())));
        return segments.subList(1, segments.size());
    }

    static String write(X12Settings settings, ReceivedInterchange received) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new X12FunctionalAckWriter(settings).write(out, 5001, CREATED, received);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aValidInterchangeIsAcceptedSetBySet() throws Exception {
        assertThat(ackSegments(SETTINGS, "945-valid-005010.edi", List.of())).containsExactly(
                "GS*FA*CARTBRIDGE*ACMEWHSE*20240516*1905*5001*X*004010",
                "ST*997*0001", "AK1*SW*3103", "AK2*945*0001", "AK5*A", "AK2*945*0002", "AK5*A", "AK9*A*2*2*2",
                "SE*8*0001", "GE*1*5001", "IEA*1*000005001");
    }

    @Test
    void aWrongSegmentCountRejectsTheSetWithCode4() throws Exception {
        assertThat(ackSegments(SETTINGS, "945-broken-se-count.edi", List.of())).containsExactly(
                "GS*FA*CARTBRIDGE*ACMEWHSE*20240516*1905*5001*X*004010",
                "ST*997*0001", "AK1*SW*3107", "AK2*945*0001", "AK5*R*4", "AK9*R*1*1*0",
                "SE*6*0001", "GE*1*5001", "IEA*1*000005001");
    }

    @Test
    void aWrongGroupCountRejectsTheGroupWithCode5() throws Exception {
        assertThat(ackSegments(SETTINGS, "846-broken-ge-count.edi", List.of()))
                .contains("AK1*IB*3303", "AK2*846*0001", "AK5*R", "AK9*R*1*1*0*5");
    }

    @Test
    void anInterchangeErrorRejectsEverySetWithoutSetCodes() throws Exception {
        ReceivedInterchange received = ReceivedInterchange.scan(sample("856-broken-iea-mismatch.edi"), List.of()).get(0);
        assertThat(received.errors()).extracting(EdiError::code).containsExactly("IEA02_MISMATCH");
        assertThat(ackSegments(SETTINGS, "856-broken-iea-mismatch.edi", List.of()))
                .contains("AK1*SH*3203", "AK2*856*0001", "AK5*R", "AK9*R*1*1*0");
    }

    @Test
    void aReadersContentErrorsBecomeAk3AndAk4() throws Exception {
        String bad = InboundSamples.text("945-valid-partial-backorder.edi").replace("W12*BP*3*1*2", "W12*BP*3*ONE*2");
        EdiException rejected = readerErrors(bytes(bad));
        ReceivedInterchange received = ReceivedInterchange.scan(bytes(bad), rejected.errors()).get(0);
        String ack = write(SETTINGS, received);

        assertThat(ack).contains("AK2*945*0001~\nAK3*W12*9**8~\nAK4*3**6*ONE~\nAK5*R*5~\nAK9*R*1*1*0~");
    }

    @Test
    void aMissingMandatorySegmentIsNamedInAk3() throws Exception {
        EdiException rejected = readerErrors(sample("945-broken-missing-w06.edi"));
        assertThat(ackSegments(SETTINGS, "945-broken-missing-w06.edi", rejected.errors()))
                .contains("AK2*945*0001", "AK3*W06*1**3", "AK5*R*5", "AK9*R*1*1*0");
    }

    @Test
    void anUnsupportedSetIsRejectedWithCode1In005010WithTheGroupVersion() throws Exception {
        assertThat(ackSegments(SETTINGS.withVersion("005010"), "x12-unsupported-810.edi", List.of())).contains(
                "GS*FA*CARTBRIDGE*ACMEWHSE*20240516*1905*5001*X*005010",
                "AK1*IN*777*004010", "AK2*810*0001", "AK5*R*1", "AK9*R*1*1*0");
    }

    @Test
    void theWrittenAckReadsBackAsTheFunctionalAckItDescribes() throws Exception {
        String ack = write(SETTINGS, ReceivedInterchange.scan(sample("945-broken-se-count.edi"), List.of()).get(0));

        List<FunctionalAck> read = readAll(X12FunctionalAckReader.open(bytes(ack)));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).senderId()).isEqualTo("CARTBRIDGE");
        assertThat(read.get(0).groupControlNumber()).isEqualTo("3107");
        assertThat(read.get(0).status()).isEqualTo("REJECTED");
        assertThat(read.get(0).transactions().get(0).errors())
                .containsExactly("Transaction set: number of included segments does not match actual count");
    }

    @Test
    void eachInterchangeOfAFileIsDescribedOnItsOwn() throws Exception {
        List<ReceivedInterchange> received = ReceivedInterchange.scan(sample("945-valid-two-interchanges.edi"), List.of());
        assertThat(received).extracting(ReceivedInterchange::controlNumber).containsExactly("000003105", "000003106");
        assertThat(received).allMatch(ReceivedInterchange::valid);
        assertThat(received.get(1).groups().get(0).version()).isEqualTo("005010");
    }

    @Test
    void nothingToAcknowledgeWithoutAGroup() {
        assertThat(ReceivedInterchange.scan(sample("940-broken-isa-short.edi"), List.of())).isEmpty();
        ReceivedInterchange empty = new ReceivedInterchange("ZZ", "ACMEWHSE", "1", List.of(), List.of());
        assertThatThrownBy(() -> write(SETTINGS, empty)).isInstanceOf(IllegalArgumentException.class);
    }

    private static EdiException readerErrors(InputStream in) throws Exception {
        try (X12ShipmentAdviceReader reader = X12ShipmentAdviceReader.open(in)) {
            reader.next();
            throw new AssertionError("expected a rejection");
        } catch (EdiException e) {
            return e;
        }
    }
}

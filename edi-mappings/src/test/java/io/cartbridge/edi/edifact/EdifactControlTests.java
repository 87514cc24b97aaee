package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdifactControlTests {

    private static final EdifactSettings SHOP = EdifactTestData.settings();

    private static FunctionalAck readOne(InputStream in) throws Exception {
        try (EdifactControlReader reader = EdifactControlReader.open(in)) {
            FunctionalAck ack = reader.next();
            assertThat(reader.next()).isNull();
            return ack;
        }
    }

    @Test
    void readsAnAcceptingContrl() throws Exception {
        FunctionalAck ack = readOne(EdifactTestData.sample("contrl-accepted.edi"));
        assertThat(ack.senderId()).isEqualTo("4098765000002");
        assertThat(ack.interchangeControlNumber()).isEqualTo("9001");
        assertThat(ack.groupControlNumber()).isEqualTo("42");
        assertThat(ack.functionalIdentifier()).isEqualTo("ORDERS");
        assertThat(ack.status()).isEqualTo("ACCEPTED");
        assertThat(ack.transactions()).extracting(TransactionAck::controlNumber, TransactionAck::status)
                .containsExactly(tuple("1", "ACCEPTED"), tuple("2", "ACCEPTED"));
    }

    @Test
    void readsARejectingContrlWithItsReasons() throws Exception {
        FunctionalAck ack = readOne(EdifactTestData.sample("contrl-rejected.edi"));
        assertThat(ack.groupControlNumber()).isEqualTo("43");
        assertThat(ack.status()).isEqualTo("REJECTED");
        TransactionAck second = ack.transactions().get(1);
        assertThat(second.status()).isEqualTo("REJECTED");
        assertThat(second.errors()).containsExactly(
                "Message: control count does not match number of instances received (29) in segment UNT",
                "Element 2 component 1 of the segment at position 7: invalid value (12)");
        assertThat(ack.transactions().get(0).errors()).isEmpty();
    }

    @Test
    void readsEveryContrlOfASyntaxVersion4Interchange() throws Exception {
        List<FunctionalAck> acks = new java.util.ArrayList<>();
        try (EdifactControlReader reader = EdifactControlReader.open(EdifactTestData.sample("contrl-v4-two-messages.edi"))) {
            for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                acks.add(ack);
            }
        }
        assertThat(acks).extracting(FunctionalAck::groupControlNumber, FunctionalAck::status,
                        FunctionalAck::functionalIdentifier)
                .containsExactly(tuple("131", "RECEIVED", ""), tuple("132", "ACCEPTED", "ORDERS"));
        assertThat(acks).allSatisfy(a -> {
            assertThat(a.senderId()).isEqualTo("RECEIVER1");
            assertThat(a.interchangeControlNumber()).isEqualTo("1");
        });
        assertThat(acks.get(1).transactions()).extracting(TransactionAck::controlNumber, TransactionAck::status)
                .containsExactly(tuple("1", "ACCEPTED"));
    }

    @Test
    void aRejectedGroupMakesAnAcknowledgedInterchangePartial() throws Exception {
        FunctionalAck ack = readOne(EdifactTestData.sample("contrl-group-rejected.edi"));
        assertThat(ack.groupControlNumber()).isEqualTo("4711");
        assertThat(ack.status()).isEqualTo("PARTIAL");
        assertThat(ack.transactions()).singleElement().satisfies(t -> {
            assertThat(t.controlNumber()).isEqualTo("17");
            assertThat(t.status()).isEqualTo("REJECTED");
            assertThat(t.errors()).containsExactly(
                    "Message: control count does not match number of instances received (29)");
        });
    }

    @Test
    void answersAValidInterchangeWithAnAcceptingContrlThatReadsBack() throws Exception {
        byte[] orders = EdifactTestData.bytes(SHOP, 42, new EdifactTestData.Generator(7, false).orders(2));
        List<EdifactReceivedInterchange> received = EdifactReceivedInterchange.scan(new ByteArrayInputStream(orders), List.of());
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.controlReference()).isEqualTo("42");
            assertThat(r.messages()).extracting(EdifactReceivedInterchange.Message::reference).containsExactly("1", "2");
        });
        EdifactSettings warehouse = EdifactSettings.defaults("4098765000002", "4012345000009");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactControlWriter(warehouse).write(out, 9001, EdifactTestData.CREATED, received.get(0));
        String text = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).contains("UNH+1+CONTRL:D:3:UN'\nUCI+42+4012345000009:14+4098765000002:14+7'\n"
                + "UCM+1+ORDERS:D:96A:UN+7'\nUCM+2+ORDERS:D:96A:UN+7'\nUNT+5+1'\nUNZ+1+9001'");
        assertThat(new EdifactValidator().validate(new ByteArrayInputStream(out.toByteArray())).errors()).isEmpty();

        FunctionalAck ack = readOne(new ByteArrayInputStream(out.toByteArray()));
        assertThat(ack.status()).isEqualTo("ACCEPTED");
        assertThat(ack.groupControlNumber()).isEqualTo("42");
    }

    @Test
    void answersABrokenInterchangeWithARejectingContrlNamingEachError() throws Exception {
        List<EdifactReceivedInterchange> received;
        try (InputStream in = EdifactTestData.sample("broken-desadv-unescaped-apostrophe.edi")) {
            received = EdifactReceivedInterchange.scan(in, List.of());
        }
        EdifactReceivedInterchange interchange = received.get(0);
        assertThat(interchange.valid()).isFalse();
        assertThat(interchange.messages().get(0).errors()).extracting(EdiError::segmentPosition, EdiError::code)
                .containsExactly(tuple(12, "INVALID_TAG"), tuple(37, "UNT_COUNT"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactControlWriter(EdifactSettings.defaults("4012345000009", "4098765000002")).write(out, 501,
                EdifactTestData.CREATED, interchange);
        String text = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).contains("UCI+7001+4098765000002:14+4012345000009:14+4'\n"
                + "UCM+1+DESADV:D:96A:UN+4+29+UNT'\nUCS+9+15'\n");

        FunctionalAck ack = readOne(new ByteArrayInputStream(out.toByteArray()));
        assertThat(ack.status()).isEqualTo("REJECTED");
        assertThat(ack.transactions()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo("REJECTED");
            assertThat(t.errors()).containsExactly(
                    "Message: control count does not match number of instances received (29) in segment UNT",
                    "Segment at position 9: not supported in this position (15)");
        });
    }

    /** Every broken sample is answered with a CONTRL rejecting it, naming the error's 0085 code where it was found. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(quoteCharacter = '"', value = {
            "broken-desadv-unt-count.edi, UCM+1+DESADV:D:96A:UN+4+29+UNT'",
            "broken-desadv-unz-count.edi, +4+29+UNZ'",
            "broken-orders-unz-count.edi, +4+29+UNZ'",
            "broken-contrl-unt-count.edi, UCM+1+CONTRL:D:3:UN+4+29+UNT'",
            "broken-desadv-unescaped-plus.edi, UCS+8+16'",
            "broken-desadv-unescaped-apostrophe.edi, UCS+9+15'",
            "broken-desadv-bad-syntax-identifier.edi, +4+2+UNB'",
            "broken-invrpt-8bit-in-unoa.edi, UCD+21+2:1'",
            "broken-orders-release-character.edi, UCS+6+22'",
            "broken-desadv-unz-count-syntax1.edi, +4+29+UNZ'"})
    void everyBrokenSampleIsAnsweredWithARejectingContrlNamingTheErrorWhereItIs(String sample, String expected)
            throws Exception {
        List<EdifactReceivedInterchange> received;
        try (InputStream in = EdifactTestData.sample(sample)) {
            received = EdifactReceivedInterchange.scan(in, List.of());
        }
        assertThat(received).hasSize(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactControlWriter(SHOP).write(out, 503, EdifactTestData.CREATED, received.get(0));

        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains(expected);
        assertThat(readOne(new ByteArrayInputStream(out.toByteArray())).status()).isEqualTo("REJECTED");
    }

    @Test
    void placesEnvelopeErrorsOnTheInterchangeAndElementErrorsInUcd() throws Exception {
        List<EdifactReceivedInterchange> received;
        try (InputStream in = EdifactTestData.sample("broken-desadv-unz-count.edi")) {
            received = EdifactReceivedInterchange.scan(in, List.of());
        }
        assertThat(received.get(0).errors()).extracting(EdiError::code).containsExactly("UNZ_COUNT");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactControlWriter(SHOP).write(out, 502, EdifactTestData.CREATED, received.get(0));
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("+4+29+UNZ'\nUCM+1+DESADV:D:96A:UN+4'");

        try (InputStream in = EdifactTestData.sample("broken-desadv-unescaped-plus.edi")) {
            received = EdifactReceivedInterchange.scan(in, List.of());
        }
        out.reset();
        new EdifactControlWriter(SHOP.withSyntax("UNOC", 4)).write(out, 503, EdifactTestData.CREATED, received.get(0));
        String text = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).contains("UNH+1+CONTRL:4:1:UN'").contains("UCS+8+16'");

        try (InputStream in = EdifactTestData.sample("broken-invrpt-8bit-in-unoa.edi")) {
            received = EdifactReceivedInterchange.scan(in, List.of());
        }
        out.reset();
        new EdifactControlWriter(SHOP).write(out, 504, EdifactTestData.CREATED, received.get(0));
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("UCM+1+INVRPT:D:96A:UN+4'\nUCS+2'\nUCD+21+2:1'\n");
        FunctionalAck ack = readOne(new ByteArrayInputStream(out.toByteArray()));
        assertThat(ack.transactions().get(0).errors())
                .containsExactly("Element 2 component 1 of the segment at position 2: invalid character(s) (21)");
    }
}

package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CONTRL over generated acknowledgments: many acknowledgments of random references, statuses and messages, with
 * errors at random positions, written by {@link EdifactAckFileWriter} and read back by {@link EdifactControlReader}
 * give the same acknowledged references, statuses, messages and reasons; written again, the same bytes.
 */
class EdifactAckRoundTripTests {

    private static final EdifactSettings WAREHOUSE = EdifactSettings.defaults("4098765000002", "4012345000009");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomAcknowledgmentsReadBackUnchanged(int seed) throws Exception {
        Random random = new Random(seed);
        List<FunctionalAck> written = new ArrayList<>();
        for (int a = 0, acks = 1 + random.nextInt(5); a < acks; a++) {
            List<TransactionAck> messages = new ArrayList<>();
            boolean rejected = false;
            for (int m = 1, count = 1 + random.nextInt(6); m <= count; m++) {
                List<String> errors = new ArrayList<>();
                if (random.nextInt(3) == 0) {
                    errors.add("Message: control count does not match number of instances received (29) in segment UNT");
                }
                for (int e = 0, more = random.nextInt(3); e < more; e++) {
                    errors.add("Element " + (1 + random.nextInt(9)) + " component 1 of the segment at position "
                            + (2 + random.nextInt(400)) + ": invalid value (12)");
                }
                rejected |= !errors.isEmpty();
                messages.add(new TransactionAck("ORDERS", Integer.toString(1 + random.nextInt(99_999)),
                        errors.isEmpty() ? "ACCEPTED" : "REJECTED", errors));
            }
            written.add(new FunctionalAck("4098765000002", null, "ORDERS",
                    Long.toString(1 + (random.nextLong() & Long.MAX_VALUE) % 99_999_999_999L),
                    rejected ? "REJECTED" : "ACCEPTED", messages));
        }
        byte[] file = write(written);

        List<FunctionalAck> read = read(file);

        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            FunctionalAck want = written.get(i);
            FunctionalAck got = read.get(i);
            assertThat(got.groupControlNumber()).isEqualTo(want.groupControlNumber());
            assertThat(got.status()).as("ack %d", i).isEqualTo(want.status());
            assertThat(got.senderId()).isEqualTo("4098765000002");
            assertThat(got.transactions()).extracting(TransactionAck::transactionSetId, TransactionAck::controlNumber,
                    TransactionAck::status, TransactionAck::errors).containsExactlyElementsOf(want.transactions().stream()
                    .map(t -> org.assertj.core.groups.Tuple.tuple(t.transactionSetId(), t.controlNumber(), t.status(),
                            t.errors())).toList());
        }
        assertThat(write(read)).as("written again").isEqualTo(file);
        assertThat(new EdifactValidator().validate(new ByteArrayInputStream(file)).errors()).isEmpty();
    }

    private static byte[] write(List<FunctionalAck> acks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactAckFileWriter(WAREHOUSE).write(out, 9001, EdifactTestData.CREATED, acks);
        return out.toByteArray();
    }

    private static List<FunctionalAck> read(byte[] file) throws Exception {
        List<FunctionalAck> read = new ArrayList<>();
        try (EdifactControlReader reader = EdifactControlReader.open(new ByteArrayInputStream(file))) {
            for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                read.add(ack);
            }
        }
        return read;
    }
}

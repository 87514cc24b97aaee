package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import org.junit.jupiter.api.Test;

class ReadAheadReaderTests {

    /** Numbers 1..count, then the end of the file or, when {@code fail}, a parse error. */
    private static final class Numbers implements EdiItemReader<Integer> {
        private final int count;
        private final boolean fail;
        private int position;
        boolean closed;

        Numbers(int count, boolean fail) {
            this.count = count;
            this.fail = fail;
        }

        @Override
        public Integer next() {
            if (position < count) {
                return ++position;
            }
            if (fail) {
                throw new EdiException("bad file", List.of(new EdiError(position + 3, "LIN", "TOO_FEW", "LIN-03 missing")));
            }
            return null;
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static List<Integer> drain(EdiItemReader<Integer> reader) {
        List<Integer> items = new ArrayList<>();
        for (Integer i = reader.next(); i != null; i = reader.next()) {
            items.add(i);
        }
        return items;
    }

    @Test
    void handsOutEveryItemInOrderAcrossBatchesAndCountsFromWhereTheWrappedReaderStood() throws Exception {
        Numbers numbers = new Numbers(1000, false);
        numbers.skip(100);
        try (ReadAheadReader<Integer> reader = new ReadAheadReader<>(numbers)) {
            assertThat(reader.position()).isEqualTo(100);
            assertThat(reader.next()).isEqualTo(101);
            assertThat(reader.skip(399)).isEqualTo(399);
            assertThat(reader.position()).isEqualTo(500);
            List<Integer> rest = drain(reader);
            assertThat(rest).hasSize(500).startsWith(501, 502).endsWith(1000);
            assertThat(reader.position()).isEqualTo(1000);
            assertThat(reader.next()).isNull();
        }
        assertThat(numbers.closed).isTrue();
    }

    @Test
    void theItemsBeforeAParseErrorComeOutFirstThenTheErrorItself() {
        ReadAheadReader<Integer> reader = new ReadAheadReader<>(new Numbers(300, true));
        List<Integer> before = new ArrayList<>();
        assertThatThrownBy(() -> {
            while (true) {
                before.add(reader.next());
            }
        }).isInstanceOf(EdiException.class).hasMessageContaining("bad file").hasMessageContaining("LIN-03 missing");
        assertThat(before).hasSize(300).endsWith(300);
        assertThat(reader.position()).isEqualTo(300);
    }

    @Test
    void closingHalfWayStopsTheReadingThread() throws Exception {
        Numbers numbers = new Numbers(1_000_000, false);
        ReadAheadReader<Integer> reader = new ReadAheadReader<>(numbers);
        assertThat(reader.next()).isEqualTo(1);
        reader.close();
        assertThat(numbers.closed).isTrue();
        long after = numbers.position();
        Thread.sleep(50);
        assertThat(numbers.position()).as("nothing read after close").isEqualTo(after).isLessThan(1_000_000);
        reader.close();                                  // idempotent
    }
}

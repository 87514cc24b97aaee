package io.cartbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bench snapshot-read}: a snapshot written in each format is read back whole, and the file removed. */
class SnapshotReadBenchTests {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"x12", "edifact", "xml"})
    void aSnapshotWrittenInTheFormatIsReadBackItemByItem(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = SnapshotReadBench.run(2000, format, new PrintStream(out, true, StandardCharsets.UTF_8), home);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Wrote 2,000 items as " + format.toUpperCase()).contains("Read 2,000 items in ")
                // 0 + 1 + ... + 499, four times
                .contains("(sum of available 499000)").contains("peak heap while reading: ");
        assertThat(home).isEmptyDirectory();
    }
}

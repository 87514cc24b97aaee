package io.cartbridge.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Opens the inbound sample files and drains readers, for the reader and writer tests. */
final class InboundSamples {

    static final Path SAMPLES = Path.of("../sample-data/edi/x12");

    private InboundSamples() {
    }

    static InputStream sample(String name) {
        try {
            return Files.newInputStream(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads every item, checking that the position counts them, and closes the reader. */
    static <T> List<T> readAll(EdiItemReader<T> reader) throws IOException {
        try (reader) {
            List<T> items = new ArrayList<>();
            for (T item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
                assertThat(reader.position()).isEqualTo(items.size());
            }
            assertThat(reader.next()).isNull();
            return items;
        }
    }

    /** Opens {@code name} twice: reads all, then skips {@code k} on a fresh reader; the rest must match. */
    static <T> void assertResumesAfter(String name, int k, Function<InputStream, EdiItemReader<T>> open)
            throws IOException {
        List<T> all = readAll(open.apply(sample(name)));
        try (EdiItemReader<T> resumed = open.apply(sample(name))) {
            assertThat(resumed.skip(k)).isEqualTo(Math.min(k, all.size()));
            assertThat(resumed.position()).isEqualTo(Math.min(k, all.size()));
            List<T> rest = new ArrayList<>();
            for (T item = resumed.next(); item != null; item = resumed.next()) {
                rest.add(item);
            }
            assertThat(rest).isEqualTo(all.subList(Math.min(k, all.size()), all.size()));
            assertThat(resumed.position()).isEqualTo(all.size());
        }
    }

    /** Drains a reader that must fail; {@return the errors as "position TAG CODE" strings} */
    static <T> List<String> rejection(EdiItemReader<T> reader) throws IOException {
        try (reader) {
            EdiException e = catchThrowableOfType(EdiException.class, () -> {
                while (reader.next() != null) {
                    // keep reading until the error
                }
            });
            assertThat(e).as("expected an EdiException").isNotNull();
            assertThat(catchThrowableOfType(EdiException.class, reader::next)).as("sticky failure").isSameAs(e);
            return e.errors().stream().map(InboundSamples::brief).toList();
        }
    }

    static String brief(EdiError e) {
        return e.segmentPosition() + " " + (e.segmentTag().isEmpty() ? "-" : e.segmentTag()) + " " + e.code();
    }
}

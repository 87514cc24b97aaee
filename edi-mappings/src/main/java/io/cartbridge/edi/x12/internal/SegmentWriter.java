package io.cartbridge.edi.x12.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes whole segments and counts them, so that SE01 can be filled in. Trailing empty elements are
 * dropped; empty elements in between are written empty. Values must already be sanitised
 * ({@link X12Text}): no delimiter, no control character.
 *
 * <p>Two targets, byte for byte the same output: StAEDI's {@link EDIStreamWriter}, which checks the
 * envelope against its control schema, and a direct one that puts each segment's UTF-8 bytes on the
 * stream in one write. {@link InterchangeOutput} uses StAEDI for the first interchange of a writer and
 * the direct target for the next ones, which differ from the first only in control numbers and times:
 * StAEDI 1.26 passes every character through {@code OutputStreamWriter.write(int)} (a buffer, a lock
 * and an encoder call per character), too slow for a writer that renders thousands of orders a file;
 * checking the envelope once per writer is enough, since the next interchanges repeat its shape.
 * {@code DirectSegmentsTests} (package {@code io.cartbridge.edi.x12}) shows both targets write the same bytes.
 */
public final class SegmentWriter {

    private final EDIStreamWriter writer;
    private final DirectTarget direct;
    private int segmentCount;

    /** Segments through StAEDI. */
    public SegmentWriter(EDIStreamWriter writer) {
        this.writer = writer;
        this.direct = null;
    }

    /** Segments straight to {@code out} as UTF-8, with these separators, each followed by {@code '\n'} if asked. */
    SegmentWriter(OutputStream out, char elementSeparator, char segmentTerminator, boolean lineBreak) {
        this.writer = null;
        this.direct = new DirectTarget(out, elementSeparator, segmentTerminator, lineBreak);
    }

    /** Writes one segment and adds it to the count. */
    public void segment(String tag, String... elements) throws EDIStreamException {
        int last = elements.length - 1;
        while (last >= 0 && (elements[last] == null || elements[last].isEmpty())) {
            last--;
        }
        if (direct != null) {
            direct.write(tag, elements, last);
        } else {
            writer.writeStartSegment(tag);
            for (int i = 0; i <= last; i++) {
                String value = elements[i];
                if (value == null || value.isEmpty()) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(value);
                }
            }
            writer.writeEndSegment();
        }
        segmentCount++;
    }

    /** Starts a new count (call before ST). */
    public void resetCount() {
        segmentCount = 0;
    }

    /** {@return segments written since the last {@link #resetCount()}} */
    public int count() {
        return segmentCount;
    }

    /** Encodes a segment into a reused buffer (ASCII byte by byte, anything else as UTF-8) and writes it at once. */
    private static final class DirectTarget {

        private final OutputStream out;
        private final byte elementSeparator;
        private final byte segmentTerminator;
        private final boolean lineBreak;
        private byte[] buffer = new byte[512];
        private int length;

        DirectTarget(OutputStream out, char elementSeparator, char segmentTerminator, boolean lineBreak) {
            this.out = out;
            this.lineBreak = lineBreak;
            this.elementSeparator = (byte) elementSeparator;
            this.segmentTerminator = (byte) segmentTerminator;
        }

        void write(String tag, String[] elements, int last) throws EDIStreamException {
            length = 0;
            append(tag);
            for (int i = 0; i <= last; i++) {
                ensure(1);
                buffer[length++] = elementSeparator;
                if (elements[i] != null) {
                    append(elements[i]);
                }
            }
            ensure(2);
            buffer[length++] = segmentTerminator;
            if (lineBreak) {
                buffer[length++] = '\n';
            }
            try {
                out.write(buffer, 0, length);
            } catch (IOException e) {
                throw new EDIStreamException("Could not write segment " + tag + ": " + e.getMessage(), null, e);
            }
        }

        private void append(String value) {
            int n = value.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    appendUtf8(value, i);
                    return;
                }
                buffer[length++] = (byte) c;
            }
        }

        private void appendUtf8(String value, int from) {
            byte[] rest = value.substring(from).getBytes(StandardCharsets.UTF_8);
            ensure(rest.length);
            System.arraycopy(rest, 0, buffer, length, rest.length);
            length += rest.length;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }
}

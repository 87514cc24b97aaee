package io.cartbridge.edi.x12.internal;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes whole segments through StAEDI's {@link EDIStreamWriter} and counts them, so that SE01
 * can be filled in. Trailing empty elements are dropped; empty elements in between are written
 * empty. Values must already be sanitised ({@link X12Text}).
 */
public final class SegmentWriter {

    private final EDIStreamWriter writer;
    private int segmentCount;

    public SegmentWriter(EDIStreamWriter writer) {
        this.writer = writer;
    }

    /** Writes one segment and adds it to the count. */
    public void segment(String tag, String... elements) throws EDIStreamException {
        int last = elements.length - 1;
        while (last >= 0 && (elements[last] == null || elements[last].isEmpty())) {
            last--;
        }
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
}

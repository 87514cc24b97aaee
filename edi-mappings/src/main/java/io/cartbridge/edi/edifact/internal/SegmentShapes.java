package io.cartbridge.edi.edifact.internal;

import java.util.Map;

/**
 * How many data elements, and components per element, the message segments CartBridge reads and
 * writes may have (the larger of D.96A and D.01B). A segment with more was almost always split by
 * an unescaped separator in its data ({@code +} or {@code :} where {@code ?+} or {@code ?:} was
 * meant), which no parser can tell from data: such a file is rejected. Other segments are not
 * checked, so that partners' extra segments (FTX, MOA, ALI ...) pass.
 */
final class SegmentShapes {

    private static final Map<String, int[]> SHAPES = Map.ofEntries(
            Map.entry("BGM", new int[] {4, 3, 1, 1}),
            Map.entry("DTM", new int[] {3}),
            Map.entry("FTX", new int[] {1, 1, 3, 5, 1, 1}),
            Map.entry("RFF", new int[] {5}),
            Map.entry("NAD", new int[] {1, 3, 5, 6, 4, 1, 4, 1, 1}),
            Map.entry("CTA", new int[] {1, 2}),
            Map.entry("COM", new int[] {2}),
            Map.entry("TDT", new int[] {1, 1, 2, 2, 4, 1, 3, 5, 1, 3}),
            Map.entry("LIN", new int[] {1, 1, 4, 2, 1, 1}),
            Map.entry("PIA", new int[] {1, 4, 4, 4, 4, 4}),
            Map.entry("IMD", new int[] {1, 3, 6, 1}),
            Map.entry("QTY", new int[] {3}),
            Map.entry("UNS", new int[] {1}),
            Map.entry("CNT", new int[] {3}),
            Map.entry("CPS", new int[] {1, 1, 1}),
            Map.entry("PAC", new int[] {1, 3, 4, 5, 2}),
            Map.entry("GIN", new int[] {1, 2, 2, 2, 2, 2}),
            Map.entry("MEA", new int[] {1, 4, 5, 1}),
            Map.entry("LOC", new int[] {1, 4, 4, 4, 1}));

    private SegmentShapes() {
    }

    /** {@return the maximum components per element of {@code tag}, or {@code null} when not checked} */
    static int[] of(String tag) {
        return SHAPES.get(tag);
    }
}

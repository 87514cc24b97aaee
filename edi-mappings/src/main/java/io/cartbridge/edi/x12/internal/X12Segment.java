package io.cartbridge.edi.x12.internal;

import java.util.List;

/**
 * One segment as read: its 1-based position in the file, its tag and its element values
 * (components of a composite joined by the component separator, only the first repetition kept).
 */
public record X12Segment(int position, String tag, List<String> elements) {

    /** {@return element {@code n} (1-based, as in "W01-05"), or {@code ""} when absent} */
    public String element(int n) {
        return n >= 1 && n <= elements.size() ? elements.get(n - 1) : "";
    }

    /** {@return element {@code n} trimmed, or {@code null} when absent or blank} */
    public String value(int n) {
        String v = element(n).trim();
        return v.isEmpty() ? null : v;
    }
}

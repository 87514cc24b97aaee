package io.cartbridge.edi.edifact.internal;

import java.util.List;

/**
 * One EDIFACT segment as read: its 1-based position in the file (a UNA counts), its tag and its
 * elements, each a list of components (a simple element has one), release characters removed. Only
 * the first repetition of a repeated element is kept.
 */
public record EdifactSegment(int position, String tag, List<List<String>> elements) {

    /** {@return component 1 of element {@code n} (1-based), or {@code ""} when absent} */
    public String element(int n) {
        return component(n, 1);
    }

    /** {@return component {@code c} of element {@code n} (both 1-based), or {@code ""} when absent} */
    public String component(int n, int c) {
        if (n < 1 || n > elements.size()) {
            return "";
        }
        List<String> components = elements.get(n - 1);
        return c >= 1 && c <= components.size() ? components.get(c - 1) : "";
    }

    /** {@return component {@code c} of element {@code n} trimmed, or {@code null} when absent or blank} */
    public String value(int n, int c) {
        String v = component(n, c).trim();
        return v.isEmpty() ? null : v;
    }

    /** {@return component 1 of element {@code n} trimmed, or {@code null} when absent or blank} */
    public String value(int n) {
        return value(n, 1);
    }

    /** {@return the components of element {@code n}, or an empty list} */
    public List<String> components(int n) {
        return n >= 1 && n <= elements.size() ? elements.get(n - 1) : List.of();
    }
}

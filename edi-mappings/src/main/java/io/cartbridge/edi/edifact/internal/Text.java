package io.cartbridge.edi.edifact.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long text over the repeated components EDIFACT gives it (a NAD's five 35-character name
 * lines, an FTX's five 70-character text lines) and joins them back.
 *
 * <p>The rule both ways: a line is cut after the last space that lets it fit, so it ends with that
 * space, or, for a word longer than a line, exactly at the line's width. Joining concatenates, and
 * puts a space between two lines only when the first is shorter than the width and ends with no
 * space: that is a sender's own line break (as in {@code NAD+DP+++ACME GmbH:Goods receipt}).
 * So text the writer split comes back unchanged, and real files' separate lines stay words apart.
 */
public final class Text {

    private Text() {
    }

    /** {@return {@code text} cut into at most {@code lines} lines of at most {@code width}; the rest is dropped} */
    public static List<String> split(String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String rest = text;
        while (!rest.isEmpty() && out.size() < lines) {
            if (rest.length() <= width) {
                out.add(rest);
                break;
            }
            int cut = rest.charAt(width) == ' ' ? width : rest.lastIndexOf(' ', width - 1) + 1;
            if (cut <= 0) {
                cut = width;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        return out;
    }

    /** {@return the lines joined (see the class description), or {@code null} when all are blank} */
    public static String join(List<String> lines, int width) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (line == null || line.isEmpty()) {
                continue;
            }
            if (previous != null && previous.length() < width && !previous.endsWith(" ") && !line.startsWith(" ")) {
                out.append(' ');
            }
            out.append(line);
            previous = line;
        }
        String joined = out.toString().strip();
        return joined.isEmpty() ? null : joined;
    }

    /** {@return {@code value} cut to {@code max} characters, or {@code null} when null or empty} */
    public static String cut(String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}

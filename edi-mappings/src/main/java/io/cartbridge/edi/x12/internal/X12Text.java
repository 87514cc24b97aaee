package io.cartbridge.edi.x12.internal;

/**
 * Makes arbitrary cart text safe for an X12 data element.
 *
 * <p>X12 has no release (escape) character, so a separator inside a value would split it: every
 * delimiter of the interchange, every control character (C0, DEL, C1) and every line or paragraph
 * separator becomes a space, runs of whitespace collapse to one space, and the value is trimmed.
 * Characters outside the Basic Multilingual Plane (emoji), unpaired surrogates, invisible format
 * characters (zero-width space, soft hyphen, BOM) and the noncharacters U+FFFE/U+FFFF are dropped:
 * StAEDI's reader, like many EDI translators, rejects a file holding a surrogate pair. The result
 * is then cut to the element's maximum length in characters. Other non-ASCII letters
 * ({@code "Łódź"}) are kept: the writer emits UTF-8, which the partner must accept (most 3PLs do;
 * those limited to the X12 basic character set need transliteration upstream).
 */
public final class X12Text {

    private final String delimiters;
    /** Printable ASCII that is not a delimiter: kept as it is, the common case checked first. */
    private final boolean[] plain = new boolean[128];
    private final boolean spaceIsDelimiter;

    /** @param delimiters every delimiter character of the interchange */
    public X12Text(String delimiters) {
        this.delimiters = delimiters;
        this.spaceIsDelimiter = delimiters.indexOf(' ') >= 0;
        for (char c = '!'; c < 127; c++) {
            plain[c] = delimiters.indexOf(c) < 0;
        }
    }

    /**
     * @param value     raw text, may be {@code null}
     * @param maxLength the element's maximum length
     * @return the sanitised value, {@code ""} when nothing printable is left
     */
    public String clean(String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (!needsCleaning(value)) {
            return truncate(value, maxLength);
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (isBlank(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return truncate(out.toString(), maxLength);
    }

    private boolean needsCleaning(String value) {
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if (c < 128 && plain[c]) {
                continue;
            }
            if (c == ' ' && !spaceIsDelimiter) {
                // a single space before a kept character stays: the common case, decided without the Character
                // tables
                if (i == 0 || i == last) {
                    return true;
                }
                char next = value.charAt(i + 1);
                if (next < 128 && plain[next]) {
                    continue;
                }
                if (isBlank(next)) {
                    return true;
                }
                continue;
            }
            if (isDropped(c) || isBlank(c) && (c != ' ' || i == 0 || i == last || isBlank(value.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDropped(char c) {
        return Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT || c == '\uFFFE' || c == '\uFFFF';
    }

    private boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                || delimiters.indexOf(c) >= 0;
    }

    /** {@return {@code value} cut to {@code maxLength} characters, trailing space removed} */
    private static String truncate(String value, int maxLength) {
        return value.length() <= maxLength ? value : value.substring(0, maxLength).stripTrailing();
    }
}

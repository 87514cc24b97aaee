package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of a file before StAEDI reads it: skips a UTF-8 byte order mark and
 * leading whitespace, accepts only a file that starts with {@code UNA} or {@code UNB}, and finds the
 * first UNB's syntax identifier, which decides the character set the file is decoded with
 * (StAEDI decodes with one charset given up front). The stream is left at the UNA or UNB.
 */
final class Sniffer {

    private static final int PEEK = 4096;

    /**
     * What the first bytes say: an error, or the syntax identifier and version of the first UNB (possibly
     * unknown or empty) and the UNA's nine characters ({@code null} without UNA).
     */
    record Head(EdiError error, String syntaxIdentifier, String syntaxVersion, String una) {

        Head(EdiError error) {
            this(error, "", "", null);
        }
    }

    private Sniffer() {
    }

    static Head sniff(BufferedInputStream in) throws IOException {
        int b;
        boolean bom = false;
        do {
            in.mark(PEEK + 4);
            b = in.read();
            if (b == 0xEF && !bom) {
                bom = in.read() == 0xBB && in.read() == 0xBF;
                if (!bom) {
                    in.reset();
                    break;
                }
                b = ' ';
            }
        } while (b == ' ' || b == '\t' || b == '\r' || b == '\n');
        if (b == -1) {
            return new Head(new EdiError(0, "", "EMPTY", "The file is empty."));
        }
        in.reset();
        in.mark(PEEK);
        String head = new String(in.readNBytes(PEEK), StandardCharsets.ISO_8859_1);
        in.reset();
        char element = '+';
        char component = ':';
        int unb = 0;
        if (head.startsWith("UNA") && head.length() >= 9) {
            component = head.charAt(3);
            element = head.charAt(4);
            unb = head.indexOf("UNB", 9);
        } else if (!head.startsWith("UNB")) {
            String hint = head.startsWith("ISA") ? " It looks like X12." : head.startsWith("<") ? " It looks like XML." : "";
            return new Head(new EdiError(0, "", "UNKNOWN_FORMAT", "The file does not start with an EDIFACT UNA or UNB"
                    + " segment (it starts with '" + printable(head.substring(0, Math.min(16, head.length()))) + "')."
                    + hint));
        }
        String una = head.startsWith("UNA") && head.length() >= 9 ? head.substring(0, 9) : null;
        if (unb < 0 || unb + 4 > head.length()) {
            return new Head(null, "", "", una);
        }
        int start = unb + 4;
        int end = start;
        while (end < head.length() && head.charAt(end) != component && head.charAt(end) != element) {
            end++;
        }
        String version = "";
        if (end < head.length() && head.charAt(end) == component) {
            int v = end + 1;
            while (v < head.length() && head.charAt(v) != component && head.charAt(v) != element) {
                v++;
            }
            version = head.substring(end + 1, v);
        }
        return new Head(null, head.substring(start, end), version, una);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= ' ' && c < 127 ? c : '.');
        }
        return out.toString();
    }
}

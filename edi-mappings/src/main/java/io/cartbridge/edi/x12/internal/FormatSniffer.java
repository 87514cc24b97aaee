package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of a file: skips a UTF-8 byte order mark and leading whitespace, then
 * accepts only a file that starts with {@code ISA}. The stream is left positioned at the ISA.
 */
final class FormatSniffer {

    private static final int PEEK = 16;

    private FormatSniffer() {
    }

    /** {@return {@code null} when the stream starts with ISA, else the error to report} */
    static EdiError check(BufferedInputStream in) throws IOException {
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
            return new EdiError(0, "", "EMPTY", "The file is empty.");
        }
        in.reset();
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("ISA")) {
            return null;
        }
        String hint = start.startsWith("UNA") || start.startsWith("UNB") ? " It looks like EDIFACT."
                : start.startsWith("<") ? " It looks like XML." : "";
        return new EdiError(0, "", "UNKNOWN_FORMAT", "The file does not start with an X12 ISA segment (it starts with '"
                + printable(start) + "')." + hint);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= ' ' && c < 127 ? c : '.');
        }
        return out.toString();
    }
}

package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Sits between the file and StAEDI: drops line breaks inside segments and checks the use of the release
 * character, which StAEDI accepts before any character and drops without a word.
 *
 * <p>Line breaks: CR and LF are no characters of any EDIFACT character repertoire, so they are never data.
 * Senders put them after segment terminators for readability, which StAEDI skips, and some transfer
 * systems wrap an interchange into lines of fixed width (80 or 128 characters), which puts them inside
 * segments, even inside a value. They are dropped wherever they are, unless the UNA makes one of them a
 * service character (a segment terminator of LF).
 *
 * <p>ISO 9735 gives the release character one purpose: to restore a service character that occurs in
 * data to its ordinary meaning. It may precede only the component and data element separators, the
 * segment terminator, the release character itself and (syntax version 4) the repetition separator.
 * Before any other character ({@code ?*} where {@code *} is not the repetition separator, {@code ?A})
 * it is a syntax error: the sender escaped something that needs no escaping, or meant a literal
 * {@code ?} and wrote it unreleased, so the data cannot be trusted to say what was meant. Each such
 * segment is reported once as {@code INVALID_RELEASE} with its position, counted as
 * {@link EdifactCursor} counts them (a UNA is segment 1).
 *
 * <p>A space in the UNA for the release character or (syntax version 4) the repetition separator means
 * that none is used, as space is a data character in every character set. StAEDI would take a space
 * as the repetition separator of a version 4 interchange and cut every value at its first space (many
 * senders write the version 3 UNA {@code UNA:+.? '} whatever the version), so the filter hands it a
 * UNA whose repetition separator is a control character, which no data may hold.
 *
 * <p>Works on bytes: the service characters of every character set CartBridge reads are single bytes
 * that never occur inside a UTF-8 sequence.
 */
final class ServiceCharacterFilter extends FilterInputStream {

    private static final int DROP = -2;

    private final List<EdiError> errors;
    private final int component;
    private final int element;
    private final int release;
    private final int repetition;
    private final int terminator;
    private int una;
    private final boolean version4;
    /** Stands for the repetition separator of a version 4 UNA that names none (a space). */
    private static final int NO_REPETITION = 0x1F;
    private int segment;
    private boolean released;
    private int reported = -1;
    private final StringBuilder tag = new StringBuilder(3);

    /**
     * @param in     the file, positioned at its UNA or UNB
     * @param head   what {@link Sniffer} found: the UNA's service characters, else the defaults
     * @param errors where to add the errors found
     */
    ServiceCharacterFilter(InputStream in, Sniffer.Head head, List<EdiError> errors) {
        super(in);
        this.errors = errors;
        this.version4 = "4".equals(head.syntaxVersion());
        String una = head.una();
        if (una != null) {
            this.una = una.length();
            component = una.charAt(3);
            element = una.charAt(4);
            release = una.charAt(6) == ' ' ? -1 : una.charAt(6);
            repetition = una.charAt(7) == ' ' ? -1 : una.charAt(7);
            terminator = una.charAt(8);
            segment = 1;
        } else {
            component = ':';
            element = '+';
            release = '?';
            repetition = "4".equals(head.syntaxVersion()) ? '*' : -1;
            terminator = '\'';
        }
    }

    @Override
    public int read() throws IOException {
        int b;
        int out;
        do {
            b = super.read();
            out = b < 0 ? b : pass(b);
        } while (out == DROP);
        return out;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int kept;
        do {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                return -1;
            }
            kept = 0;
            for (int i = 0; i < n; i++) {
                int out = pass(buffer[offset + i] & 0xFF);
                if (out != DROP) {
                    buffer[offset + kept++] = (byte) out;
                }
            }
        } while (kept == 0);
        return kept;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** {@return the byte that goes on to StAEDI for {@code b}, or {@link #DROP}}, checking it on the way */
    private int pass(int b) {
        if (una > 0) {
            // the repetition separator is the UNA's fifth service character: two before its end
            boolean repetitionPosition = una == 2;
            una--;
            return repetitionPosition && b == ' ' && version4 ? NO_REPETITION : b;
        }
        if ((b == '\r' || b == '\n') && b != terminator && b != element && b != component && b != release) {
            return DROP;
        }
        if (tag.length() < 3 && b > ' ' && !released) {
            tag.append((char) b);
            if (tag.length() == 3 && "UNA".contentEquals(tag)) {
                // a later interchange's UNA: its six service characters are no data (the first one's are assumed)
                una = 6;
                segment++;
                tag.setLength(0);
                return b;
            }
        }
        if (released) {
            released = false;
            if (b != component && b != element && b != release && b != terminator && b != repetition
                    && reported != segment) {
                reported = segment;
                errors.add(new EdiError(segment + 1, tag.toString(), "INVALID_RELEASE", String.format(
                        "%s holds the release character '%c' before '%s', which is not a separator, the release"
                                + " character or the segment terminator; only those may be released (a literal '%c'"
                                + " is written '%c%c').", tag, (char) release, printable(b), (char) release,
                        (char) release, (char) release)));
            }
            return b;
        }
        if (b == release) {
            released = true;
        } else if (b == terminator) {
            segment++;
            tag.setLength(0);
        }
        return b;
    }

    private static String printable(int b) {
        return b > ' ' && b != 0x7F ? String.valueOf((char) b) : String.format("U+%04X", b);
    }
}

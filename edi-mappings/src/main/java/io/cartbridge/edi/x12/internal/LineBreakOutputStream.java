package io.cartbridge.edi.x12.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Adds a {@code '\n'} after every segment terminator byte. StAEDI's own pretty printing uses the
 * platform line separator; this keeps files byte-identical on every OS, so that a resent
 * interchange is the same file. Safe for UTF-8 because the terminator is ASCII and never part of
 * a multi-byte sequence, and because {@link X12Text} removes it from data.
 */
public final class LineBreakOutputStream extends FilterOutputStream {

    private final byte terminator;

    public LineBreakOutputStream(OutputStream out, char terminator) {
        super(out);
        this.terminator = (byte) terminator;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        if ((byte) b == terminator) {
            out.write('\n');
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == terminator) {
                out.write(b, start, i + 1 - start);
                out.write('\n');
                start = i + 1;
            }
        }
        if (start < end) {
            out.write(b, start, end - start);
        }
    }
}

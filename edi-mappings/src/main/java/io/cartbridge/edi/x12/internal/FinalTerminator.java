package io.cartbridge.edi.x12.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lets an X12 file end the way partners' files often do, as widely used parsers accept: with a line
 * break or spaces after the last segment terminator, or with no terminator after the last segment
 * at all ({@code ...IEA*1*000000001} and end of data). StAEDI alone reports a missing last
 * terminator as a file cut off inside its last segment, and one followed by a line break as
 * unreadable data.
 *
 * <p>Bytes pass through unchanged, except at the end of the data: the run of whitespace (CR, LF,
 * space, tab) and terminators after the last other byte ends at its first terminator (whitespace
 * before it is kept as element data, unless the terminator is itself a line break), and is one
 * terminator {@linkplain #supplied() supplied} when the file had none there. The terminator is
 * the one of the interchange being read (byte 106 of each ISA). Whether a segment ended that way is complete is
 * for {@link SegmentCursor} to judge: an IEA that closes its interchange is, anything else was cut.
 * Memory stays flat: only a run of trailing whitespace (at most {@value #HOLD_MAX} bytes) is held.
 */
final class FinalTerminator extends InputStream {

    private static final int ISA_TERMINATOR_OFFSET = 105;
    private static final int HOLD_MAX = 1 << 16;

    private final InputStream in;
    private final byte[] chunk = new byte[8192];
    private final byte[] one = new byte[1];
    private byte[] out = new byte[8192 + 64];
    private int outStart;
    private int outEnd;
    private byte[] held = new byte[64];
    private int heldCount;
    private int terminator = -1;
    private boolean atSegmentStart = true;
    private int segmentOffset;
    private int tagMatched;
    private boolean inIsa;
    private boolean segmentOpen;
    private boolean eof;
    private boolean supplied;
    private int finalSegmentLength;

    FinalTerminator(InputStream in) {
        this.in = in;
    }

    /** {@return true when the data ended inside a segment and its terminator was added} */
    boolean supplied() {
        return supplied;
    }

    /** {@return when {@link #supplied()}, the length of the segment it ended, at most 3 when cut inside its tag} */
    int finalSegmentLength() {
        return finalSegmentLength;
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (outStart == outEnd) {
            if (eof) {
                return -1;
            }
            outStart = outEnd = 0;
            int n = in.read(chunk);
            if (n == -1) {
                finish();
            } else {
                for (int i = 0; i < n; i++) {
                    accept(chunk[i]);
                }
            }
        }
        int n = Math.min(len, outEnd - outStart);
        System.arraycopy(out, outStart, b, off, n);
        outStart += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void accept(byte c) {
        trackIsa(c);
        boolean isTerminator = terminator >= 0 && (c & 0xFF) == terminator;
        if (isTerminator || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            hold(c);
            if (isTerminator) {
                atSegmentStart = true;
                inIsa = false;
            }
            return;
        }
        release(held, heldCount);
        heldCount = 0;
        emit(c);
        segmentOpen = true;
    }

    /** Follows segment starts so that each ISA's terminator (its 106th byte) is known. */
    private void trackIsa(byte c) {
        boolean blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (atSegmentStart) {
            if (blank) {
                return;
            }
            atSegmentStart = false;
            segmentOffset = 0;
            tagMatched = 0;
        } else {
            segmentOffset++;
        }
        if (segmentOffset < 3 && tagMatched == segmentOffset && c == "ISA".charAt(segmentOffset)) {
            tagMatched++;
            inIsa = tagMatched == 3;
        } else if (inIsa && segmentOffset == ISA_TERMINATOR_OFFSET) {
            // a terminator outside ASCII would span several UTF-8 bytes: no leniency for it
            terminator = c >= 0 ? c : -1;
        }
    }

    private void hold(byte c) {
        if (heldCount == HOLD_MAX) {
            release(held, heldCount);
            heldCount = 0;
        }
        if (heldCount == held.length) {
            held = Arrays.copyOf(held, held.length * 2);
        }
        held[heldCount++] = c;
    }

    private void finish() {
        eof = true;
        boolean terminated = false;
        for (int i = 0; i < heldCount && !terminated; i++) {
            terminated = (held[i] & 0xFF) == terminator;
            // spaces before a final '~' are element data; a CR before a final '\n' terminator is a line end
            if (terminated && terminator != '\n' && terminator != '\r') {
                release(held, i);
            }
        }
        heldCount = 0;
        if ((terminated || segmentOpen) && terminator >= 0) {
            emit((byte) terminator);
            supplied = !terminated;
            finalSegmentLength = supplied ? segmentOffset + 1 : 0;
        }
    }

    private void release(byte[] bytes, int count) {
        for (int i = 0; i < count; i++) {
            emit(bytes[i]);
            if ((bytes[i] & 0xFF) == terminator) {
                segmentOpen = false;
            }
        }
    }

    private void emit(byte c) {
        if (outEnd == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[outEnd++] = c;
    }
}

package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.Location;

/** Words the exceptions that end a StAEDI parse: malformed header, early end, unreadable data. */
final class ParseFailures {

    private ParseFailures() {
    }

    static EdiError truncated(int lastPosition, String lastTag) {
        if (lastPosition == 0) {
            return insideIsa();
        }
        return new EdiError(lastPosition, lastTag, "TRUNCATED", "The file ends at segment " + lastPosition
                + " (" + lastTag + ") before the interchange is closed by IEA; it was probably cut off in transfer.");
    }

    /**
     * The data ended without a terminator inside segment {@code lastPosition}, which does not close
     * the interchange; {@code lastTag} is empty when the data ended inside the tag itself.
     */
    static EdiError cutInside(int lastPosition, String lastTag) {
        if (lastPosition == 0) {
            return insideIsa();
        }
        return new EdiError(lastPosition, lastTag, "TRUNCATED", "The file ends inside segment " + lastPosition
                + (lastTag.isEmpty() ? "" : " (" + lastTag + ")") + ", which has no terminator, before the interchange"
                + " is closed by IEA; it was probably cut off in transfer.");
    }

    /** The data ended before the first ISA was complete (106 characters, its terminator included). */
    private static EdiError insideIsa() {
        return new EdiError(1, "ISA", "TRUNCATED", "The file ends inside its first segment (ISA), before the 106"
                + " characters of the interchange header are complete; it was probably cut off in transfer.");
    }

    static EdiError translate(Exception e, int lastPosition, String lastTag) {
        String detail = String.valueOf(e.getMessage()).replaceFirst("^EDIE\\d+ - ", "");
        int position = lastPosition;
        String tag = lastTag;
        if (e instanceof EDIStreamException se && se.getLocation() != null) {
            Location at = se.getLocation();
            if (at.getSegmentPosition() > 0 && at.getSegmentTag() != null) {
                position = at.getSegmentPosition();
                tag = at.getSegmentTag();
            }
        }
        if (detail.contains("end of stream") && position == 0) {
            return insideIsa();
        }
        if (detail.contains("end of stream")) {
            String where = detail.contains("in segment") ? "inside" : "after";
            return new EdiError(position, tag, "TRUNCATED", "The file ends " + where + " segment " + position
                    + " (" + tag + ") before the interchange is closed by IEA; it was probably cut off in transfer.");
        }
        if (detail.contains("header") || lastPosition == 0) {
            // the header is tokenised before its START_SEGMENT event: the bad ISA is the next segment
            return new EdiError(lastPosition + 1, "ISA",
                    "MALFORMED_ISA", "The ISA segment is malformed: it must have 16 fixed-width elements, "
                    + "106 characters in all (" + detail + ").");
        }
        return new EdiError(position, tag, "SYNTAX", "Unreadable data after segment " + position
                + " (" + tag + "): " + detail + ".");
    }
}

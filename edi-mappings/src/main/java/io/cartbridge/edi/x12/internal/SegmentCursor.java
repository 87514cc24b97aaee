package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Pulls the segments of an X12 file one at a time through StAEDI's {@link EDIStreamReader},
 * collecting every envelope problem as an {@link EdiError} (the checks behind
 * {@link io.cartbridge.edi.x12.X12Validator}); it never throws for bad content.
 *
 * <p>{@link #next()} hands out a segment only after the events that follow it up to the next
 * segment's start have been read, so the errors StAEDI reports for a trailer (SE/GE/IEA counts,
 * control numbers) are already in {@link #errors()} when that trailer is returned. A parse failure
 * (malformed ISA, early end, unreadable bytes) ends the stream with one error. Nothing but the
 * current segment is kept, so memory stays flat whatever the file size.
 *
 * <p>The end of the data may follow the last terminator after whitespace, or replace the last
 * terminator ({@link FinalTerminator}): an IEA so ended that closes its interchange completes the
 * file; any other segment so ended was cut off, and its errors become one {@code TRUNCATED}.
 *
 * <p>Transaction sets for which the caller gives a schema (by ST01) are validated against it by
 * StAEDI, element by element: their errors are reported like the envelope's.
 */
public final class SegmentCursor implements Closeable {

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();
    private static final Pattern VALID_TAG = Pattern.compile("[A-Z][A-Z0-9]{1,2}");

    private final InputStream in;
    private final Function<String, Schema> transactionSchemas;
    private final List<EdiError> errors = new ArrayList<>();
    private final EnvelopeTracker tracker = new EnvelopeTracker(errors);
    private final List<String> elements = new ArrayList<>();
    private EDIStreamReader reader;
    private FinalTerminator end;
    private boolean schemaActive;
    private String format = "UNKNOWN";
    private X12Segment ready;
    private int position;
    private String tag = "";
    private boolean done;
    private String lastControlCharacter = "";

    private SegmentCursor(InputStream in, Function<String, Schema> transactionSchemas) {
        this.in = in;
        this.transactionSchemas = transactionSchemas;
    }

    /**
     * @param in the file; read as far as {@link #next()} is called, closed by {@link #close()}
     * @return a cursor before the first segment; a file that is not X12 yields no segment and one error
     */
    public static SegmentCursor open(InputStream in) {
        return open(in, id -> null);
    }

    /**
     * @param in                 the file; read as far as {@link #next()} is called, closed by {@link #close()}
     * @param transactionSchemas the schema to validate a transaction set with, by its ST01, or {@code null}
     *                           to check only its envelope
     * @return a cursor before the first segment; a file that is not X12 yields no segment and one error
     */
    public static SegmentCursor open(InputStream in, Function<String, Schema> transactionSchemas) {
        SegmentCursor cursor = new SegmentCursor(in, transactionSchemas);
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            EdiError notX12 = FormatSniffer.check(buffered);
            if (notX12 != null) {
                cursor.errors.add(notX12);
                cursor.done = true;
            } else {
                cursor.format = "X12";
                cursor.end = new FinalTerminator(buffered);
                cursor.reader = FACTORY.createEDIStreamReader(cursor.end, "UTF-8");
            }
        } catch (IOException | EDIStreamException | RuntimeException e) {
            cursor.errors.add(new EdiError(0, "", "READ_FAILED", "The file could not be read: " + e.getMessage()));
            cursor.done = true;
        }
        return cursor;
    }

    /** {@return {@code "X12"}, or {@code "UNKNOWN"} when the file does not start with ISA} */
    public String format() {
        return format;
    }

    /** {@return the errors found so far, in the order found (not sorted)} */
    public List<EdiError> errors() {
        return errors;
    }

    /** {@return the transaction set ids (ST01) seen so far} */
    public List<String> transactionSets() {
        return tracker.transactionSets();
    }

    /** {@return the next segment, or {@code null} at the end of the file or after a parse failure} */
    public X12Segment next() {
        if (done) {
            return null;
        }
        try {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case END_TRANSACTION -> schemaActive = false;
                    case START_SEGMENT -> {
                        X12Segment previous = ready;
                        ready = null;
                        position++;
                        tag = reader.getText();
                        elements.clear();
                        checkTag();
                        tracker.startSegment(tag);
                        if (previous != null) {
                            return previous;
                        }
                    }
                    case ELEMENT_DATA -> addElement();
                    case END_SEGMENT -> {
                        ready = new X12Segment(position, tag, List.copyOf(elements));
                        tracker.endSegment(ready);
                        if ("ST".equals(tag)) {
                            useSchemaOf(ready.element(1));
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        Location at = reader.getLocation();
                        int where = at.getSegmentPosition() > 0 ? at.getSegmentPosition() : position;
                        String atTag = at.getSegmentTag() != null ? at.getSegmentTag() : tag;
                        tracker.validationError(event, reader.getErrorType(), where, atTag,
                                at.getElementPosition(), reader.hasText() ? reader.getText() : reader.getReferenceCode(),
                                schemaActive ? ElementErrors.typeOf(reader) : null, reader.getDelimiters());
                    }
                    default -> { }
                }
            }
            if (end.supplied() && !tracker.closes(ready)) {
                cutOff(position, tag);
            } else if (tracker.inInterchange()) {
                errors.add(ParseFailures.truncated(position, tag));
            }
        } catch (EDIStreamException | RuntimeException e) {
            EdiError failure = ParseFailures.translate(e, position, tag);
            if (end != null && end.supplied() && "TRUNCATED".equals(failure.code())) {
                cutOff(position, tag);
            } else if (end != null && end.supplied() && end.finalSegmentLength() <= 3 && "SYNTAX".equals(failure.code())) {
                // cut inside the next segment's tag, before StAEDI could start that segment
                cutOff(position + 1, "");
            } else {
                errors.add(failure);
            }
        }
        done = true;
        X12Segment last = ready;
        ready = null;
        return last;
    }

    /** Reads the rest of the file, only to collect its errors. */
    public void drain() {
        while (next() != null) {
            // errors accumulate
        }
    }

    @Override
    public void close() throws IOException {
        done = true;
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            // the stream below is closed next
        } finally {
            in.close();
        }
    }

    /** StAEDI takes a transaction schema until the first segment after ST begins. */
    private void useSchemaOf(String transactionSetId) {
        Schema schema = transactionSchemas.apply(transactionSetId);
        schemaActive = schema != null;
        if (schemaActive) {
            reader.setTransactionSchema(schema);
        }
    }

    /** The last segment had no terminator and does not close the interchange: what is wrong with it is that it was cut. */
    private void cutOff(int cutPosition, String cutTag) {
        errors.removeIf(e -> e.segmentPosition() >= cutPosition);
        errors.add(ParseFailures.cutInside(cutPosition, cutTag));
    }

    /**
     * An X12 segment ID is two or three upper-case letters or digits, the first a letter (X12.6). StAEDI takes any
     * tag inside a transaction set it has no schema for, so a damaged or lower-case tag ({@code w12}) would make a
     * reader pass over the segment as one it does not know, and lose what it says.
     */
    private void checkTag() {
        if (!VALID_TAG.matcher(tag).matches()) {
            errors.add(new EdiError(position, tag, "UNEXPECTED_SEGMENT", "Segment " + position + " has the tag '"
                    + printable(tag) + "', which is no X12 segment ID (two or three upper-case letters or digits,"
                    + " the first a letter)."));
        }
    }

    /**
     * Control characters (other than line breaks and tabs, which some senders wrap long segments with) are in
     * neither X12 character set: in element data they are damage (a NUL from a bad transfer), never content.
     */
    private void checkCharacters(int index, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\r' && c != '\n' && c != '\t') || c == 0x7F) {
                String key = position + ":" + index;
                if (!key.equals(lastControlCharacter)) {
                    lastControlCharacter = key;
                    errors.add(new EdiError(position, tag, "INVALID_ELEMENT", String.format(
                            "%s%02d value '%s' is invalid (control character 0x%02X in the data).", tag, index,
                            printable(text), (int) c)));
                }
                return;
            }
        }
    }

    /** {@return text with control characters shown as '?', for messages} */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7F ? '?' : (char) c));
        return out.toString();
    }

    private void addElement() {
        Location at = reader.getLocation();
        int index = at.getElementPosition();
        String text = reader.getText();
        checkCharacters(index, text);
        if (at.getElementOccurrence() > 1 || index < 1) {
            return;
        }
        while (elements.size() < index) {
            elements.add("");
        }
        if (at.getComponentPosition() > 1) {
            char separator = reader.getDelimiters().getOrDefault(Delimiters.COMPONENT_ELEMENT, ':');
            elements.set(index - 1, elements.get(index - 1) + separator + text);
        } else {
            elements.set(index - 1, text);
        }
    }
}

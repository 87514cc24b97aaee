package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.stream.EDIInputFactory;
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

/**
 * Pulls the segments of an EDIFACT file one at a time through StAEDI's {@link EDIStreamReader},
 * collecting every problem as an {@link EdiError}; it never throws for bad content.
 *
 * <p>StAEDI finds the separators (from the UNA, else the defaults {@code :+.? '}), removes release
 * characters and checks the envelopes against its control schemas for syntax versions 3 and 4:
 * counts and references of UNT, UNE and UNZ, segment order, lengths of service elements. Its code
 * list checks are off, because real interchanges use codes newer than its lists (identification
 * code qualifier {@code ZZ}, UNH version {@code 0}); {@link EnvelopeChecks} checks what matters
 * (syntax identifier and version) and words all envelope errors. Message segments are checked for
 * their tag, their characters against the syntax identifier's set and, for the segments CartBridge
 * reads, their shape ({@link SegmentShapes}).
 *
 * <p>{@link #next()} hands out a segment only after the events that follow it up to the next
 * segment's start were read, so the errors of a trailer are known when it is returned. A parse
 * failure (unreadable data, an end of file before UNZ) ends the stream with one error. Only the
 * current segment is kept: memory stays flat whatever the file size.
 */
public final class EdifactCursor implements Closeable {

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    static {
        FACTORY.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
    }

    private final InputStream in;
    private final List<EdiError> errors = new ArrayList<>();
    private final EnvelopeChecks checks = new EnvelopeChecks(errors);
    private final List<List<String>> elements = new ArrayList<>();
    private EDIStreamReader reader;
    private String format = "UNKNOWN";
    private EdifactSegment ready;
    private int position;
    private String tag = "";
    private boolean done;

    private EdifactCursor(InputStream in) {
        this.in = in;
    }

    /**
     * @param in the file; read as far as {@link #next()} is called, closed by {@link #close()}
     * @return a cursor before the first segment; a file that is not EDIFACT yields no segment and one error
     */
    public static EdifactCursor open(InputStream in) {
        EdifactCursor cursor = new EdifactCursor(in);
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            Sniffer.Head head = Sniffer.sniff(buffered);
            if (head.error() != null) {
                cursor.errors.add(head.error());
                cursor.done = true;
            } else {
                cursor.format = "EDIFACT";
                cursor.checks.fileSyntax(head.syntaxIdentifier());
                cursor.reader = FACTORY.createEDIStreamReader(new ServiceCharacterFilter(buffered, head, cursor.errors),
                        CharacterSets.decodingCharset(head.syntaxIdentifier()).name());
            }
        } catch (IOException | EDIStreamException | RuntimeException e) {
            cursor.errors.add(new EdiError(0, "", "READ_FAILED", "The file could not be read: " + e.getMessage()));
            cursor.done = true;
        }
        return cursor;
    }

    /** {@return {@code "EDIFACT"}, or {@code "UNKNOWN"} when the file does not start with UNA or UNB} */
    public String format() {
        return format;
    }

    /** {@return the errors found so far, in the order found (not sorted)} */
    public List<EdiError> errors() {
        return errors;
    }

    /** {@return the message types (UNH S009 0065) seen so far, for example {@code ["ORDERS", "ORDERS"]}} */
    public List<String> messageTypes() {
        return checks.messageTypes();
    }

    /** {@return the next segment, or {@code null} at the end of the file or after a parse failure} */
    public EdifactSegment next() {
        if (done) {
            return null;
        }
        try {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        EdifactSegment previous = ready;
                        ready = null;
                        position++;
                        tag = reader.getText();
                        elements.clear();
                        checks.startSegment(position, tag);
                        if (previous != null) {
                            return previous;
                        }
                    }
                    case ELEMENT_DATA -> addElement();
                    case END_SEGMENT -> {
                        ready = new EdifactSegment(position, tag, copy(elements));
                        checks.endSegment(ready);
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        Location at = reader.getLocation();
                        int where = at.getSegmentPosition() > 0 ? at.getSegmentPosition() : position;
                        String atTag = at.getSegmentTag() != null ? at.getSegmentTag() : tag;
                        checks.validationError(event, reader.getErrorType(), where, atTag, at.getElementPosition(),
                                reader.hasText() ? reader.getText() : reader.getReferenceCode());
                    }
                    default -> { }
                }
            }
            if (checks.inInterchange()) {
                errors.add(checks.truncated(position, tag));
            }
        } catch (EDIStreamException | RuntimeException e) {
            errors.add(checks.parseFailure(e, position, tag));
        }
        done = true;
        EdifactSegment last = ready;
        ready = null;
        return last;
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

    private void addElement() {
        Location at = reader.getLocation();
        int index = at.getElementPosition();
        if (at.getElementOccurrence() > 1 || index < 1) {
            return;
        }
        int component = Math.max(1, at.getComponentPosition());
        while (elements.size() < index) {
            elements.add(new ArrayList<>(1));
        }
        List<String> components = elements.get(index - 1);
        while (components.size() < component - 1) {
            components.add("");
        }
        components.add(reader.getText());
    }

    private static List<List<String>> copy(List<List<String>> elements) {
        List<List<String>> copy = new ArrayList<>(elements.size());
        for (List<String> element : elements) {
            copy.add(List.copyOf(element));
        }
        return List.copyOf(copy);
    }
}

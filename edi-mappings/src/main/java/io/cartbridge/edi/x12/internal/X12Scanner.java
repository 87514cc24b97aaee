package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads any X12 file with StAEDI's {@link EDIStreamReader}, hands each complete segment to a
 * consumer and collects every problem as an {@link EdiError}; it never throws for bad content.
 *
 * <p>StAEDI validates the envelopes (counts, control numbers, segment order, envelope element
 * values) against its bundled control schemas; {@link EnvelopeTracker} words those events and adds
 * its own checks. Parse failures (a malformed ISA, a file that stops before IEA, unreadable bytes)
 * end the scan with one error, after the segments already read were delivered.
 */
public final class X12Scanner {

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    /** What a scan found: the format, the transaction set ids (ST01) and the errors, sorted by position. */
    public record Result(String format, List<String> transactionSets, List<EdiError> errors) {
    }

    private X12Scanner() {
    }

    /**
     * @param in       the file; read to its end (or to the first unreadable byte), not closed
     * @param segments receives every segment read, in file order
     * @return what was found
     */
    public static Result scan(InputStream in, Consumer<X12Segment> segments) {
        List<EdiError> errors = new ArrayList<>();
        EnvelopeTracker tracker = new EnvelopeTracker(errors);
        String format = "UNKNOWN";
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            EdiError notX12 = FormatSniffer.check(buffered);
            if (notX12 != null) {
                errors.add(notX12);
            } else {
                format = "X12";
                read(FACTORY.createEDIStreamReader(buffered, "UTF-8"), segments, tracker, errors);
            }
        } catch (IOException | EDIStreamException | RuntimeException e) {
            errors.add(new EdiError(0, "", "READ_FAILED", "The file could not be read: " + e.getMessage()));
        }
        errors.sort(Comparator.comparingInt(EdiError::segmentPosition));
        return new Result(format, tracker.transactionSets(), errors);
    }

    private static void read(EDIStreamReader reader, Consumer<X12Segment> sink, EnvelopeTracker tracker,
                             List<EdiError> errors) {
        int position = 0;
        String tag = "";
        List<String> elements = new ArrayList<>();
        try {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        position++;
                        tag = reader.getText();
                        elements.clear();
                        tracker.startSegment(tag);
                    }
                    case ELEMENT_DATA -> addElement(reader, elements);
                    case END_SEGMENT -> {
                        X12Segment segment = new X12Segment(position, tag, List.copyOf(elements));
                        tracker.endSegment(segment);
                        sink.accept(segment);
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        Location at = reader.getLocation();
                        int where = at.getSegmentPosition() > 0 ? at.getSegmentPosition() : position;
                        String atTag = at.getSegmentTag() != null ? at.getSegmentTag() : tag;
                        tracker.validationError(event, reader.getErrorType(), where, atTag,
                                at.getElementPosition(), reader.hasText() ? reader.getText() : reader.getReferenceCode());
                    }
                    default -> { }
                }
            }
            if (tracker.inInterchange()) {
                errors.add(ParseFailures.truncated(position, tag));
            }
        } catch (EDIStreamException | RuntimeException e) {
            errors.add(ParseFailures.translate(e, position, tag));
        }
    }

    private static void addElement(EDIStreamReader reader, List<String> elements) {
        Location at = reader.getLocation();
        int index = at.getElementPosition();
        String text = reader.getText();
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

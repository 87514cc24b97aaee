package io.cartbridge.edi.edifact;

import static io.cartbridge.edi.edifact.internal.SegmentOut.composite;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.edifact.internal.SegmentOut;
import io.cartbridge.edi.edifact.internal.SyntaxErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the CONTRL syntax and service report that answers one received interchange.
 *
 * <p>One call writes one interchange: UNA/UNB built from the {@link EdifactSettings} exactly as
 * {@link EdifactOrdersWriter} builds them (application reference {@code CONTRL}), one message
 * {@code UNH+1+CONTRL:D:3:UN} ({@code CONTRL:4:1:UN} in syntax version 4), then:
 * <pre>
 * UCI+received UNB 0020+received sender:qualifier+received recipient:qualifier+action[+error+segment tag]
 * per received message: UCM+UNH 0062+type:version:release:agency+action[+error+UNH|UNT]
 *                       UCS+position in message+error            (an error of a whole segment)
 *                       UCS+position in message   UCD+error+element:component (an element's error)
 * UNT, UNZ
 * </pre>
 * CartBridge applies a received interchange entirely or not at all, and the CONTRL says so: when
 * there is no error anywhere every level is acknowledged (action {@code 7}); when there is one
 * anywhere, every level is rejected (action {@code 4}), each with its own errors. Error codes
 * (ISO 9735 list 0085): counts 29, references 28, syntax identifier or version 2, invalid character
 * 21, unescaped separator 16 (too many constituents), unexpected segment or bad tag 15, missing
 * segment or data or a truncated file 13, invalid element 12, unsupported message 14, anything else 18.
 * The interchange's first own error goes to UCI, a message's first UNH/UNT error to UCM, the others to
 * UCS/UCD with their position counted from the message's UNH (1).
 *
 * <p>Instances are immutable and thread-safe; the output stream is flushed, not closed.
 *
 * @since 0.1
 */
public final class EdifactControlWriter {

    private static final Pattern ELEMENT = Pattern.compile("element (\\d+)(?: component (\\d+))?");

    private final EdifactSettings settings;

    /** @param settings our envelope ids (sender) and the partner's (recipient), with syntax and separators */
    public EdifactControlWriter(EdifactSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Writes one CONTRL interchange acknowledging {@code received}.
     *
     * @param out              where the interchange goes; flushed, not closed
     * @param controlReference UNB 0020, 1 to 99999999999999
     * @param created          UNB date and time
     * @param received         what was received and what was wrong with it
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException for an out-of-range control reference
     */
    public void write(OutputStream out, long controlReference, LocalDateTime created,
                      EdifactReceivedInterchange received) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(received, "received");
        EdifactOrdersWriter.checkControlReference(controlReference);
        String action = received.valid() ? "7" : "4";
        SegmentOut segments = new SegmentOut(out, settings);
        String reference = Long.toString(controlReference);
        segments.header(reference, created, "CONTRL");
        segments.resetCount();
        segments.segment("UNH", "1", settings.syntaxVersion() == 4 ? composite("CONTRL", "4", "1", "UN")
                : composite("CONTRL", "D", "3", "UN"));
        EdiError first = received.errors().isEmpty() ? null : received.errors().get(0);
        segments.segment("UCI", received.controlReference(),
                composite(received.senderId(), received.senderQualifier()),
                composite(received.recipientId(), received.recipientQualifier()), action,
                first == null ? null : SyntaxErrors.codeFor(first.code()),
                first == null || !first.segmentTag().startsWith("UN") ? null : first.segmentTag());
        for (EdifactReceivedInterchange.Message message : received.messages()) {
            message(segments, message, action);
        }
        segments.segment("UNT", Integer.toString(segments.count() + 1), "1");
        segments.trailer(1, reference);
    }

    private static void message(SegmentOut segments, EdifactReceivedInterchange.Message message, String action)
            throws IOException {
        EdiError envelope = message.errors().stream()
                .filter(e -> "UNH".equals(e.segmentTag()) || "UNT".equals(e.segmentTag())).findFirst().orElse(null);
        segments.segment("UCM", message.reference(),
                composite(message.type(), message.version(), message.release(), message.agency()), action,
                envelope == null ? null : SyntaxErrors.codeFor(envelope.code()),
                envelope == null ? null : envelope.segmentTag());
        for (EdiError error : message.errors()) {
            if (error == envelope) {
                continue;
            }
            String position = Integer.toString(Math.max(1, error.segmentPosition() - message.startPosition() + 1));
            String code = SyntaxErrors.codeFor(error.code());
            Matcher element = ELEMENT.matcher(error.message());
            if (element.find()) {
                segments.segment("UCS", position);
                segments.segment("UCD", code, composite(element.group(1), element.group(2)));
            } else {
                segments.segment("UCS", position, code);
            }
        }
    }
}

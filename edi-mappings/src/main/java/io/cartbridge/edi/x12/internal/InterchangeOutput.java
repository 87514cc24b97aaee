package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.x12.X12Settings;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One X12 interchange with one functional group, written with StAEDI for the partner's settings:
 * ISA (ISA13 zero-padded to 9 digits), GS (GS06 = the same control number), the transaction sets the
 * body writes, GE with their count, IEA. Line breaks after segments are added here so that files are
 * the same on every OS.
 *
 * <p>StAEDI writes and checks the first interchange an instance writes against its control schema, so
 * that settings it would not accept show at once. Later interchanges of the same instance differ from
 * the first only in control numbers, dates and times, which are formatted here, and in data that
 * {@link X12Text} has made safe, so they go through {@link SegmentWriter}'s direct target, which writes
 * the same bytes without StAEDI's per-character cost (some 30 % of a large export's CPU).
 */
public final class InterchangeOutput {

    /** Writes the transaction sets of the group and returns how many it wrote. */
    @FunctionalInterface
    public interface Body {
        int write(SegmentWriter segments, X12Text text) throws EDIStreamException;
    }

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final String EMPTY_AUTH = "          ";

    private final X12Settings settings;
    private final EDIOutputFactory factory;
    private final Schema controlSchema;
    private volatile boolean envelopeChecked;

    public InterchangeOutput(X12Settings settings) {
        this.settings = settings;
        this.factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.DATA_ELEMENT, settings.elementSeparator());
        factory.setProperty(Delimiters.SEGMENT, settings.segmentTerminator());
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, settings.componentSeparator());
        if (X12Settings.VERSION_5010.equals(settings.version())) {
            factory.setProperty(Delimiters.REPETITION, X12Settings.REPETITION_SEPARATOR_5010);
        }
        this.controlSchema = ControlSchemas.x12(settings.interchangeVersion());
    }

    /**
     * @param document     what is written, for messages ("940", "997")
     * @param functionalId GS01, e.g. {@code OW} or {@code FA}
     * @throws IOException              when writing to {@code out} fails
     * @throws IllegalArgumentException when StAEDI rejects the envelope (checked on the first interchange)
     */
    public void write(OutputStream out, String document, String functionalId, long controlNumber,
                      LocalDateTime created, Body body) throws IOException {
        OutputStream target;
        try {
            EDIStreamWriter writer = null;
            SegmentWriter segments;
            if (envelopeChecked) {
                target = new BufferedOutputStream(out, 1 << 16);
                segments = new SegmentWriter(target, settings.elementSeparator(), settings.segmentTerminator(),
                        settings.lineBreakAfterSegment());
            } else {
                target = new BufferedOutputStream(settings.lineBreakAfterSegment()
                        ? new LineBreakOutputStream(out, settings.segmentTerminator()) : out, 1 << 16);
                writer = factory.createEDIStreamWriter(target, "UTF-8");
                writer.setControlSchema(controlSchema);
                writer.startInterchange();
                segments = new SegmentWriter(writer);
            }
            String isa13 = String.format("%09d", controlNumber);
            String gs06 = Long.toString(controlNumber);
            segments.segment("ISA", "00", EMPTY_AUTH, "00", EMPTY_AUTH,
                    settings.senderQualifier(), String.format("%-15s", settings.senderId()),
                    settings.receiverQualifier(), String.format("%-15s", settings.receiverId()),
                    ISA_DATE.format(created), TIME.format(created), String.valueOf(settings.isa11()),
                    settings.interchangeVersion(), isa13, "0", String.valueOf(settings.usageIndicator()),
                    String.valueOf(settings.componentSeparator()));
            segments.segment("GS", functionalId, settings.senderId().trim(), settings.receiverId().trim(),
                    GS_DATE.format(created), TIME.format(created), gs06, "X", settings.version());
            int sets = body.write(segments, new X12Text(settings.delimiters()));
            segments.segment("GE", Integer.toString(sets), gs06);
            segments.segment("IEA", "1", isa13);
            if (writer != null) {
                writer.endInterchange();
                writer.flush();
            }
            target.flush();
            envelopeChecked = true;
        } catch (EDIStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Could not write X12 " + document + " interchange " + controlNumber + ": "
                    + e.getMessage(), e);
        } catch (EDIValidationException e) {
            throw new IllegalArgumentException("StAEDI rejected the envelope of " + document + " interchange "
                    + controlNumber + ": " + e.getMessage(), e);
        }
    }
}

package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.x12.ReceivedInterchange;
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

/** The envelope half of {@link io.cartbridge.edi.x12.X12FunctionalAckWriter}; {@link AckSegments} writes the body. */
public final class AckWriter {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final String EMPTY_AUTH = "          ";

    private final X12Settings settings;
    private final EDIOutputFactory factory;
    private final Schema controlSchema;

    public AckWriter(X12Settings settings) {
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

    public void write(OutputStream out, long controlNumber, LocalDateTime created, ReceivedInterchange received)
            throws IOException {
        OutputStream target = new BufferedOutputStream(settings.lineBreakAfterSegment()
                ? new LineBreakOutputStream(out, settings.segmentTerminator()) : out, 1 << 14);
        try {
            EDIStreamWriter writer = factory.createEDIStreamWriter(target, "UTF-8");
            writer.setControlSchema(controlSchema);
            writeInterchange(writer, controlNumber, created, received);
            writer.flush();
            target.flush();
        } catch (EDIStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Could not write X12 997 interchange " + controlNumber + ": " + e.getMessage(), e);
        } catch (EDIValidationException e) {
            throw new IllegalArgumentException("StAEDI rejected the envelope of 997 interchange " + controlNumber
                    + ": " + e.getMessage(), e);
        }
    }

    private void writeInterchange(EDIStreamWriter writer, long controlNumber, LocalDateTime created,
                                  ReceivedInterchange received) throws EDIStreamException {
        SegmentWriter segments = new SegmentWriter(writer);
        boolean v5010 = X12Settings.VERSION_5010.equals(settings.version());
        AckSegments body = new AckSegments(segments, new X12Text(settings.delimiters()), v5010);
        String isa13 = String.format("%09d", controlNumber);
        String gs06 = Long.toString(controlNumber);
        writer.startInterchange();
        segments.segment("ISA", "00", EMPTY_AUTH, "00", EMPTY_AUTH,
                settings.senderQualifier(), String.format("%-15s", settings.senderId()),
                settings.receiverQualifier(), String.format("%-15s", settings.receiverId()),
                ISA_DATE.format(created), TIME.format(created), String.valueOf(settings.isa11()),
                settings.interchangeVersion(), isa13, "0", String.valueOf(settings.usageIndicator()),
                String.valueOf(settings.componentSeparator()));
        segments.segment("GS", "FA", settings.senderId().trim(), settings.receiverId().trim(),
                GS_DATE.format(created), TIME.format(created), gs06, "X", settings.version());
        boolean rejectAll = !received.valid();
        int st = 0;
        for (ReceivedInterchange.Group group : received.groups()) {
            String st02 = String.format("%04d", ++st);
            segments.resetCount();
            segments.segment("ST", "997", st02);
            body.write(group, rejectAll);
            segments.segment("SE", Integer.toString(segments.count() + 1), st02);
        }
        segments.segment("GE", Integer.toString(st), gs06);
        segments.segment("IEA", "1", isa13);
        writer.endInterchange();
    }
}

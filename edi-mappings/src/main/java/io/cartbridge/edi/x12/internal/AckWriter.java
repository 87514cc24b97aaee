package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.x12.ReceivedInterchange;
import io.cartbridge.edi.x12.X12Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;

/** The envelope half of {@link io.cartbridge.edi.x12.X12FunctionalAckWriter}; {@link AckSegments} writes the body. */
public final class AckWriter {

    private final X12Settings settings;
    private final InterchangeOutput output;

    public AckWriter(X12Settings settings) {
        this.settings = settings;
        this.output = new InterchangeOutput(settings);
    }

    public void write(OutputStream out, long controlNumber, LocalDateTime created, ReceivedInterchange received)
            throws IOException {
        boolean v5010 = X12Settings.VERSION_5010.equals(settings.version());
        boolean rejectAll = !received.valid();
        output.write(out, "997", "FA", controlNumber, created, (segments, text) -> {
            AckSegments body = new AckSegments(segments, text, v5010);
            int st = 0;
            for (ReceivedInterchange.Group group : received.groups()) {
                String st02 = String.format("%04d", ++st);
                segments.resetCount();
                segments.segment("ST", "997", st02);
                body.write(group, rejectAll);
                segments.segment("SE", Integer.toString(segments.count() + 1), st02);
            }
            return st;
        });
    }
}

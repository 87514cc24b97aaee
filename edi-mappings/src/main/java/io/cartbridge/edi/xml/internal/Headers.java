package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.xml.internal.jaxb.HeaderType;
import java.time.LocalDateTime;

/** The {@code Header} every document starts with. */
public final class Headers {

    private Headers() {
    }

    public static HeaderType of(String controlNumber, String sender, String receiver, LocalDateTime createdUtc,
                                boolean test) {
        HeaderType header = new HeaderType();
        header.setControlNumber(controlNumber);
        header.setSender(sender);
        header.setReceiver(receiver);
        header.setCreated(XmlValues.utc(createdUtc));
        header.setTest(test ? Boolean.TRUE : null);
        return header;
    }
}

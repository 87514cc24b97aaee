package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.xml.internal.InvalidValueException;
import io.cartbridge.edi.xml.internal.WarehouseSchema;
import io.cartbridge.edi.xml.internal.XmlItemStream;
import io.cartbridge.edi.xml.internal.XmlValues;
import io.cartbridge.edi.xml.internal.jaxb.HeaderType;
import java.io.IOException;

/** What the warehouse XML readers share: the item stream, its position, the file's envelope, close. */
abstract class XmlStreamReader<I, T> implements EdiItemReader<T> {

    private final XmlItemStream<I, T> stream;
    private final XmlDocumentKind kind;
    private XmlEnvelope envelope;

    XmlStreamReader(XmlItemStream<I, T> stream, XmlDocumentKind kind) {
        this.stream = stream;
        this.kind = kind;
    }

    @Override
    public T next() throws EdiException {
        return stream.next();
    }

    @Override
    public long position() {
        return stream.position();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    /**
     * {@return the file's header once read (it comes before the first item, so after the first
     * {@link #next()} call of a valid file), else {@code null}}
     */
    public XmlEnvelope envelope() {
        HeaderType h = stream.header();
        if (envelope == null && h != null) {
            try {
                envelope = new XmlEnvelope(kind, WarehouseSchema.VERSION, h.getControlNumber(), h.getSender(),
                        h.getReceiver(), XmlValues.toUtc(h.getCreated()), Boolean.TRUE.equals(h.isTest()));
            } catch (InvalidValueException e) {
                envelope = new XmlEnvelope(kind, WarehouseSchema.VERSION, h.getControlNumber(), h.getSender(),
                        h.getReceiver(), null, Boolean.TRUE.equals(h.isTest()));
            }
        }
        return envelope;
    }

    XmlItemStream<I, T> stream() {
        return stream;
    }
}

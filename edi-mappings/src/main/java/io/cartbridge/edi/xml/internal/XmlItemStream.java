package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.xml.XmlDocumentKind;
import io.cartbridge.edi.xml.internal.jaxb.HeaderType;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * The engine behind the streaming warehouse XML readers: StAX over the file, validated against the
 * XSD as it is pulled ({@link ValidatingStreamReader}), JAXB unmarshalling one item element at a
 * time, so only the current item is in memory whatever the size of the file. The root's other
 * children are kept: the {@code Header} as {@link #header()}, simple ones as {@link #rootText}.
 *
 * <p>Follows {@link EdiItemReader}: an item is handed out only once its end tag was read and
 * found valid; on the first problem the rest of the file is validated to list every error (up to
 * {@value ValidatingStreamReader#MAX_ERRORS}), except after a fatal one (not well formed, a
 * DOCTYPE, the wrong root element), where parsing stops at once.
 *
 * @param <I> the generated JAXB type of the item element
 * @param <T> the canonical item type
 */
public final class XmlItemStream<I, T> implements EdiItemReader<T> {

    /** Maps one unmarshalled, schema-valid item element to the canonical item. */
    @FunctionalInterface
    public interface Mapper<I, T> {
        /**
         * @param ordinal 1-based position of the element among the items of the file
         * @param header  the file's header (the XSD puts it before every item)
         * @throws InvalidValueException when a value is valid XML but unusable for the model
         */
        T map(I item, long ordinal, HeaderType header) throws InvalidValueException;
    }

    private static final Object SKIPPED = new Object();

    private final InputStream in;
    private final XmlDocumentKind kind;
    private final Class<I> itemType;
    private final Mapper<I, T> mapper;
    private final Map<String, String> rootTexts = new LinkedHashMap<>();
    private ValidatingStreamReader reader;
    private Unmarshaller unmarshaller;
    private HeaderType header;
    private boolean inRoot;
    private boolean skipping;
    private boolean ended;
    private long ordinal;
    private long position;
    private EdiException failure;

    public XmlItemStream(InputStream in, XmlDocumentKind kind, Class<I> itemType, Mapper<I, T> mapper) {
        this.in = Objects.requireNonNull(in, "in");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.itemType = Objects.requireNonNull(itemType, "itemType");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** {@return the file's Header once read (it precedes every item), else {@code null}} */
    public HeaderType header() {
        return header;
    }

    /** {@return the text of a simple child of the root read so far (such as {@code AsOf}), or {@code null}} */
    public String rootText(String localName) {
        return rootTexts.get(localName);
    }

    @Override
    public T next() throws EdiException {
        if (failure != null) {
            throw failure;
        }
        if (ended) {
            return null;
        }
        try {
            if (reader == null) {
                open();
            }
            return advance();
        } catch (XMLStreamException e) {
            throw failFatal(e);
        } catch (JAXBException e) {
            if (e.getCause() instanceof XMLStreamException cause) {
                throw failFatal(cause);
            }
            if (reader.errors().isEmpty()) {
                reader.error("INVALID_ELEMENT", String.valueOf(e.getMessage() != null ? e.getMessage() : e));
            }
            throw fail(true);
        }
    }

    @Override
    public long position() {
        return position;
    }

    /** Skips items without building them: each is still validated, as the interface requires. */
    @Override
    public long skip(long count) throws EdiException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, not " + count);
        }
        long skipped = 0;
        skipping = true;
        try {
            while (skipped < count && next() != null) {
                skipped++;
            }
        } finally {
            skipping = false;
        }
        return skipped;
    }

    @Override
    public void close() throws IOException {
        ended = true;
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            in.close();
        }
    }

    private void open() throws XMLStreamException, JAXBException {
        reader = new ValidatingStreamReader(WarehouseSchema.secureInputFactory().createXMLStreamReader(in));
        unmarshaller = WarehouseSchema.context().createUnmarshaller();
        // the XSD validator sees every event and reports; JAXB is asked only to build objects
        unmarshaller.setEventHandler(event -> true);
    }

    private T advance() throws XMLStreamException, JAXBException {
        while (true) {
            int event = reader.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT && !inRoot) {
                checkRoot();
                inRoot = true;
                reader.next();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                boolean ours = WarehouseSchema.NAMESPACE.equals(reader.getNamespaceURI());
                Location at = copy(reader.getLocation());
                if (ours && kind.itemElement().equals(name) && skipping) {
                    skipElement();
                    check();
                    ordinal++;
                    position++;
                    return skippedMarker();
                } else if (ours && kind.itemElement().equals(name)) {
                    I item = unmarshaller.unmarshal(reader, itemType).getValue();
                    check();
                    return map(item, at, name);
                } else if (ours && "Header".equals(name)) {
                    header = unmarshaller.unmarshal(reader, HeaderType.class).getValue();
                } else {
                    rootTexts.put(name, simpleText());
                }
                check();
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
                check();
                return null;
            } else {
                reader.next();
                if (inRoot) {
                    // before the root only a wrong root element can be wrong, and checkRoot says it better
                    check();
                }
            }
        }
    }

    private T map(I item, Location at, String name) {
        ordinal++;
        T mapped;
        try {
            mapped = mapper.map(item, ordinal, header);
        } catch (InvalidValueException e) {
            reader.error(at, name, "INVALID_ELEMENT", e.getMessage());
            throw fail(true);
        }
        position++;
        return mapped;
    }

    private void checkRoot() {
        String name = reader.getLocalName();
        String namespace = reader.getNamespaceURI();
        if (kind.rootElement().equals(name) && WarehouseSchema.NAMESPACE.equals(namespace)) {
            return;
        }
        String what = WarehouseSchema.NAMESPACE.equals(namespace)
                ? XmlDocumentKind.ofRootElement(name).map(k -> "This is a " + k.rootElement() + " file").orElse(
                        "The root element <" + name + "> is not a warehouse XML document")
                : "The root element <" + name + "> is in namespace '" + (namespace == null ? "" : namespace) + "'";
        Location at = reader.getLocation();
        // the validator's "no declaration" adds nothing: the one error says which document this is
        throw failWith(new ArrayList<>(List.of(EdiError.at(at.getLineNumber(), at.getColumnNumber(), name,
                "WRONG_DOCUMENT", what + "; expected <" + kind.rootElement() + " xmlns=\"" + WarehouseSchema.NAMESPACE
                        + "\">."))));
    }

    @SuppressWarnings("unchecked")
    private T skippedMarker() {
        // next() must return non-null for skip() to count the item; the marker never leaves skip()
        return (T) SKIPPED;
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        reader.next();
    }

    /** Reads the text of the current element, skipping any element nested in it (the XSD flags those). */
    private String simpleText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(reader.getText());
            }
        }
        reader.next();
        return text.toString().strip();
    }

    private void check() {
        if (!reader.errors().isEmpty()) {
            throw fail(true);
        }
    }

    private EdiException failFatal(XMLStreamException e) {
        boolean dtd = e instanceof ValidatingStreamReader.ForbiddenDtdException;
        Location at = e.getLocation();
        String message = e.getMessage();
        int cut = message == null ? -1 : message.indexOf("Message: ");
        message = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
        EdiError error = EdiError.at(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), "",
                dtd ? "XML_FORBIDDEN_DTD" : "XML_NOT_WELL_FORMED", message == null ? e.toString() : message.strip());
        List<EdiError> errors = new ArrayList<>(reader == null ? List.of() : reader.errors());
        errors.add(error);
        return failWith(errors);
    }

    private EdiException fail(boolean drain) {
        List<EdiError> errors = new ArrayList<>();
        if (drain) {
            try {
                while (reader.hasNext()) {
                    reader.next();
                }
            } catch (XMLStreamException e) {
                return failFatal(e);
            }
        }
        errors.addAll(reader.errors());
        return failWith(errors);
    }

    private EdiException failWith(List<EdiError> errors) {
        ended = true;
        errors.sort(Comparator.comparingInt(EdiError::line).thenComparingInt(EdiError::column));
        failure = new EdiException("Rejected warehouse XML " + kind.rootElement() + " file", errors);
        return failure;
    }

    private static Location copy(Location location) {
        int line = location.getLineNumber();
        int column = location.getColumnNumber();
        return new Location() {
            @Override
            public int getLineNumber() {
                return line;
            }

            @Override
            public int getColumnNumber() {
                return column;
            }

            @Override
            public int getCharacterOffset() {
                return -1;
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
    }
}

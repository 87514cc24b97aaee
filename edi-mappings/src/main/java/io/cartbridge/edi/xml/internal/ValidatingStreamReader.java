package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.EdiError;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A pull parser that validates the whole document against the XSD as it is pulled: every event
 * any consumer (our loop, or JAXB unmarshalling one element) moves past is fed to a schema
 * {@link ValidatorHandler}, so validation streams with the reading and an item is checked by the
 * time its end tag has been read. Problems are collected, not thrown: {@link #errors()}.
 *
 * <p>A DOCTYPE fails at once ({@link ForbiddenDtdException}): with DTD support off the parser
 * reports it as an event before any entity of it could be used, which is what stops XXE and
 * entity-expansion attacks early.
 */
final class ValidatingStreamReader extends StreamReaderDelegate {

    /** Errors kept per file: a broken million-item file must not build a million-line message. */
    static final int MAX_ERRORS = 100;

    private final ValidatorHandler validator;
    private final List<EdiError> errors = new ArrayList<>();
    private String element = "";
    private boolean truncated;

    ValidatingStreamReader(XMLStreamReader reader) throws XMLStreamException {
        super(reader);
        this.validator = WarehouseSchema.newValidatorHandler();
        validator.setErrorHandler(new Collector());
        validator.setDocumentLocator(new StaxLocator());
        forward(reader.getEventType());
    }

    /** Thrown for a DOCTYPE. */
    static final class ForbiddenDtdException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        ForbiddenDtdException(Location location) {
            super("A DOCTYPE is not allowed in warehouse XML (DTDs and entities are refused)", location);
        }
    }

    /** {@return the errors found so far, in document order} */
    List<EdiError> errors() {
        return errors;
    }

    /** Records a problem found by a consumer (unmarshalling, mapping) at the current position. */
    void error(String code, String message) {
        Location at = getLocation();
        add(EdiError.at(at.getLineNumber(), at.getColumnNumber(), element, code, message));
    }

    void error(Location at, String element, String code, String message) {
        add(EdiError.at(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), element, code,
                message));
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        forward(event);
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == CHARACTERS && isWhiteSpace() || event == SPACE || event == COMMENT
                || event == PROCESSING_INSTRUCTION) {
            event = next();
        }
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int event = next(); event != END_ELEMENT; event = next()) {
            switch (event) {
                case CHARACTERS, CDATA, SPACE -> text.append(getTextCharacters(), getTextStart(), getTextLength());
                case COMMENT, PROCESSING_INSTRUCTION -> { }
                default -> throw new XMLStreamException("expected text only", getLocation());
            }
        }
        return text.toString();
    }

    private void forward(int event) throws XMLStreamException {
        try {
            switch (event) {
                case START_DOCUMENT -> validator.startDocument();
                case START_ELEMENT -> startElement();
                case END_ELEMENT -> endElement();
                case CHARACTERS, CDATA, SPACE ->
                        validator.characters(getTextCharacters(), getTextStart(), getTextLength());
                case END_DOCUMENT -> validator.endDocument();
                case DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new ForbiddenDtdException(getLocation());
                default -> { }
            }
        } catch (SAXException e) {
            // only a fatal error of the validator itself gets here; the Collector keeps the others
            error("XML_INVALID", e.getMessage());
        }
    }

    private void startElement() throws SAXException {
        element = getLocalName();
        for (int i = 0; i < getNamespaceCount(); i++) {
            validator.startPrefixMapping(nonNull(getNamespacePrefix(i)), nonNull(getNamespaceURI(i)));
        }
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < getAttributeCount(); i++) {
            String prefix = getAttributePrefix(i);
            String local = getAttributeLocalName(i);
            attributes.addAttribute(nonNull(getAttributeNamespace(i)), local,
                    prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, "CDATA", getAttributeValue(i));
        }
        validator.startElement(nonNull(getNamespaceURI()), getLocalName(), qName(), attributes);
    }

    private void endElement() throws SAXException {
        element = getLocalName();
        validator.endElement(nonNull(getNamespaceURI()), getLocalName(), qName());
        for (int i = 0; i < getNamespaceCount(); i++) {
            validator.endPrefixMapping(nonNull(getNamespacePrefix(i)));
        }
    }

    private String qName() {
        String prefix = getPrefix();
        return prefix == null || prefix.isEmpty() ? getLocalName() : prefix + ":" + getLocalName();
    }

    private void add(EdiError error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        } else if (!truncated) {
            truncated = true;
            errors.add(EdiError.at(error.line(), error.column(), error.segmentTag(), "XML_INVALID",
                    "More errors follow; only the first " + MAX_ERRORS + " are listed."));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private final class Collector implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            add(EdiError.at(e.getLineNumber(), e.getColumnNumber(), element, "XML_INVALID", e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    private final class StaxLocator implements Locator {
        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            return getLocation().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            return getLocation().getColumnNumber();
        }
    }
}

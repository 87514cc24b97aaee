package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.xml.XmlDocumentKind;
import io.cartbridge.edi.xml.internal.jaxb.HeaderType;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;
import javax.xml.validation.ValidatorHandler;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Writes one warehouse XML document as a stream of elements, validating it against the XSD as it
 * goes: JAXB marshals each element (the header, then one item at a time) into SAX events that go
 * both to a schema validator and to the serializer, so a file of any size is written in flat
 * memory and is valid by construction.
 *
 * <p>Every problem is collected with the item it belongs to; {@link #finish()} throws them all
 * ({@code XML_INVALID}, with the item's label and the XSD's reason). The output then holds an
 * invalid document and must be discarded, which the agent does anyway (files are written under a
 * temporary name).
 */
public final class XmlDocumentWriter {

    private static final String NS = WarehouseSchema.NAMESPACE;

    private final XmlDocumentKind kind;
    private final ContentHandler out;
    private final Marshaller marshaller;
    private final List<EdiError> errors = new ArrayList<>();
    private String label = "";

    public XmlDocumentWriter(OutputStream stream, XmlDocumentKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        ValidatorHandler validator = WarehouseSchema.newValidatorHandler();
        try {
            // what we write is checked, not annotated: the validator need not build the post-validation infoset
            validator.setFeature("http://apache.org/xml/features/validation/schema/augment-psvi", false);
        } catch (SAXException e) {
            // another validator: it validates all the same
        }
        validator.setErrorHandler(new Collector());
        this.out = new Tee(validator, new IndentingSerializer(Objects.requireNonNull(stream, "stream")));
        try {
            marshaller = WarehouseSchema.context().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new DefaultNamespace());
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB marshaller for warehouse XML", e);
        }
    }

    /** Starts the document: XML declaration, root element with its version, the header. */
    public void start(HeaderType header) {
        try {
            out.startDocument();
            out.startPrefixMapping("", NS);
            AttributesImpl attributes = new AttributesImpl();
            attributes.addAttribute("", "version", "version", "CDATA", WarehouseSchema.VERSION);
            out.startElement(NS, kind.rootElement(), kind.rootElement(), attributes);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        element("Header", HeaderType.class, header, "Header");
    }

    /** Writes a simple element of the root, such as the snapshot's {@code AsOf}. */
    public void text(String name, String value) {
        label = name;
        try {
            out.startElement(NS, name, name, new AttributesImpl());
            out.characters(value.toCharArray(), 0, value.length());
            out.endElement(NS, name, name);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes one element of the root.
     *
     * @param label what the element is, for error messages: {@code "Order WC-10021"}
     */
    public <V> void element(String name, Class<V> type, V value, String label) {
        this.label = label;
        try {
            marshaller.marshal(new JAXBElement<>(new QName(NS, name), type, value), out);
        } catch (JAXBException e) {
            errors.add(EdiError.at(0, 0, name, "XML_INVALID", label + ": " + e));
        }
    }

    /**
     * Ends the document and flushes it.
     *
     * @throws EdiException listing every element the XSD rejected
     */
    public void finish() {
        try {
            out.endElement(NS, kind.rootElement(), kind.rootElement());
            out.endPrefixMapping("");
            out.endDocument();
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        if (!errors.isEmpty()) {
            throw new EdiException("Could not write a valid warehouse XML " + kind.rootElement() + " file", errors);
        }
    }

    private final class Collector implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            if (errors.size() < ValidatingStreamReader.MAX_ERRORS) {
                errors.add(EdiError.at(0, 0, label.split(" ", 2)[0], "XML_INVALID", label + ": " + e.getMessage()));
            }
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    /** Our namespace as the default one, so that elements carry no prefix. */
    private static final class DefaultNamespace extends NamespacePrefixMapper {
        @Override
        public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
            return NS.equals(namespaceUri) && !requirePrefix ? "" : suggestion;
        }
    }
}

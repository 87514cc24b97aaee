package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.xml.internal.jaxb.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.SAXException;

/**
 * The warehouse XML schema and the factories every reader and writer shares, configured once.
 *
 * <p>Inbound XML comes from partners and is untrusted: the StAX factory is the JDK's own (not
 * whatever is on the class path) with DTDs and external entities off, so a DOCTYPE is reported as
 * an event the readers reject before any entity could be expanded; validators never fetch
 * anything (no schema location hints, no external DTDs).
 */
public final class WarehouseSchema {

    /** The namespace of version 1 documents. */
    public static final String NAMESPACE = "urn:cartbridge:warehouse:1";
    /** The minor version the writers put in the root's {@code version} attribute. */
    public static final String VERSION = "1.0";
    /** The class-path resource of the XSD. */
    public static final String RESOURCE = "/io/cartbridge/edi/xml/cartbridge-warehouse-1.0.xsd";

    private static final Schema SCHEMA = loadSchema();
    private static final JAXBContext CONTEXT = loadContext();

    private WarehouseSchema() {
    }

    /** {@return the compiled XSD, thread-safe} */
    public static Schema schema() {
        return SCHEMA;
    }

    /** {@return the JAXB context of the generated classes, thread-safe} */
    public static JAXBContext context() {
        return CONTEXT;
    }

    /** {@return a validator that reports to nobody yet and never reads anything from outside} */
    public static ValidatorHandler newValidatorHandler() {
        ValidatorHandler handler = SCHEMA.newValidatorHandler();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The JDK's validator refuses to be locked down", e);
        }
        return handler;
    }

    /** {@return a new StAX factory for untrusted input: no DTD, no external entity, no entity expansion} */
    public static XMLInputFactory secureInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static Schema loadSchema() {
        URL xsd = WarehouseSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        try {
            // our own XSD, a single file: nothing to lock down when compiling it
            return SchemaFactory.newDefaultInstance().newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The warehouse XSD " + RESOURCE + " does not compile", e);
        }
    }

    private static JAXBContext loadContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The JAXB classes generated from " + RESOURCE + " do not load", e);
        }
    }
}

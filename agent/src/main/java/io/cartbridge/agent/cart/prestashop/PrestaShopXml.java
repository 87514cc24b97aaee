package io.cartbridge.agent.cart.prestashop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.cartbridge.agent.cart.api.CartApiErrors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The XML of PrestaShop's webservice: {@code <prestashop><order>...</order></prestashop>} answers and bodies, and its
 * errors ({@code <prestashop><errors><error><code/><message/></error></errors></prestashop>}). Answers are parsed
 * with DTDs refused and no external entity or schema fetched, whatever the shop (or a proxy) sends.
 */
final class PrestaShopXml {

    /** The {@code Content-Type} of request bodies. */
    static final String TYPE = "application/xml; charset=utf-8";

    /** PrestaShop's error answers: the first error's code and message. */
    static final CartApiErrors ERRORS = (status, body) -> {
        try {
            Element error = first(parse(body).getDocumentElement(), "errors", "error");
            if (error != null) {
                return new CartApiErrors.Reason(text(error, "code"), text(error, "message"));
            }
        } catch (IllegalArgumentException e) {
            // not PrestaShop's XML (a proxy's page): the status says it all
        }
        return new CartApiErrors.Reason("http_" + status, "");
    };

    private PrestaShopXml() {
    }

    /**
     * Parses an answer.
     *
     * @throws IllegalArgumentException when it is not well-formed XML, or declares a DTD
     */
    static Document parse(byte[] xml) {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not PrestaShop's XML: " + e.getMessage(), e);
        }
    }

    /** {@return a new {@code <prestashop>} document holding one empty element of this name} */
    static Element newResource(String name) {
        Document doc = builder().newDocument();
        Element root = doc.createElement("prestashop");
        doc.appendChild(root);
        Element resource = doc.createElement(name);
        root.appendChild(resource);
        return resource;
    }

    /** Adds {@code <name>value</name>} to an element; {@return the element} */
    static Element add(Element parent, String name, String value) {
        Element child = parent.getOwnerDocument().createElement(name);
        child.setTextContent(value);
        parent.appendChild(child);
        return parent;
    }

    /**
     * {@return the document of a resource made by {@link #newResource}, as UTF-8 bytes} A body is one resource of
     * text fields, so it is written directly, each text escaped.
     */
    static byte[] bytes(Element resource) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><prestashop><")
                .append(resource.getTagName()).append('>');
        for (Element field : children(resource, null)) {
            xml.append('<').append(field.getTagName()).append('>').append(escape(field.getTextContent()))
                    .append("</").append(field.getTagName()).append('>');
        }
        xml.append("</").append(resource.getTagName()).append("></prestashop>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@return the direct children of an element with this name, or all of them for {@code null}} */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    /** {@return the element at this path of first children, or {@code null}} */
    static Element first(Element parent, String... path) {
        Element at = parent;
        for (String name : path) {
            List<Element> found = children(at, name);
            if (found.isEmpty()) {
                return null;
            }
            at = found.get(0);
        }
        return at;
    }

    /** {@return the trimmed text of the first child of this name, "" when there is none} */
    static String text(Element parent, String name) {
        Element child = first(parent, name);
        return child == null ? "" : child.getTextContent().trim();
    }

    /** {@return the text of a field as a number, 0 when empty} */
    static long number(Element parent, String name) {
        String text = text(parent, name);
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PrestaShop's " + parent.getTagName() + "." + name + " is not a number: '"
                    + text + "'");
        }
    }

    /** Configured once: looking a factory up on the class path costs milliseconds, a builder from it does not. */
    private static final DocumentBuilderFactory FACTORY = factory();

    private static DocumentBuilder builder() {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A partner's XSLT stylesheet (XSLT 3.0, run by Saxon-HE) that maps between CartBridge warehouse
 * XML and the partner's own layout: an outbound one turns our files (orders) into theirs, an
 * inbound one turns theirs (shipment confirmations, snapshots, acknowledgments) into ours, which
 * are then read, and validated, by the usual readers. A new 3PL's layout is onboarded with a
 * stylesheet, not code; {@code sample-data/xml/acme-3pl/} holds a pair.
 *
 * <p>The stylesheet is the partner's configuration and trusted; the document transformed is not:
 * it is parsed with DOCTYPEs refused and external entities off. Stylesheet parameters (for example
 * the partner's sender id) may be passed as strings; the stylesheet declares them with
 * {@code <xsl:param name="...">}. A stylesheet may refuse a document with
 * {@code <xsl:message terminate="yes">}. Saxon-HE builds the whole document in memory: a stylesheet
 * is meant for orders and confirmations, not for million-item snapshots.
 *
 * <p>Compiled once, thread-safe.
 *
 * @since 0.1
 */
public final class XmlStylesheet {

    private final Path path;
    private final XsltExecutable executable;

    private XmlStylesheet(Path path, XsltExecutable executable) {
        this.path = path;
        this.executable = executable;
    }

    /**
     * Compiles a stylesheet file.
     *
     * @throws IllegalArgumentException naming the file, line and reason when it is missing or does not compile
     */
    public static XmlStylesheet load(Path stylesheet) {
        Objects.requireNonNull(stylesheet, "stylesheet");
        if (!Files.isRegularFile(stylesheet)) {
            throw new IllegalArgumentException("The XSLT stylesheet " + stylesheet + " does not exist or is not a file");
        }
        try {
            Processor processor = new Processor(false);
            return new XmlStylesheet(stylesheet,
                    processor.newXsltCompiler().compile(new StreamSource(stylesheet.toFile())));
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("The XSLT stylesheet " + stylesheet + " does not compile"
                    + (e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ")" : "") + ": " + e.getMessage(), e);
        }
    }

    /** {@return the stylesheet's file} */
    public Path path() {
        return path;
    }

    /** Transforms a document without stylesheet parameters. */
    public void transform(InputStream in, OutputStream out) throws EdiException {
        transform(in, out, Map.of());
    }

    /**
     * Transforms one document, serialised as the stylesheet's {@code xsl:output} says.
     *
     * @param in         the document; read to its end, not closed
     * @param out        where the result goes; not closed
     * @param parameters stylesheet parameters by name, as strings
     * @throws EdiException when the document has a DOCTYPE ({@code XML_FORBIDDEN_DTD}), is not well
     *                      formed ({@code XML_NOT_WELL_FORMED}) or the stylesheet fails or refuses
     *                      it ({@code XSLT_FAILED}), with the line when known
     */
    public void transform(InputStream in, OutputStream out, Map<String, String> parameters) throws EdiException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Xslt30Transformer transformer = executable.load30();
        List<String> messages = new ArrayList<>();
        transformer.setMessageHandler(message -> messages.add(message.getStringValue()));
        try {
            if (!parameters.isEmpty()) {
                Map<QName, XdmValue> values = new HashMap<>();
                parameters.forEach((name, value) -> values.put(new QName(name), new XdmAtomicValue(value)));
                transformer.setStylesheetParameters(values);
            }
            transformer.transform(new SAXSource(secureReader(), new InputSource(in)),
                    executable.getProcessor().newSerializer(out));
        } catch (SaxonApiException e) {
            throw new EdiException("XSLT stylesheet " + path.getFileName() + " failed", List.of(error(e, messages)));
        }
    }

    private static EdiError error(SaxonApiException e, List<String> messages) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = (e.getMessage() == null ? root.toString() : e.getMessage())
                + (messages.isEmpty() ? "" : ": " + String.join("; ", messages));
        String code = message.contains("DOCTYPE") ? "XML_FORBIDDEN_DTD"
                : root instanceof SAXException ? "XML_NOT_WELL_FORMED" : "XSLT_FAILED";
        int line = e.getLineNumber();
        if (root instanceof org.xml.sax.SAXParseException p) {
            line = p.getLineNumber();
        }
        return EdiError.at(Math.max(line, 0), 0, "", code, message);
    }

    private static XMLReader secureReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's SAX parser refuses to be locked down", e);
        }
    }
}

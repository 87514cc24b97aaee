package io.cartbridge.edi.xml;

import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.xml.internal.WholeDocumentCheck;
import java.io.InputStream;
import java.util.List;

/**
 * Validates a warehouse XML file of any of the four kinds against the XSD in one streaming pass,
 * building nothing: for {@code validate FILE} and for checking an inbound file before applying any
 * of it. Parsed as the readers parse (DOCTYPE refused, no external entity). Errors carry line and
 * column; the codes are those of {@link XmlShipmentConfirmationReader}. Thread-safe; the stream is
 * read to its end (or its first fatal error) and not closed.
 *
 * @since 0.1
 */
public final class XmlValidator {

    private XmlValidator() {
    }

    /**
     * {@return a report whose format is {@code "XML"} and whose one "transaction set" is the root
     * element ({@code "ShipmentConfirmations"}), empty when no root element could be read}
     */
    public static ValidationReport validate(InputStream in) {
        WholeDocumentCheck.Result result = WholeDocumentCheck.run(in);
        List<String> kinds = result.rootElement() == null ? List.of() : List.of(result.rootElement());
        return new ValidationReport("XML", kinds, result.errors());
    }
}

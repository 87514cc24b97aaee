package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.EdiError;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/** Streams a whole document through the validator, building nothing: the {@code validate} command. */
public final class WholeDocumentCheck {

    /** @param rootElement the root's local name, or {@code null} when none was read */
    public record Result(String rootElement, String namespace, List<EdiError> errors) {
    }

    private WholeDocumentCheck() {
    }

    public static Result run(InputStream in) {
        String root = null;
        String namespace = null;
        ValidatingStreamReader reader = null;
        List<EdiError> errors = new ArrayList<>();
        try {
            reader = new ValidatingStreamReader(WarehouseSchema.secureInputFactory().createXMLStreamReader(in));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && root == null) {
                    root = reader.getLocalName();
                    namespace = reader.getNamespaceURI();
                }
            }
            errors.addAll(reader.errors());
        } catch (XMLStreamException e) {
            if (reader != null) {
                errors.addAll(reader.errors());
            }
            boolean dtd = e instanceof ValidatingStreamReader.ForbiddenDtdException;
            Location at = e.getLocation();
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            int cut = message.indexOf("Message: ");
            errors.add(EdiError.at(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), "",
                    dtd ? "XML_FORBIDDEN_DTD" : "XML_NOT_WELL_FORMED",
                    (cut >= 0 ? message.substring(cut + "Message: ".length()) : message).strip()));
        }
        return new Result(root, namespace, errors);
    }
}

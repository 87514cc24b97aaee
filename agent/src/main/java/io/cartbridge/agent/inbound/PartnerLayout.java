package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.xml.XmlStylesheet;

/**
 * An XML partner's own layout, turned into CartBridge XML at collection by the partner's inbound stylesheet
 * ({@code xml.inbound-stylesheet}), so that the imports only ever read our XML. A file already in our namespace (an
 * acknowledgment the partner writes in our XML, say) is read as it is.
 */
final class PartnerLayout {

    static final String OUR_NAMESPACE = "urn:cartbridge:warehouse:1";
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<[A-Za-z_][^>]*>?");

    private final XmlStylesheet stylesheet;

    private PartnerLayout(XmlStylesheet stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The partner's inbound stylesheet, if its format is XML and it names one. */
    static PartnerLayout of(WarehouseProperties partner) {
        return new PartnerLayout(partner.format().equals("xml") ? partner.xml().inbound() : null);
    }

    /** Whether a file of this format, starting with these bytes, is in the partner's layout rather than ours. */
    boolean applies(WarehouseFormat format, byte[] start) {
        return stylesheet != null && format.name().equals("xml") && !ours(start);
    }

    /** Writes the file in our XML to {@code to} (in full or not at: a temporary name, then a rename). */
    void transform(Path from, Path to) throws IOException, EdiException {
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(part)) {
            stylesheet.transform(in, out);
        } catch (EdiException | IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean ours(byte[] start) {
        Matcher root = FIRST_ELEMENT.matcher(COMMENT.matcher(new String(start, StandardCharsets.UTF_8)).replaceAll(""));
        return root.find() && root.group().contains(OUR_NAMESPACE);
    }
}

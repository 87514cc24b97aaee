package io.cartbridge.edi.xml.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Serializes the SAX events of a warehouse XML document as indented UTF-8 text: one element per line,
 * two spaces per level, an element with text on one line, an empty one as {@code <Name/>}, the XML
 * declaration first. It is the JDK's identity serializer cut down to what the writers produce (elements
 * hold either text or elements, never both), without its per-character output path.
 *
 * <p>Text escapes {@code & < >} and a carriage return, drops the characters XML 1.0 cannot carry, and writes a character beyond the Basic Multilingual Plane
 * as a character reference (as the JDK's serializer does); attribute values also escape {@code "}, tab and line
 * feed, so that they read back as written. A namespace declaration is written only where a prefix gets a new
 * binding, so that elements marshalled one at a time (each announcing the default namespace) carry none
 * beyond the root's. The writer collects a document in a character buffer and encodes it in blocks; {@link #endDocument()} flushes it to the stream, which stays open.
 */
final class IndentingSerializer extends DefaultHandler {

    private static final int BLOCK = 1 << 14;
    private static final char[] SPACES = " ".repeat(64).toCharArray();

    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 1024);
    /** Prefix bindings in effect: prefix, URI and the depth of the element that declared them. */
    private final List<Binding> bindings = new ArrayList<>();
    private final List<Binding> pending = new ArrayList<>();
    private int depth;
    /** A start tag is written up to its attributes, its {@code >} not yet. */
    private boolean open;
    /** The last thing written is an element's text. */
    private boolean afterText;

    private record Binding(String prefix, String uri, int depth) {
    }

    IndentingSerializer(OutputStream stream) {
        this.out = stream;
    }

    @Override
    public void startDocument() {
        buffer.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pending.add(new Binding(prefix, uri, depth + 1));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (open) {
            buffer.append(">\n");
        } else if (afterText) {
            buffer.append('\n');
        }
        afterText = false;
        indent();
        String name = qName.isEmpty() ? localName : qName;
        buffer.append('<').append(name);
        if (!pending.isEmpty()) {
            for (Binding binding : pending) {
                if (!binding.uri().equals(boundUri(binding.prefix()))) {
                    bindings.add(binding);
                    buffer.append(binding.prefix().isEmpty() ? " xmlns" : " xmlns:" + binding.prefix()).append("=\"");
                    escape(binding.uri(), true);
                    buffer.append('"');
                }
            }
            pending.clear();
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.getQName(i).isEmpty() ? attributes.getLocalName(i) : attributes.getQName(i);
            if (attribute.equals("xmlns") || attribute.startsWith("xmlns:")) {
                continue;
            }
            buffer.append(' ').append(attribute).append("=\"");
            escape(attributes.getValue(i), true);
            buffer.append('"');
        }
        open = true;
        depth++;
        drainIfFull();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (length == 0) {
            return;
        }
        if (open) {
            buffer.append('>');
            open = false;
        }
        escape(ch, start, start + length, false);
        afterText = true;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        String name = qName.isEmpty() ? localName : qName;
        if (open) {
            buffer.append("/>\n");
        } else {
            if (!afterText) {
                indent();
            }
            buffer.append("</").append(name).append(">\n");
        }
        open = false;
        afterText = false;
        while (!bindings.isEmpty() && bindings.get(bindings.size() - 1).depth() > depth) {
            bindings.remove(bindings.size() - 1);
        }
        drainIfFull();
    }

    @Override
    public void endDocument() throws SAXException {
        try {
            drain();
            out.flush();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private String boundUri(String prefix) {
        for (int i = bindings.size() - 1; i >= 0; i--) {
            if (bindings.get(i).prefix().equals(prefix)) {
                return bindings.get(i).uri();
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    private void indent() {
        int spaces = Math.min(2 * depth, SPACES.length);
        buffer.append(SPACES, 0, spaces);
    }

    private void escape(String value, boolean attribute) {
        escape(value.toCharArray(), 0, value.length(), attribute);
    }

    /**
     * Appends {@code chars[from, to)} escaped, each run without a special character in one copy. Characters XML 1.0
     * cannot carry (control characters other than tab, line feed and carriage return, unpaired surrogates, U+FFFE and
     * U+FFFF) are dropped: a shop's data may hold them, and a file that holds one is not XML.
     */
    private void escape(char[] chars, int from, int to, boolean attribute) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c > '>' && c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                buffer.append(chars, run, i - run);
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                    // a character beyond the BMP as a character reference, as the JDK's serializer writes it
                    buffer.append("&#").append(Character.toCodePoint(c, chars[i + 1])).append(';');
                    i++;
                }
                run = i + 1;
                continue;
            }
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> attribute ? "&quot;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\uFFFE', '\uFFFF' -> "";
                default -> c < ' ' ? "" : null;
            };
            if (entity != null) {
                buffer.append(chars, run, i - run).append(entity);
                run = i + 1;
            }
        }
        buffer.append(chars, run, to - run);
    }

    private void drainIfFull() throws SAXException {
        if (buffer.length() >= BLOCK) {
            try {
                drain();
            } catch (IOException e) {
                throw new SAXException(e);
            }
        }
    }

    /** Encodes the buffer in one call (ASCII text is copied as it is) and writes it out. */
    private void drain() throws IOException {
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
    }
}

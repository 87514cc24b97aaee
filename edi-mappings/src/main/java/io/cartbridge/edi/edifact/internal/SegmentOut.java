package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.edifact.EdifactSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes EDIFACT segments with a partner's separators and character set: data is fitted to the
 * syntax identifier's character set ({@link CharacterSets#fit}), separators and the release
 * character inside data are escaped with the release character, and empty trailing components and
 * elements are left out. Also writes the UNA/UNB/UNZ envelope and counts segments for UNT.
 */
public final class SegmentOut {

    private static final DateTimeFormatter DATE6 = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DATE8 = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final EdifactSettings settings;
    private final Writer out;
    private final String specials;
    private int count;

    public SegmentOut(OutputStream stream, EdifactSettings settings) {
        this.settings = settings;
        this.out = new OutputStreamWriter(stream, CharacterSets.charsetOf(settings.syntaxIdentifier()));
        this.specials = "" + settings.componentSeparator() + settings.elementSeparator() + settings.releaseCharacter()
                + settings.segmentTerminator() + (settings.syntaxVersion() == 4 ? EdifactSettings.REPETITION_SEPARATOR : "");
    }

    /** A composite element of the given components, for {@link #segment}. */
    public static List<String> composite(String... components) {
        return Arrays.asList(components);
    }

    /**
     * Writes one segment. Each element is a {@code String} (simple, {@code null} for empty) or a
     * {@code List<String>} (composite, {@code null} components empty).
     */
    public void segment(String tag, Object... elements) throws IOException {
        List<String> rendered = new ArrayList<>(elements.length);
        for (Object element : elements) {
            rendered.add(render(element));
        }
        int last = rendered.size();
        while (last > 0 && rendered.get(last - 1).isEmpty()) {
            last--;
        }
        StringBuilder line = new StringBuilder(tag);
        for (int i = 0; i < last; i++) {
            line.append(settings.elementSeparator()).append(rendered.get(i));
        }
        line.append(settings.segmentTerminator());
        if (settings.lineBreakAfterSegment()) {
            line.append('\n');
        }
        out.write(line.toString());
        count++;
    }

    /** {@return segments written since the last {@link #resetCount()}} */
    public int count() {
        return count;
    }

    public void resetCount() {
        count = 0;
    }

    /** Writes the UNA (when the settings ask for it) and the UNB. */
    public void header(String controlReference, LocalDateTime created, String applicationReference) throws IOException {
        if (settings.writeUna()) {
            char repetition = settings.syntaxVersion() == 4 ? EdifactSettings.REPETITION_SEPARATOR : ' ';
            out.write("UNA" + settings.componentSeparator() + settings.elementSeparator() + '.'
                    + settings.releaseCharacter() + repetition + settings.segmentTerminator()
                    + (settings.lineBreakAfterSegment() ? "\n" : ""));
        }
        String date = (settings.syntaxVersion() == 4 ? DATE8 : DATE6).format(created);
        segment("UNB", composite(settings.syntaxIdentifier(), Integer.toString(settings.syntaxVersion())),
                composite(settings.senderId(), settings.senderQualifier()),
                composite(settings.recipientId(), settings.recipientQualifier()),
                composite(date, TIME.format(created)), controlReference, null, applicationReference, null,
                settings.acknowledgementRequested() ? "1" : null, null, settings.testIndicator() ? "1" : null);
    }

    /** Writes the UNZ and flushes. */
    public void trailer(int messages, String controlReference) throws IOException {
        segment("UNZ", Integer.toString(messages), controlReference);
        out.flush();
    }

    private String render(Object element) {
        if (element == null) {
            return "";
        }
        if (element instanceof String simple) {
            return escape(simple);
        }
        @SuppressWarnings("unchecked")
        List<String> components = (List<String>) element;
        int last = components.size();
        while (last > 0 && (components.get(last - 1) == null || components.get(last - 1).isEmpty())) {
            last--;
        }
        StringBuilder composite = new StringBuilder();
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                composite.append(settings.componentSeparator());
            }
            composite.append(escape(components.get(i)));
        }
        return composite.toString();
    }

    private String escape(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String fitted = CharacterSets.fit(settings.syntaxIdentifier(), value);
        StringBuilder escaped = new StringBuilder(fitted.length() + 4);
        for (int i = 0; i < fitted.length(); i++) {
            char c = fitted.charAt(i);
            if (specials.indexOf(c) >= 0) {
                escaped.append(settings.releaseCharacter());
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

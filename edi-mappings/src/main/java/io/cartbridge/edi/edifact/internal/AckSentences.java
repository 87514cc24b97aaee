package io.cartbridge.edi.edifact.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the error sentences of a canonical {@link io.cartbridge.edi.model.TransactionAck} into the
 * parts of a CONTRL report: the segment position in the message, the element and component, the ISO 9735
 * 0085 code and the service segment an envelope error concerns. Sentences come from CONTRL
 * ({@code "Element 2 component 1 of the segment at position 7: invalid value (12)"}), from an X12 997 or
 * 999 ({@code "Element N404 (segment at position 7): data element too long, value '...'"}) or are an XML
 * acknowledgment's free text; what cannot be read is an error of the whole message, code 18.
 */
public final class AckSentences {

    /** One error sentence read back; {@code position} null for an error of the whole message. */
    public record Error(String position, String element, String component, String code, String segmentTag) {
    }

    private static final Pattern POSITION = Pattern.compile("at position (\\d+)");
    private static final Pattern EDIFACT_ELEMENT = Pattern.compile("^Element (\\d+)(?: component (\\d+))?\\b");
    private static final Pattern X12_ELEMENT = Pattern.compile("^Element [A-Z][A-Z0-9]{1,2}?(\\d{2})(?:-(\\d+))? ");
    private static final Pattern CODE = Pattern.compile("\\((\\d{1,2})\\)");
    private static final Pattern SERVICE_SEGMENT = Pattern.compile("in segment (UN[A-Z])\\b");
    /** X12 (997/999 AK3, AK4, AK5) and common words, to the nearest 0085 code. */
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("does not match actual count", "29"), Map.entry("do not match", "28"),
            Map.entry("do not agree", "28"), Map.entry("too long", "39"), Map.entry("too short", "40"),
            Map.entry("too many", "16"), Map.entry("invalid character", "21"), Map.entry("missing", "13"),
            Map.entry("not supported", "14"), Map.entry("unrecognized segment", "15"),
            Map.entry("unexpected segment", "15"), Map.entry("not in proper sequence", "15"),
            Map.entry("not in defined", "15"), Map.entry("invalid", "12"));

    private AckSentences() {
    }

    /** {@return the CONTRL parts of one error sentence} */
    public static Error parse(String sentence) {
        String text = sentence == null ? "" : sentence;
        Matcher position = POSITION.matcher(text);
        String at = position.find() ? position.group(1) : null;
        String element = null;
        String component = null;
        Matcher edifact = EDIFACT_ELEMENT.matcher(text);
        Matcher x12 = X12_ELEMENT.matcher(text);
        if (at != null && edifact.find()) {
            element = edifact.group(1);
            component = edifact.group(2);
        } else if (at != null && x12.find()) {
            element = Integer.toString(Integer.parseInt(x12.group(1)));
            component = x12.group(2);
        }
        Matcher service = SERVICE_SEGMENT.matcher(text);
        String tag = service.find() ? service.group(1) : null;
        String code = code(text);
        if (at == null && tag == null && "29".equals(code)) {
            tag = "UNT";
        }
        return new Error(at, element, component, code, tag);
    }

    private static String code(String text) {
        Matcher code = CODE.matcher(text);
        String last = null;
        while (code.find()) {
            last = code.group(1);
        }
        if (last != null) {
            return last;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(w -> lower.contains(w.getKey())).map(Map.Entry::getValue).findFirst().orElse("18");
    }
}

package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Follows the UNB/UNG/UNH envelopes while a file is scanned, words StAEDI's validation events with
 * their context ("UNT 0074 gives 12 segments but message 1 has 13") and adds CartBridge's own checks:
 * syntax identifier and version, segment tags, characters outside the declared character set, and
 * the shape of known message segments (unescaped separators).
 */
final class EnvelopeChecks {

    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9]{2}");
    private static final Pattern VERSION = Pattern.compile("[1-4]");

    private final List<EdiError> errors;
    private final List<String> messageTypes = new ArrayList<>();
    private String fileSyntax = "";
    private String syntax = "";
    private String unb0020 = "";
    private String ung0048 = "";
    private String unh0062 = "";
    private int segmentsInMessage;
    private int messagesInGroup;
    private int controlsInInterchange;
    private boolean inGroup;
    private boolean inMessage;
    private boolean inInterchange;

    EnvelopeChecks(List<EdiError> errors) {
        this.errors = errors;
    }

    List<String> messageTypes() {
        return messageTypes;
    }

    boolean inInterchange() {
        return inInterchange;
    }

    /** The syntax identifier of the first UNB, which chose the charset the whole file is decoded with. */
    void fileSyntax(String syntaxIdentifier) {
        this.fileSyntax = syntaxIdentifier;
    }

    void startSegment(int position, String tag) {
        switch (tag) {
            case "UNB" -> {
                inInterchange = true;
                controlsInInterchange = 0;
            }
            case "UNG" -> {
                controlsInInterchange++;
                inGroup = true;
                messagesInGroup = 0;
            }
            case "UNH" -> {
                inMessage = true;
                segmentsInMessage = 0;
                if (inGroup) {
                    messagesInGroup++;
                } else {
                    controlsInInterchange++;
                }
            }
            default -> { }
        }
        if (inMessage) {
            segmentsInMessage++;
        }
        if (!"UNA".equals(tag) && !TAG.matcher(tag).matches()) {
            errors.add(new EdiError(position, tag, "INVALID_TAG", "Segment tag '" + tag + "' is not three upper-case"
                    + " letters or digits: the segment before it probably holds an unescaped segment terminator."));
        }
    }

    void endSegment(EdifactSegment s) {
        switch (s.tag()) {
            case "UNB" -> checkUnb(s);
            case "UNG" -> ung0048 = s.element(5);
            case "UNH" -> {
                unh0062 = s.element(1);
                messageTypes.add(s.component(2, 1));
            }
            case "UNT" -> inMessage = false;
            case "UNE" -> inGroup = false;
            case "UNZ" -> inInterchange = false;
            default -> { }
        }
        if (!"UNA".equals(s.tag())) {
            checkCharacters(s);
        }
        if (inMessage && !s.tag().startsWith("UN")) {
            checkShape(s);
        }
    }

    void validationError(EDIStreamEvent event, EDIStreamValidationError type, int position, String tag, int element,
                         String text) {
        String data = text == null ? "" : text;
        EdiError error = switch (type) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> countError(position, tag, data);
            case CONTROL_REFERENCE_MISMATCH -> new EdiError(position, tag, tag + "_REFERENCE_MISMATCH",
                    tag + " reference '" + data + "' does not match " + header(tag) + ".");
            case MANDATORY_SEGMENT_MISSING -> new EdiError(position, tag, "MISSING_SEGMENT",
                    "Mandatory segment " + data + " is missing before segment " + tag + ".");
            default -> event == EDIStreamEvent.SEGMENT_ERROR
                    ? new EdiError(position, tag, "UNEXPECTED_SEGMENT",
                            "Segment " + tag + " is not allowed here (" + describe(type) + ").")
                    : new EdiError(position, tag, "INVALID_ELEMENT",
                            String.format("%s element %d value '%s' is invalid (%s).", tag, element, data, describe(type)));
        };
        errors.add(error);
    }

    EdiError truncated(int position, String tag) {
        return new EdiError(position, tag, "TRUNCATED", "The file ends at segment " + position + " (" + tag
                + ") before the interchange is closed by UNZ; it was probably cut off in transfer.");
    }

    EdiError parseFailure(Exception e, int lastPosition, String lastTag) {
        String detail = String.valueOf(e.getMessage()).replaceFirst("^EDIE\\d+ - ", "");
        int position = lastPosition;
        String tag = lastTag;
        if (e instanceof EDIStreamException se && se.getLocation() != null) {
            Location at = se.getLocation();
            if (at.getSegmentPosition() > 0 && at.getSegmentTag() != null) {
                position = at.getSegmentPosition();
                tag = at.getSegmentTag();
            }
        }
        if (detail.contains("end of stream")) {
            return new EdiError(position, tag, "TRUNCATED", "The file ends inside or after segment " + position
                    + " (" + tag + ") before the interchange is closed by UNZ; it was probably cut off in transfer.");
        }
        if (lastPosition == 0 || detail.contains("header")) {
            return new EdiError(lastPosition + 1, "UNB", "MALFORMED_HEADER",
                    "The UNA or UNB segment is malformed (" + detail + ").");
        }
        return new EdiError(position + 1, "", "SYNTAX", "Unreadable data after segment " + position + " (" + tag
                + "): " + detail + ". A segment terminator inside data was probably not escaped with the release"
                + " character.");
    }

    private void checkUnb(EdifactSegment unb) {
        syntax = unb.component(1, 1);
        unb0020 = unb.element(5);
        String version = unb.component(1, 2);
        if (CharacterSets.charsetOf(syntax) == null) {
            errors.add(new EdiError(unb.position(), "UNB", "BAD_SYNTAX_IDENTIFIER", "Syntax identifier (UNB 0001) '"
                    + syntax + "' is not one CartBridge reads: UNOA, UNOB, UNOC to UNOK, UNOW or UNOY."));
        } else if (!syntax.equals(fileSyntax) && !CharacterSets.charsetOf(syntax).equals(CharacterSets.charsetOf(fileSyntax))) {
            errors.add(new EdiError(unb.position(), "UNB", "BAD_SYNTAX_IDENTIFIER", "Syntax identifier (UNB 0001) '"
                    + syntax + "' implies another character set than the file's first interchange ('" + fileSyntax
                    + "'); send interchanges of different character sets in separate files."));
        }
        if (!VERSION.matcher(version).matches()) {
            errors.add(new EdiError(unb.position(), "UNB", "BAD_SYNTAX_VERSION", "Syntax version (UNB 0002) '"
                    + version + "' is not 1, 2, 3 or 4."));
        } else if (("UNOW".equals(syntax) || "UNOY".equals(syntax)) && version.compareTo("4") < 0) {
            errors.add(new EdiError(unb.position(), "UNB", "BAD_SYNTAX_VERSION", "Syntax identifier " + syntax
                    + " needs syntax version 4, not " + version + "."));
        }
    }

    private void checkCharacters(EdifactSegment s) {
        for (int e = 0; e < s.elements().size(); e++) {
            List<String> components = s.elements().get(e);
            for (int c = 0; c < components.size(); c++) {
                String value = components.get(c);
                int bad = CharacterSets.firstInvalid(syntax, value);
                if (bad >= 0) {
                    errors.add(new EdiError(s.position(), s.tag(), "INVALID_CHARACTER", String.format(
                            "%s element %d component %d holds character U+%04X at offset %d, which syntax identifier"
                                    + " %s does not allow%s.", s.tag(), e + 1, c + 1, (int) value.charAt(bad), bad,
                            syntax, value.charAt(bad) == '\uFFFD' ? " (the bytes are not valid UTF-8)" : "")));
                    return;
                }
            }
        }
    }

    private void checkShape(EdifactSegment s) {
        int[] shape = SegmentShapes.of(s.tag());
        if (shape == null) {
            return;
        }
        if (s.elements().size() > shape.length) {
            errors.add(new EdiError(s.position(), s.tag(), "UNESCAPED_SEPARATOR", s.tag() + " has " + s.elements().size()
                    + " data elements but at most " + shape.length + " are defined: a '+' inside data must be"
                    + " escaped with the release character."));
            return;
        }
        for (int e = 0; e < s.elements().size(); e++) {
            if (s.elements().get(e).size() > shape[e]) {
                errors.add(new EdiError(s.position(), s.tag(), "UNESCAPED_SEPARATOR", s.tag() + " element " + (e + 1)
                        + " has " + s.elements().get(e).size() + " components but at most " + shape[e]
                        + " are defined: a ':' inside data must be escaped with the release character."));
                return;
            }
        }
    }

    private EdiError countError(int position, String tag, String data) {
        return switch (tag) {
            case "UNT" -> new EdiError(position, tag, "UNT_COUNT", "UNT 0074 gives " + data
                    + " segments but message " + unh0062 + " has " + segmentsInMessage + " (UNH to UNT).");
            case "UNE" -> new EdiError(position, tag, "UNE_COUNT", "UNE 0060 gives " + data
                    + " messages but group " + ung0048 + " has " + messagesInGroup + ".");
            case "UNZ" -> new EdiError(position, tag, "UNZ_COUNT", "UNZ 0036 gives " + data
                    + " messages or groups but interchange " + unb0020 + " has " + controlsInInterchange + ".");
            default -> new EdiError(position, tag, tag + "_COUNT", tag + " count '" + data + "' is wrong.");
        };
    }

    private String header(String trailerTag) {
        return switch (trailerTag) {
            case "UNT" -> "UNH 0062 '" + unh0062 + "'";
            case "UNE" -> "UNG 0048 '" + ung0048 + "'";
            case "UNZ" -> "UNB 0020 '" + unb0020 + "'";
            default -> "its header";
        };
    }

    private static String describe(EDIStreamValidationError type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

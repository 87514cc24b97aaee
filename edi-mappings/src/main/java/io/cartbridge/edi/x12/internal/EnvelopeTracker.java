package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Follows the ISA/GS/ST envelopes while a file is scanned, so that StAEDI's validation events can
 * be reported with their context ("SE01 gives 17 segments but transaction set 0001 has 18"), and
 * adds the checks StAEDI does not make (duplicate ST02 in a group, unterminated interchange).
 */
final class EnvelopeTracker {

    private final List<EdiError> errors;
    private final List<String> transactionSets = new ArrayList<>();
    private final Set<String> groupSt02s = new HashSet<>();
    private String isa13 = "";
    private String gs06 = "";
    private String st02 = "";
    private int segmentsInSet;
    private int setsInGroup;
    private int groupsInInterchange;
    private boolean inTransaction;
    private boolean inInterchange;
    private EdiError pendingIsa11;
    private String lastElementKey = "";
    private int lastElementIndex;
    private boolean lastElementSeparator;

    EnvelopeTracker(List<EdiError> errors) {
        this.errors = errors;
    }

    List<String> transactionSets() {
        return transactionSets;
    }

    boolean inInterchange() {
        return inInterchange;
    }

    /** {@return true when {@code s} is an IEA that closed the interchange it names} */
    boolean closes(X12Segment s) {
        return s != null && "IEA".equals(s.tag()) && !inInterchange && s.element(2).equals(isa13);
    }

    void startSegment(String tag) {
        switch (tag) {
            case "ISA" -> {
                inInterchange = true;
                groupsInInterchange = 0;
            }
            case "GS" -> {
                groupsInInterchange++;
                setsInGroup = 0;
                groupSt02s.clear();
            }
            case "ST" -> {
                inTransaction = true;
                segmentsInSet = 0;
                setsInGroup++;
            }
            default -> { }
        }
        if (inTransaction) {
            segmentsInSet++;
        }
    }

    void endSegment(X12Segment s) {
        switch (s.tag()) {
            case "ISA" -> {
                isa13 = s.element(13);
                // StAEDI keeps the first interchange's control schema, so a later 005010 ISA11 ('^')
                // is checked against 004010's code list; a repetition separator there is valid.
                if (pendingIsa11 != null && s.element(12).compareTo("00402") < 0) {
                    errors.add(pendingIsa11);
                }
                pendingIsa11 = null;
            }
            case "GS" -> gs06 = s.element(6);
            case "ST" -> {
                st02 = s.element(2);
                transactionSets.add(s.element(1));
                if (!groupSt02s.add(st02)) {
                    errors.add(new EdiError(s.position(), "ST", "DUPLICATE_CONTROL_NUMBER",
                            "ST02 '" + st02 + "' is used by an earlier transaction set of group " + gs06 + "."));
                }
            }
            case "SE" -> inTransaction = false;
            case "IEA" -> inInterchange = false;
            default -> { }
        }
    }

    /**
     * Translates a StAEDI validation event at {@code position}/{@code tag} and records it. An element
     * error of a transaction set validated against a schema ({@code schemaType} not null) is worded by
     * {@link ElementErrors}, once per element: StAEDI reports a separator in a simple element once per
     * piece, and the pieces' own errors (too short) would only hide the cause.
     */
    void validationError(EDIStreamEvent event, EDIStreamValidationError type, int position, String tag,
                         int element, String text, EDISimpleType schemaType, Map<String, Character> delimiters) {
        String data = text == null ? "" : text;
        if (schemaType != null && event != EDIStreamEvent.SEGMENT_ERROR && !"SE".equals(tag)
                && type != EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
                && type != EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
            elementError(ElementErrors.of(type, position, tag, element, data, schemaType, delimiters),
                    position + " " + element, ElementErrors.separator(type));
            return;
        }
        EdiError error = switch (type) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> countError(position, tag, data);
            case CONTROL_REFERENCE_MISMATCH -> new EdiError(position, tag, tag + "02_MISMATCH",
                    tag + "02 '" + data + "' does not match " + header(tag) + ".");
            case MANDATORY_SEGMENT_MISSING -> new EdiError(position, tag, "MISSING_SEGMENT",
                    "Mandatory segment " + data + " is missing before segment " + tag + ".");
            default -> event == EDIStreamEvent.SEGMENT_ERROR
                    ? new EdiError(position, tag, "UNEXPECTED_SEGMENT",
                            "Segment " + tag + " is not allowed here (" + describe(type) + ").")
                    : new EdiError(position, tag, "INVALID_ELEMENT",
                            String.format("%s%02d value '%s' is invalid (%s).", tag, element, data, describe(type)));
        };
        if ("ISA".equals(tag) && element == 11 && type == EDIStreamValidationError.INVALID_CODE_VALUE) {
            pendingIsa11 = error;
        } else {
            errors.add(error);
        }
    }

    private void elementError(EdiError error, String key, boolean separator) {
        if (!key.equals(lastElementKey)) {
            lastElementKey = key;
            lastElementIndex = errors.size();
            lastElementSeparator = separator;
            errors.add(error);
        } else if (separator && !lastElementSeparator) {
            lastElementSeparator = true;
            errors.set(lastElementIndex, error);
        }
    }

    private EdiError countError(int position, String tag, String data) {
        return switch (tag) {
            case "SE" -> new EdiError(position, tag, "SE_COUNT", "SE01 gives " + data
                    + " segments but transaction set " + st02 + " has " + segmentsInSet + " (ST to SE).");
            case "GE" -> new EdiError(position, tag, "GE_COUNT", "GE01 gives " + data
                    + " transaction sets but group " + gs06 + " has " + setsInGroup + ".");
            case "IEA" -> new EdiError(position, tag, "IEA_COUNT", "IEA01 gives " + data
                    + " functional groups but interchange " + isa13 + " has " + groupsInInterchange + ".");
            default -> new EdiError(position, tag, tag + "_COUNT", tag + " count '" + data + "' is wrong.");
        };
    }

    private String header(String trailerTag) {
        return switch (trailerTag) {
            case "SE" -> "ST02 '" + st02 + "'";
            case "GE" -> "GS06 '" + gs06 + "'";
            case "IEA" -> "ISA13 '" + isa13 + "'";
            default -> "its header";
        };
    }

    private static String describe(EDIStreamValidationError type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

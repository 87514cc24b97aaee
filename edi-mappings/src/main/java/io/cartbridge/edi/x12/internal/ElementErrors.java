package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Words the element errors StAEDI finds in a transaction set validated against a schema (the 997
 * and 999 of {@link AckSchemas}), naming the element, its X12 data element and what it allows, so
 * that a partner can be told exactly what to fix. All are {@code INVALID_ELEMENT}.
 */
final class ElementErrors {

    private static final int LISTED_CODES_MAX = 12;

    private ElementErrors() {
    }

    /** {@return the schema type of the element the reader is on, or {@code null} when there is none} */
    static EDISimpleType typeOf(EDIStreamReader reader) {
        try {
            EDIReference reference = reader.getSchemaTypeReference();
            return reference != null && reference.getReferencedType() instanceof EDISimpleType type ? type : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** {@return true for an error that a separator inside a simple element causes} */
    static boolean separator(EDIStreamValidationError type) {
        return type == EDIStreamValidationError.TOO_MANY_COMPONENTS
                || type == EDIStreamValidationError.TOO_MANY_REPETITIONS;
    }

    static EdiError of(EDIStreamValidationError error, int position, String tag, int element, String data,
                       EDISimpleType type, Map<String, Character> delimiters) {
        String ref = String.format("%s%02d", tag, element);
        String value = ref + " '" + data + "'";
        String title = type.getTitle() == null ? type.getId() : type.getTitle();
        String message = switch (error) {
            case INVALID_CODE_VALUE -> value + " is not a valid " + title + about(type, codes(type)) + ".";
            case INVALID_CHARACTER_DATA -> type.getBase() == EDISimpleType.Base.NUMERIC
                    ? value + " is not a number" + about(type, title) + "."
                    : value + " holds characters a " + title + about(type, null) + " cannot hold.";
            case TOO_MANY_COMPONENTS -> ref + " holds the component separator '"
                    + delimiters.get(Delimiters.COMPONENT_ELEMENT) + "', but the " + title + about(type, null)
                    + " is a simple element.";
            case TOO_MANY_REPETITIONS -> ref + " holds the repetition separator '"
                    + delimiters.get(Delimiters.REPETITION) + "', but the " + title + about(type, null) + " does not repeat.";
            case DATA_ELEMENT_TOO_SHORT, DATA_ELEMENT_TOO_LONG -> value + " is too "
                    + (error == EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT ? "short" : "long") + " for a "
                    + title + about(type, length(type)) + ".";
            case REQUIRED_DATA_ELEMENT_MISSING -> ref + " is missing; the " + title + about(type, null) + " is mandatory.";
            default -> ref + " is invalid: " + error.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        };
        return new EdiError(position, tag, "INVALID_ELEMENT", message);
    }

    /** {@return " (X12 element 717: detail)", or the parts of it there are} */
    private static String about(EDISimpleType type, String detail) {
        String element = type.getCode() == null ? "" : "X12 element " + type.getCode();
        String inside = detail == null || detail.isEmpty() ? element : element.isEmpty() ? detail : element + ": " + detail;
        return inside.isEmpty() ? "" : " (" + inside + ")";
    }

    private static String codes(EDISimpleType type) {
        var codes = new ArrayList<>(new TreeSet<>(type.getValueSet()));
        if (codes.isEmpty() || codes.size() > LISTED_CODES_MAX) {
            return "";
        }
        String last = codes.remove(codes.size() - 1);
        return codes.isEmpty() ? last : String.join(", ", codes) + " or " + last;
    }

    private static String length(EDISimpleType type) {
        return type.getMinLength() == type.getMaxLength() ? type.getMaxLength() + " characters"
                : type.getMinLength() + " to " + type.getMaxLength() + " characters";
    }
}

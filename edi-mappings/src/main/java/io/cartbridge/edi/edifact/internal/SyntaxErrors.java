package io.cartbridge.edi.edifact.internal;

import java.util.Map;

/**
 * The syntax error codes of CONTRL (ISO 9735 code list 0085) both ways: the code CartBridge sends for
 * each of its error codes, and the words for a code a partner sends.
 */
public final class SyntaxErrors {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("2", "syntax version or level not supported"),
            Map.entry("7", "interchange recipient not actual recipient"),
            Map.entry("12", "invalid value"), Map.entry("13", "missing"),
            Map.entry("14", "value not supported in this position"),
            Map.entry("15", "not supported in this position"), Map.entry("16", "too many constituents"),
            Map.entry("17", "no agreement"), Map.entry("18", "unspecified error"),
            Map.entry("19", "invalid decimal notation"), Map.entry("20", "character invalid as service character"),
            Map.entry("21", "invalid character(s)"), Map.entry("22", "invalid service character(s)"),
            Map.entry("23", "unknown interchange sender"), Map.entry("24", "too old"),
            Map.entry("25", "test indicator not supported"), Map.entry("26", "duplicate detected"),
            Map.entry("27", "security function not supported"), Map.entry("28", "references do not match"),
            Map.entry("29", "control count does not match number of instances received"),
            Map.entry("30", "functional groups and messages mixed"),
            Map.entry("31", "more than one message type in group"), Map.entry("32", "lower level empty"),
            Map.entry("33", "invalid occurrence outside message, package or group"),
            Map.entry("35", "too many repetitions"), Map.entry("36", "too many segment group repetitions"),
            Map.entry("37", "invalid type of character(s)"), Map.entry("38", "missing digit in front of decimal sign"),
            Map.entry("39", "data element too long"), Map.entry("40", "data element too short"));

    private SyntaxErrors() {
    }

    /** {@return the 0085 code for one of CartBridge's {@link io.cartbridge.edi.EdiError} codes} */
    public static String codeFor(String errorCode) {
        if (errorCode.endsWith("_COUNT")) {
            return "29";
        }
        if (errorCode.endsWith("_REFERENCE_MISMATCH")) {
            return "28";
        }
        return switch (errorCode) {
            case "BAD_SYNTAX_IDENTIFIER", "BAD_SYNTAX_VERSION" -> "2";
            case "INVALID_CHARACTER" -> "21";
            case "INVALID_RELEASE" -> "22";
            case "UNESCAPED_SEPARATOR" -> "16";
            case "INVALID_TAG", "UNEXPECTED_SEGMENT" -> "15";
            case "MISSING_SEGMENT", "MISSING_DATA", "TRUNCATED" -> "13";
            case "INVALID_ELEMENT" -> "12";
            case "UNSUPPORTED_MESSAGE", "WRONG_MESSAGE" -> "14";
            default -> "18";
        };
    }

    /** {@return a code's words, for example {@code "references do not match (28)"}} */
    public static String describe(String code) {
        String words = WORDS.get(code);
        return words == null ? "syntax error " + code : words + " (" + code + ")";
    }
}

package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.x12.ReceivedInterchange;
import io.xlate.edi.stream.EDIStreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the body of one 997 (AK1 to AK9) for one received group, translating our
 * {@link EdiError} codes into the 997 code lists of {@link AckCodes}:
 * <ul>
 *   <li>set level (AK5-02..06): {@code UNSUPPORTED_TRANSACTION}/{@code WRONG_TRANSACTION} 1,
 *       {@code TRUNCATED} 2, {@code SE02_MISMATCH} 3, {@code SE_COUNT} 4,
 *       {@code DUPLICATE_CONTROL_NUMBER} 23;</li>
 *   <li>segment level (AK3, and AK5 code 5): {@code MISSING_SEGMENT} 3 (mandatory segment missing),
 *       {@code UNEXPECTED_SEGMENT} 2, {@code INVALID_ELEMENT} 8 with an AK4 (element position and
 *       bad value read from the error's {@code "TAGnn value 'x' is invalid (...)"} message),
 *       {@code MISSING_DATA} 3 naming the missing segment when the message does
 *       ({@code "has no W06 ..."}), else 8;</li>
 *   <li>group level (AK9-05..09): {@code GE02_MISMATCH} 4, {@code GE_COUNT} 5, {@code TRUNCATED} 3.</li>
 * </ul>
 */
final class AckSegments {

    private static final Pattern ELEMENT = Pattern.compile("^[A-Z][A-Z0-9]{1,2}(\\d{2}) value '(.*)' is invalid \\((.*)\\)\\.$");
    private static final Pattern MISSING = Pattern.compile("has no ([A-Z][A-Z0-9]{1,2}) ");

    private final SegmentWriter out;
    private final X12Text text;
    private final boolean v5010;

    AckSegments(SegmentWriter out, X12Text text, boolean v5010) {
        this.out = out;
        this.text = text;
        this.v5010 = v5010;
    }

    /** Writes AK1..AK9; every set is rejected when {@code rejectAll} (a broken interchange is applied in no part). */
    void write(ReceivedInterchange.Group group, boolean rejectAll) throws EDIStreamException {
        out.segment("AK1", group.functionalIdentifier(), group.controlNumber(), v5010 ? group.version() : "");
        int accepted = 0;
        for (ReceivedInterchange.Transaction set : group.transactions()) {
            boolean ok = set.errors().isEmpty() && group.errors().isEmpty() && !rejectAll;
            accepted += ok ? 1 : 0;
            writeSet(set, ok);
        }
        List<String> groupCodes = new ArrayList<>();
        for (EdiError e : group.errors()) {
            String code = switch (e.code()) {
                case "GE02_MISMATCH" -> "4";
                case "GE_COUNT" -> "5";
                case "TRUNCATED", "MISSING_SEGMENT" -> "3";
                default -> null;
            };
            addCode(groupCodes, code);
        }
        int count = group.transactions().size();
        List<String> ak9 = new ArrayList<>(List.of(accepted == count && groupCodes.isEmpty() && !rejectAll ? "A" : "R",
                Integer.toString(count), Integer.toString(count), Integer.toString(accepted)));
        ak9.addAll(groupCodes);
        out.segment("AK9", ak9.toArray(String[]::new));
    }

    private void writeSet(ReceivedInterchange.Transaction set, boolean ok) throws EDIStreamException {
        out.segment("AK2", set.transactionSetId(), set.controlNumber());
        List<String> codes = new ArrayList<>();
        for (EdiError e : set.errors()) {
            String setCode = switch (e.code()) {
                case "UNSUPPORTED_TRANSACTION", "WRONG_TRANSACTION" -> "1";
                case "TRUNCATED" -> "2";
                case "SE02_MISMATCH" -> "3";
                case "SE_COUNT" -> "4";
                case "DUPLICATE_CONTROL_NUMBER" -> "23";
                default -> null;
            };
            if (setCode != null) {
                addCode(codes, setCode);
            } else if (segmentNote(e, set.startPosition())) {
                addCode(codes, "5");
            }
        }
        List<String> ak5 = new ArrayList<>();
        ak5.add(ok ? "A" : "R");
        ak5.addAll(codes);
        out.segment("AK5", ak5.toArray(String[]::new));
    }

    /** Writes AK3 (and AK4) for a segment-level error; {@return whether it was one} */
    private boolean segmentNote(EdiError e, int start) throws EDIStreamException {
        String position = Integer.toString(Math.max(1, e.segmentPosition() - start + 1));
        switch (e.code()) {
            case "MISSING_SEGMENT" -> out.segment("AK3", e.segmentTag(), position, "", "3");
            case "UNEXPECTED_SEGMENT" -> out.segment("AK3", e.segmentTag(), position, "", "2");
            case "MISSING_DATA" -> {
                Matcher m = MISSING.matcher(e.message());
                boolean missingSegment = "ST".equals(e.segmentTag()) && m.find();
                out.segment("AK3", missingSegment ? m.group(1) : e.segmentTag(), position, "", missingSegment ? "3" : "8");
            }
            case "INVALID_ELEMENT" -> {
                out.segment("AK3", e.segmentTag(), position, "", "8");
                Matcher m = ELEMENT.matcher(e.message());
                if (m.matches()) {
                    out.segment("AK4", Integer.toString(Integer.parseInt(m.group(1))), "", elementCode(m.group(3)),
                            text.clean(m.group(2), 99));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String elementCode(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        if (d.contains("too long")) {
            return "5";
        } else if (d.contains("too short")) {
            return "4";
        } else if (d.contains("too many")) {
            return "3";
        } else if (d.contains("missing")) {
            return "1";
        } else if (d.contains("character") || d.contains("not a number")) {
            return "6";
        } else if (d.contains("date")) {
            return "8";
        } else if (d.contains("time")) {
            return "9";
        }
        return "7";
    }

    private static void addCode(List<String> codes, String code) {
        if (code != null && !codes.contains(code) && codes.size() < 5) {
            codes.add(code);
        }
    }
}

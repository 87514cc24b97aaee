package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parses the dates (DTM C507) and numbers of message segments, recording an {@code INVALID_ELEMENT}
 * error with the segment's position when one does not parse.
 */
public final class Values {

    private static final DateTimeFormatter F102 = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter F203 = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter F204 = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final DateTimeFormatter F101 = DateTimeFormatter.ofPattern("uuMMdd");
    private static final DateTimeFormatter F201 = DateTimeFormatter.ofPattern("uuMMddHHmm");
    private static final DateTimeFormatter F202 = DateTimeFormatter.ofPattern("uuMMddHHmmss");
    private static final DateTimeFormatter F2 = DateTimeFormatter.ofPattern("ddMMuu");
    private static final DateTimeFormatter F3 = DateTimeFormatter.ofPattern("MMdduu");
    private static final DateTimeFormatter F4 = DateTimeFormatter.ofPattern("ddMMuuuu");
    private static final DateTimeFormatter F5 = DateTimeFormatter.ofPattern("ddMMuuuuHHmm");

    private final List<EdiError> errors;

    public Values(List<EdiError> errors) {
        this.errors = errors;
    }

    /**
     * {@return DTM C507's date and time in one of the formats of code list 2379 that name a moment: 102
     * (CCYYMMDD, at midnight), 203 (CCYYMMDDHHMM), 204 (CCYYMMDDHHMMSS), 101 (YYMMDD), 201 (YYMMDDHHMM),
     * 202 (YYMMDDHHMMSS), 2 (DDMMYY), 3 (MMDDYY), 4 (DDMMCCYY), 5 (DDMMCCYYHHMM); with a time zone, the
     * local time as sent: 205 (CCYYMMDDHHMMZHHMM), 303 (CCYYMMDDHHMMZZZ), 304 (CCYYMMDDHHMMSSZZZ); the start
     * of a period: 718 (CCYYMMDD-CCYYMMDD), 719 (CCYYMMDDHHMM-CCYYMMDDHHMM). A missing format code is
     * guessed from the length; {@code null} when empty or unreadable (recorded)}
     */
    public LocalDateTime dateTime(EdifactSegment dtm) {
        String value = dtm.value(1, 2);
        if (value == null) {
            return null;
        }
        String format = dtm.value(1, 3);
        if (format == null) {
            format = switch (value.length()) {
                case 6 -> "101";
                case 12 -> "203";
                case 14 -> "204";
                default -> "102";
            };
        }
        try {
            return switch (format) {
                case "102" -> LocalDate.parse(value, F102).atStartOfDay();
                case "203" -> LocalDateTime.parse(value, F203);
                case "204" -> LocalDateTime.parse(value, F204);
                case "101" -> LocalDate.parse(value, F101).atStartOfDay();
                case "201" -> LocalDateTime.parse(value, F201);
                case "202" -> LocalDateTime.parse(value, F202);
                case "2" -> LocalDate.parse(value, F2).atStartOfDay();
                case "3" -> LocalDate.parse(value, F3).atStartOfDay();
                case "4" -> LocalDate.parse(value, F4).atStartOfDay();
                case "5" -> LocalDateTime.parse(value, F5);
                case "205", "303", "719" -> LocalDateTime.parse(prefix(value, 12), F203);
                case "304" -> LocalDateTime.parse(prefix(value, 14), F204);
                case "718" -> LocalDate.parse(prefix(value, 8), F102).atStartOfDay();
                default -> {
                    errors.add(new EdiError(dtm.position(), dtm.tag(), "INVALID_ELEMENT", "DTM format code '" + format
                            + "' is not supported for this date: use 102, 203, 204, 101, 201, 202, 2, 3, 4, 5, 205,"
                            + " 303, 304, 718 or 719."));
                    yield null;
                }
            };
        } catch (DateTimeParseException e) {
            errors.add(new EdiError(dtm.position(), dtm.tag(), "INVALID_ELEMENT", "DTM date '" + value
                    + "' does not match format " + format + "."));
            return null;
        }
    }

    /** The first {@code n} characters of a value longer than that (a time zone or period end follows). */
    private static String prefix(String value, int n) {
        return value.length() > n ? value.substring(0, n) : value;
    }

    /** {@return component {@code c} of element {@code n} as a number ('.' or ',' as decimal mark), or {@code null}} */
    public BigDecimal number(EdifactSegment s, int n, int c) {
        String value = s.value(n, c);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new EdiError(s.position(), s.tag(), "INVALID_ELEMENT", s.tag() + " element " + n
                    + " component " + c + " '" + value + "' is not a number."));
            return null;
        }
    }

    /** Records that a mandatory value is missing. */
    public void missing(EdifactSegment s, String what) {
        errors.add(new EdiError(s.position(), s.tag(), "MISSING_DATA", what));
    }
}

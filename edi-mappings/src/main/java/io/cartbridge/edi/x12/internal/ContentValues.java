package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reads typed values (decimals, dates, times) out of transaction set segments for the document
 * handlers, recording an {@code INVALID_ELEMENT} error (and returning {@code null}) for a value
 * that does not parse, so that a bad quantity rejects the file instead of becoming zero.
 */
final class ContentValues {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");

    private final List<EdiError> errors;

    ContentValues(List<EdiError> errors) {
        this.errors = errors;
    }

    /** {@return element {@code n} as a decimal (X12 type R/N), or {@code null} when empty or invalid} */
    BigDecimal decimal(X12Segment s, int n) {
        String v = s.value(n);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            invalid(s, n, v, "a number");
            return null;
        }
    }

    /** {@return element {@code n} as a date (CCYYMMDD, or YYMMDD in older files), or {@code null}} */
    LocalDate date(X12Segment s, int n) {
        String v = s.value(n);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, v.length() == 6 ? YYMMDD : CCYYMMDD);
        } catch (DateTimeException e) {
            invalid(s, n, v, "a date (CCYYMMDD)");
            return null;
        }
    }

    /** {@return element {@code n} as a time (HHMM, HHMMSS), midnight when empty, or {@code null} when invalid} */
    LocalTime time(X12Segment s, int n) {
        String v = s.value(n);
        if (v == null) {
            return LocalTime.MIDNIGHT;
        }
        try {
            int h = Integer.parseInt(v.substring(0, 2));
            int m = Integer.parseInt(v.substring(2, 4));
            int sec = v.length() >= 6 ? Integer.parseInt(v.substring(4, 6)) : 0;
            return LocalTime.of(h, m, sec);
        } catch (RuntimeException e) {
            invalid(s, n, v, "a time (HHMM)");
            return null;
        }
    }

    /** Records that a mandatory segment or value is missing from the set that starts at {@code st}. */
    void missing(X12Segment st, String what) {
        errors.add(new EdiError(st.position(), st.tag(), "MISSING_DATA", "Transaction set " + st.element(2)
                + " (" + st.element(1) + ") has no " + what + "."));
    }

    private void invalid(X12Segment s, int n, String v, String expected) {
        errors.add(new EdiError(s.position(), s.tag(), "INVALID_ELEMENT",
                String.format("%s%02d value '%s' is invalid (not %s).", s.tag(), n, v, expected)));
    }
}

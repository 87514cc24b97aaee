package io.cartbridge.edi.xml.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Text and date conversions between the model and the XML types. */
public final class XmlValues {

    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

    private XmlValues() {
    }

    /** {@return the moment, a UTC date-time of the model, as an xs:dateTime ending in Z} */
    public static XMLGregorianCalendar utc(LocalDateTime utc) {
        return utc == null ? null : DATATYPES.newXMLGregorianCalendar(
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(utc) + "Z");
    }

    /** {@return the local date-time as an xs:dateTime without offset} */
    public static XMLGregorianCalendar local(LocalDateTime local) {
        return local == null ? null : DATATYPES.newXMLGregorianCalendar(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local));
    }

    public static XMLGregorianCalendar date(LocalDate date) {
        return date == null ? null : DATATYPES.newXMLGregorianCalendar(date.toString());
    }

    /** {@return the xs:dateTime in UTC: converted when it has an offset, taken as UTC when it has none} */
    public static LocalDateTime toUtc(XMLGregorianCalendar value) throws InvalidValueException {
        return value == null ? null : toUtc(value.toXMLFormat());
    }

    public static LocalDateTime toUtc(String lexical) throws InvalidValueException {
        TemporalAccessor parsed = parse(lexical);
        LocalDateTime local = LocalDateTime.from(parsed);
        return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? OffsetDateTime.of(local, ZoneOffset.from(parsed)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                : local;
    }

    /** {@return the xs:dateTime's clock time as written, any offset dropped} */
    public static LocalDateTime toLocal(String lexical) throws InvalidValueException {
        return lexical == null ? null : LocalDateTime.from(parse(lexical));
    }

    public static LocalDate toDate(XMLGregorianCalendar value) throws InvalidValueException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
        } catch (RuntimeException e) {
            throw new InvalidValueException("The date " + value.toXMLFormat() + " is out of range");
        }
    }

    private static TemporalAccessor parse(String lexical) throws InvalidValueException {
        try {
            return DateTimeFormatter.ISO_DATE_TIME.parse(lexical.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("The date-time '" + lexical + "' is out of range: " + e.getMessage());
        }
    }
}

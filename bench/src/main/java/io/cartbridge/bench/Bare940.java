package io.cartbridge.bench;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * The bare program's X12 004010 940s: one interchange per page of orders, written with StAEDI's
 * {@link EDIStreamWriter} straight into a byte array, no control schema. Per order ST, W05, N1*ST, N3,
 * N4, PER, G62, W66, per line LX / W01 / G69, then W76 and SE; values are cleaned of delimiters and
 * control characters and cut to the 004010 maximum lengths, as any sender must.
 */
final class Bare940 {

    record Line(String sku, int quantity, String description) {
    }

    record Order(long id, LocalDateTime created, String name, String line1, String line2, String city, String state,
                 String postcode, String country, String phone, String email, List<Line> lines) {
    }

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final String DELIMITERS = "*~>";

    private final EDIOutputFactory factory = EDIOutputFactory.newFactory();
    private final String senderId;
    private final String receiverId;
    private final String carrier;
    private final String service;
    /** Segments written since the current ST. */
    private int count;

    Bare940(String senderId, String receiverId, String carrier, String service) {
        this.senderId = senderId;
        this.receiverId = receiverId;
        this.carrier = carrier;
        this.service = service;
        factory.setProperty(Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(Delimiters.SEGMENT, '~');
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, '>');
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);   // a line break after each segment
    }

    byte[] render(List<Order> orders, long controlNumber, LocalDateTime now) throws EDIStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(orders.size() * 400);
        EDIStreamWriter w = factory.createEDIStreamWriter(bytes, "UTF-8");
        String isa13 = "%09d".formatted(controlNumber);
        String gs06 = Long.toString(controlNumber);
        w.startInterchange();
        segment(w, "ISA", "00", "          ", "00", "          ", "ZZ", "%-15s".formatted(senderId), "ZZ",
                "%-15s".formatted(receiverId), ISA_DATE.format(now), TIME.format(now), "U", "00401", isa13, "0", "P", ">");
        segment(w, "GS", "OW", senderId, receiverId, DATE.format(now), TIME.format(now), gs06, "X", "004010");
        int st = 0;
        for (Order o : orders) {
            String st02 = "%04d".formatted(++st);
            count = 0;
            segment(w, "ST", "940", st02);
            String name = clean(o.name(), 60);
            String phone = clean(o.phone(), 80);
            String email = clean(o.email(), 80);
            segment(w, "W05", "N", Long.toString(o.id()), Long.toString(o.id()));
            segment(w, "N1", "ST", name);
            segment(w, "N3", clean(o.line1(), 55), clean(o.line2(), 55));
            segment(w, "N4", clean(o.city(), 30), clean(o.state(), 2), clean(o.postcode(), 15), clean(o.country(), 3));
            if (!phone.isEmpty() || !email.isEmpty()) {
                segment(w, "PER", "IC", name, phone.isEmpty() ? "EM" : "TE", phone.isEmpty() ? email : phone,
                        phone.isEmpty() || email.isEmpty() ? "" : "EM", phone.isEmpty() ? "" : email);
            }
            segment(w, "G62", "04", DATE.format(o.created() == null ? now : o.created()));
            segment(w, "W66", "PP", "M", "", "", service, "", "", "", "", carrier);
            long total = 0;
            int lx = 0;
            for (Line line : o.lines()) {
                segment(w, "LX", Integer.toString(++lx));
                segment(w, "W01", Integer.toString(line.quantity()), "EA", "", "SK", clean(line.sku(), 48));
                segment(w, "G69", clean(line.description(), 45));
                total += line.quantity();
            }
            segment(w, "W76", Long.toString(total));
            segment(w, "SE", Integer.toString(count + 1), st02);
        }
        segment(w, "GE", Integer.toString(st), gs06);
        segment(w, "IEA", "1", isa13);
        w.endInterchange();
        w.close();
        return bytes.toByteArray();
    }

    /**
     * A segment, counted for SE01; trailing empty elements are left out, empty ones in between written
     * empty, and a segment left without any element is not written.
     */
    private void segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        int last = elements.length - 1;
        while (last >= 0 && elements[last].isEmpty()) {
            last--;
        }
        if (last < 0) {
            return;
        }
        count++;
        w.writeStartSegment(tag);
        for (int i = 0; i <= last; i++) {
            if (elements[i].isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(elements[i]);
            }
        }
        w.writeEndSegment();
    }

    /** X12 has no escape character: delimiters and control characters become spaces; cut to {@code max}. */
    static String clean(String value, int max) {
        if (value == null) {
            return "";
        }
        String v = value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < ' ' || c == 127 || DELIMITERS.indexOf(c) >= 0) {
                v = v.replaceAll("[\\p{Cntrl}*~>]", " ");
                break;
            }
        }
        v = v.strip();
        return v.length() > max ? v.substring(0, max).strip() : v;
    }
}

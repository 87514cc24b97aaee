package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.xlate.edi.stream.EDIStreamException;
import java.time.format.DateTimeFormatter;

/**
 * Writes the body of one 940 Warehouse Shipping Order, W05 to W76 (the caller writes ST/SE).
 *
 * <p>Layout (X12 940, header N1 loop with PER as partners' 940 guides place it):
 * <pre>
 * W05*N*orderNumber*cartOrderId           order status N = original; W05-03 is the PO number slot
 * N1*ST*name / N2*company / N3*line1*line2 / N4*city*state*postal*country
 * PER*IC*name*TE*phone*EM*email           IC = information contact
 * N9*CO*orderNumber                       CO = customer order number
 * N9*CR*customerReference                 CR = customer reference number (code list 128): the reference the buyer
 *                                         knows the purchase by, which orders split from one cart share
 * N9*ZZ*shippingMethod                    ZZ = mutually defined: the method as the buyer chose it
 * G62*04*yyyyMMdd                         04 = order date
 * NTE*WHI*customerNote                    WHI = warehouse instruction
 * W66*PP*M***serviceLevel*****SCAC        W66-05 routing = service level, W66-10 = carrier SCAC
 * LX*lineNumber
 * W01*qty*unit**SK*sku*UP*upc             W01-03 (UPC <em>case</em> code) left empty, see below;
 *                                         W01-04 is SK unless the partner keys items otherwise
 * G69*description
 * W76*totalQuantity
 * </pre>
 * The cart knows the consumer unit's GTIN, not a case code, so it goes to W01-06/07 with the
 * qualifier matching its length: {@code UP} (12-digit UPC), {@code EN} (13-digit EAN),
 * {@code UK} (14-digit GTIN), {@code UP} otherwise. The line's SKU (the item's id at the
 * warehouse) is qualified {@code SK}, or with the item qualifier the writer was given.
 */
public final class Order940Segments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final SegmentWriter out;
    private final X12Text text;
    private final boolean v5010;
    private final String itemQualifier;

    /** @param itemQualifier W01-04, the qualifier of the line's SKU: {@code SK}, {@code VN}, {@code BP} ... */
    public Order940Segments(SegmentWriter out, X12Text text, boolean v5010, String itemQualifier) {
        this.out = out;
        this.text = text;
        this.v5010 = v5010;
        this.itemQualifier = itemQualifier;
    }

    /** Writes W05 to W76 of {@code order}. */
    public void write(WarehouseOrder order) throws EDIStreamException {
        out.segment("W05", "N", text.clean(order.orderNumber(), 22), text.clean(order.cartOrderId(), 22));
        shipTo(order.shipTo());
        out.segment("N9", "CO", text.clean(order.orderNumber(), v5010 ? 50 : 30));
        String reference = text.clean(order.customerReference(), v5010 ? 50 : 30);
        if (!reference.isEmpty()) {
            out.segment("N9", "CR", reference);
        }
        String method = text.clean(order.shippingMethod(), v5010 ? 50 : 30);
        if (!method.isEmpty()) {
            out.segment("N9", "ZZ", method);
        }
        if (order.orderDate() != null) {
            out.segment("G62", "04", DATE.format(order.orderDate()));
        }
        String note = text.clean(order.customerNote(), 80);
        if (!note.isEmpty()) {
            out.segment("NTE", "WHI", note);
        }
        String service = text.clean(order.serviceLevel(), 35);
        String scac = text.clean(order.carrierCode(), 4);
        if (!service.isEmpty() || !scac.isEmpty()) {
            out.segment("W66", "PP", "M", "", "", service, "", "", "", "", scac);
        }
        long total = 0;
        for (OrderLine line : order.lines()) {
            line(line);
            total += line.quantity();
        }
        out.segment("W76", Long.toString(total));
    }

    private void shipTo(Address a) throws EDIStreamException {
        String name = text.clean(a.name(), 60);
        String company = text.clean(a.company(), 60);
        out.segment("N1", "ST", name.isEmpty() ? company : name);
        if (!company.isEmpty() && !name.isEmpty()) {
            out.segment("N2", company);
        }
        String line1 = text.clean(a.line1(), 55);
        String line2 = text.clean(a.line2(), 55);
        if (!line1.isEmpty() || !line2.isEmpty()) {
            out.segment("N3", line1.isEmpty() ? line2 : line1, line1.isEmpty() ? "" : line2);
        }
        String city = text.clean(a.city(), 30);
        String state = text.clean(a.state(), 2);
        String postal = text.clean(a.postalCode(), 15);
        String country = text.clean(a.country(), 3);
        if (!(city + state + postal + country).isEmpty()) {
            out.segment("N4", city, state, postal, country);
        }
        String phone = text.clean(a.phone(), v5010 ? 256 : 80);
        String email = text.clean(a.email(), v5010 ? 256 : 80);
        if (!phone.isEmpty() || !email.isEmpty()) {
            out.segment("PER", "IC", name, phone.isEmpty() ? "EM" : "TE", phone.isEmpty() ? email : phone,
                    phone.isEmpty() || email.isEmpty() ? "" : "EM", phone.isEmpty() ? "" : email);
        }
    }

    private void line(OrderLine line) throws EDIStreamException {
        out.segment("LX", Integer.toString(line.lineNumber()));
        String upc = text.clean(line.upc(), 48);
        out.segment("W01", Integer.toString(line.quantity()), unit(line.unit()), "",
                itemQualifier, text.clean(line.sku(), 48), upc.isEmpty() ? "" : gtinQualifier(upc), upc);
        String description = text.clean(line.description(), 45);
        if (!description.isEmpty()) {
            out.segment("G69", description);
        }
    }

    private String unit(String unit) {
        String u = text.clean(unit, 2);
        return u.isEmpty() ? "EA" : u;
    }

    private static String gtinQualifier(String gtin) {
        return switch (gtin.length()) {
            case 13 -> "EN";
            case 14 -> "UK";
            default -> "UP";
        };
    }
}

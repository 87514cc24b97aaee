package io.cartbridge.edi.edifact.internal;

import static io.cartbridge.edi.edifact.internal.SegmentOut.composite;

import io.cartbridge.edi.edifact.EdifactSettings;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the segments of one ORDERS message between UNH and UNT; the layout is documented on
 * {@link io.cartbridge.edi.edifact.EdifactOrdersWriter}.
 */
public final class OrdersSegments {

    /** Width of a NAD name or street line (3036, 3042). */
    public static final int LINE = 35;
    /** Width of an FTX text line (4440). */
    public static final int TEXT = 70;
    private static final DateTimeFormatter F204 = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final SegmentOut out;
    private final EdifactSettings settings;
    private final String itemType;

    public OrdersSegments(SegmentOut out, EdifactSettings settings, String itemType) {
        this.out = out;
        this.settings = settings;
        this.itemType = itemType;
    }

    public void write(WarehouseOrder order) throws IOException {
        out.segment("BGM", "220", Text.cut(fit(order.orderNumber()), 35), "9");
        if (order.orderDate() != null) {
            out.segment("DTM", composite("137", F204.format(order.orderDate()), "204"));
        }
        freeText("AAI", order.customerNote());
        freeText("TRA", order.shippingMethod());
        if (order.cartOrderId() != null) {
            out.segment("RFF", composite("CR", Text.cut(fit(order.cartOrderId()), 35)));
        }
        if (order.customerReference() != null && !order.customerReference().isBlank()) {
            out.segment("RFF", composite("CO", Text.cut(fit(order.customerReference()), 35)));
        }
        out.segment("NAD", "BY", composite(settings.senderId(), null, "14".equals(settings.senderQualifier()) ? "9" : "ZZZ"));
        shipTo(order.shipTo());
        if (order.carrierCode() != null || order.serviceLevel() != null) {
            out.segment("TDT", "20", null, null, composite(null, Text.cut(fit(order.serviceLevel()), 17)),
                    composite(Text.cut(fit(order.carrierCode()), 17), null, order.carrierCode() == null ? null : "182"));
        }
        for (OrderLine line : order.lines()) {
            line(line);
        }
        out.segment("UNS", "S");
        out.segment("CNT", composite("2", Integer.toString(order.lines().size())));
    }

    private void shipTo(Address to) throws IOException {
        List<String> names = lines(to.name(), 3);
        List<String> company = lines(to.company(), 2);
        List<String> party = new ArrayList<>(List.of("", "", "", "", ""));
        for (int i = 0; i < names.size(); i++) {
            party.set(i, names.get(i));
        }
        for (int i = 0; i < company.size(); i++) {
            party.set(3 + i, company.get(i));
        }
        List<String> street = new ArrayList<>(List.of("", "", "", ""));
        List<String> line1 = lines(to.line1(), 2);
        List<String> line2 = lines(to.line2(), 2);
        for (int i = 0; i < line1.size(); i++) {
            street.set(i, line1.get(i));
        }
        for (int i = 0; i < line2.size(); i++) {
            street.set(2 + i, line2.get(i));
        }
        out.segment("NAD", "DP", null, null, party, street, Text.cut(fit(to.city()), 35), Text.cut(fit(to.state()), 9),
                Text.cut(fit(to.postalCode()), 9), Text.cut(fit(to.country()), 3));
        if (to.name() != null) {
            out.segment("CTA", "GR", composite(null, Text.cut(fit(to.name()), 35)));
        }
        if (to.phone() != null) {
            out.segment("COM", composite(Text.cut(fit(to.phone()), 512), "TE"));
        }
        if (to.email() != null) {
            out.segment("COM", composite(Text.cut(fit(to.email()), 512), "EM"));
        }
    }

    private void line(OrderLine line) throws IOException {
        String gtinType = EdifactSettings.D96A.equals(settings.directory()) ? "EN" : "SRV";
        out.segment("LIN", Integer.toString(line.lineNumber()), null,
                line.upc() == null ? null : composite(Text.cut(fit(line.upc()), 35), gtinType));
        out.segment("PIA", "5", composite(Text.cut(fit(line.sku()), 35), itemType));
        if (line.description() != null) {
            List<String> text = lines(line.description(), 2);
            out.segment("IMD", "F", null, composite(null, null, null, text.get(0), text.size() > 1 ? text.get(1) : null));
        }
        out.segment("QTY", composite("21", Integer.toString(line.quantity()), Text.cut(fit(line.unit()), 3)));
    }

    private void freeText(String subject, String text) throws IOException {
        List<String> lines = text == null ? List.of() : Text.split(fit(text), TEXT, 5);
        if (!lines.isEmpty()) {
            out.segment("FTX", subject, null, null, lines);
        }
    }

    private List<String> lines(String text, int count) {
        return text == null ? List.of() : Text.split(fit(text), LINE, count);
    }

    private String fit(String text) {
        return text == null ? null : CharacterSets.fit(settings.syntaxIdentifier(), text);
    }
}

package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds {@link WarehouseOrder}s from the segments of 940 transaction sets, the inverse of
 * {@link Order940Segments}, tolerant of what other senders write: the SKU is taken from the
 * {@code SK}, else the {@code VN}, else the first otherwise qualified W01 pair that is not a GTIN
 * (a partner whose items are, say, {@code BP} numbers), the GTIN from a {@code UP}/{@code EN}/
 * {@code UK} pair or else W01-03; N9 and NTE count only before the first LX; the ship-to is the
 * {@code N1*ST} loop (its N2 values joined as the company). Content problems are collected as
 * {@link EdiError}s ({@code UNSUPPORTED_TRANSACTION}, {@code MISSING_DATA}, {@code INVALID_ELEMENT}).
 */
public final class Order940Parser implements Consumer<X12Segment> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final List<WarehouseOrder> orders = new ArrayList<>();
    private final List<String> controlNumbers = new ArrayList<>();
    private final List<EdiError> errors = new ArrayList<>();
    private final AddressBuilder shipTo = new AddressBuilder();
    private final List<OrderLine> lines = new ArrayList<>();
    private X12Segment st;
    private boolean is940;
    private boolean inShipTo;
    private boolean inDetail;
    private String orderNumber;
    private String cartOrderId;
    private String customerOrder;
    private String shippingMethod;
    private String customerReference;
    private String carrier;
    private String service;
    private String note;
    private LocalDateTime orderDate;
    private int lineNumber;
    /** W05-01 {@code F}: the order is cancelled, and a cancellation may come without lines. */
    private boolean cancellation;

    public List<WarehouseOrder> orders() {
        return orders;
    }

    public List<String> controlNumbers() {
        return controlNumbers;
    }

    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void accept(X12Segment s) {
        if ("ST".equals(s.tag())) {
            start(s);
        } else if (st != null && is940) {
            content(s);
        }
    }

    private void start(X12Segment s) {
        st = s;
        is940 = "940".equals(s.element(1));
        if (!is940) {
            errors.add(new EdiError(s.position(), "ST", "UNSUPPORTED_TRANSACTION",
                    "Transaction set " + s.element(1) + " is not a 940 Warehouse Shipping Order."));
        }
        shipTo.clear();
        lines.clear();
        inShipTo = inDetail = false;
        orderNumber = cartOrderId = customerOrder = shippingMethod = customerReference = carrier = service = note = null;
        orderDate = null;
        lineNumber = 0;
        cancellation = false;
    }

    private void content(X12Segment s) {
        switch (s.tag()) {
            case "W05" -> {
                cancellation = "F".equals(s.value(1));
                orderNumber = s.value(2);
                cartOrderId = s.value(3);
            }
            case "N1" -> {
                inShipTo = "ST".equals(s.element(1));
                if (inShipTo) {
                    shipTo.name(s.value(2));
                }
            }
            case "N2", "N3", "N4", "PER" -> {
                if (inShipTo) {
                    shipTo.accept(s);
                }
            }
            case "N9" -> header(s);
            case "G62" -> orderDate(s);
            case "NTE" -> note = inDetail || note != null ? note : s.value(2);
            case "W66" -> {
                service = s.value(5);
                carrier = s.value(10);
            }
            case "LX" -> {
                inDetail = true;
                inShipTo = false;
                lineNumber = parseInt(s, 1, lines.size() + 1);
            }
            case "W01" -> line(s);
            case "G69" -> description(s);
            case "SE" -> finish(s);
            default -> { }
        }
    }

    private void header(X12Segment s) {
        inShipTo = false;
        if (!inDetail && "CO".equals(s.element(1)) && customerOrder == null) {
            customerOrder = s.value(2);
        } else if (!inDetail && "CR".equals(s.element(1)) && customerReference == null) {
            customerReference = s.value(2);
        } else if (!inDetail && "ZZ".equals(s.element(1)) && shippingMethod == null) {
            shippingMethod = s.value(2);
        }
    }

    private void orderDate(X12Segment s) {
        if (!"04".equals(s.element(1))) {
            return;
        }
        try {
            LocalDate date = LocalDate.parse(s.element(2), DATE);
            String time = s.element(4);
            orderDate = time.length() >= 4 && time.chars().allMatch(Character::isDigit)
                    ? date.atTime(LocalTime.of(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4))))
                    : date.atStartOfDay();
        } catch (DateTimeException e) {
            errors.add(new EdiError(s.position(), "G62", "INVALID_ELEMENT", "G6202 '" + s.element(2) + "' is not a date (CCYYMMDD)."));
        }
    }

    private void line(X12Segment s) {
        inShipTo = false;
        int quantity = parseInt(s, 1, -1);
        String sku = null;
        String vendorItem = null;
        String otherItem = null;
        String gtin = null;
        for (int i = 4; i < s.elements().size(); i += 2) {
            String value = s.value(i + 1);
            if (value != null) {
                switch (s.element(i)) {
                    case "SK" -> sku = sku == null ? value : sku;
                    case "VN" -> vendorItem = vendorItem == null ? value : vendorItem;
                    case "UP", "EN", "UK" -> gtin = gtin == null ? value : gtin;
                    default -> otherItem = otherItem == null && s.value(i) != null ? value : otherItem;
                }
            }
        }
        sku = sku != null ? sku : vendorItem != null ? vendorItem : otherItem;
        gtin = gtin != null ? gtin : s.value(3);
        if (sku == null || quantity < 1) {
            errors.add(new EdiError(s.position(), "W01", "MISSING_DATA",
                    "W01 needs a positive whole quantity and a qualified item id (SK, VN, ...)."));
            return;
        }
        int number = lineNumber > 0 ? lineNumber : lines.size() + 1;
        String unit = s.value(2) == null ? "EA" : s.value(2);
        lines.add(new OrderLine(number, sku, gtin, null, quantity, unit));
        lineNumber = 0;
    }

    private void description(X12Segment s) {
        if (!lines.isEmpty() && lines.get(lines.size() - 1).description() == null && s.value(1) != null) {
            OrderLine l = lines.remove(lines.size() - 1);
            lines.add(new OrderLine(l.lineNumber(), l.sku(), l.upc(), s.value(1), l.quantity(), l.unit()));
        }
    }

    private void finish(X12Segment se) {
        String number = orderNumber != null ? orderNumber : customerOrder;
        Address address = shipTo.build();
        String missing = number == null ? "an order number (W05-02)" : address == null ? "a ship-to address (N1*ST)"
                : lines.isEmpty() && !cancellation ? "a valid line (LX/W01)" : null;
        if (missing != null) {
            errors.add(new EdiError(st.position(), "ST", "MISSING_DATA",
                    "Transaction set " + st.element(2) + " lacks " + missing + "."));
        } else {
            orders.add(new WarehouseOrder(number, cartOrderId != null ? cartOrderId : number, orderDate, address,
                    shippingMethod, carrier, service, note, lines, customerReference));
            controlNumbers.add(st.element(2));
        }
        st = null;
    }

    private int parseInt(X12Segment s, int element, int fallback) {
        String v = s.element(element).trim();
        try {
            return v.isEmpty() ? fallback : new BigDecimal(v).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add(new EdiError(s.position(), s.tag(), "INVALID_ELEMENT",
                    String.format("%s%02d '%s' is not a whole number.", s.tag(), element, v)));
            return fallback;
        }
    }
}

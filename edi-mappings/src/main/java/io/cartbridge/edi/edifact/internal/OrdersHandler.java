package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads ORDERS messages back into canonical orders, the inverse of {@link OrdersSegments}, tolerant of
 * other senders' layouts: the order date from DTM 137 or 4; the ship-to from NAD DP (else ST, else BY:
 * goods go to the buyer when the order names no delivery party), its contact from the CTA and COM after
 * it; the carrier from TDT C040 (id, else name); the item from LIN and PIA ({@link ItemIds}), the
 * quantity from QTY 21 (ordered quantity, else QTY 1, discrete quantity), the description from IMD C273.
 * One order per message, emitted at its UNT.
 */
public final class OrdersHandler implements MessageHandler<WarehouseOrder> {

    private final List<EdiError> errors = new ArrayList<>();
    private final Values values = new Values(errors);
    private final String itemType;
    private EdifactSegment bgm;
    private String cartOrderId;
    private String customerReference;
    private LocalDateTime orderDate;
    private String note;
    private String method;
    private String carrier;
    private String service;
    private EdifactSegment shipTo;
    private int shipToRank;
    private boolean inShipTo;
    private String contact;
    private String phone;
    private String email;
    private final List<OrderLine> lines = new ArrayList<>();
    private EdifactSegment lin;
    private ItemIds ids;
    private String description;
    private BigDecimal quantity;
    private String unit;
    private boolean orderedQuantity;

    public OrdersHandler(String itemType) {
        this.itemType = itemType;
    }

    @Override
    public String messageType() {
        return "ORDERS";
    }

    @Override
    public String documentName() {
        return "ORDERS purchase order";
    }

    @Override
    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void segment(EdifactSegment s, Envelope envelope, Consumer<WarehouseOrder> out) {
        switch (s.tag()) {
            case "UNH" -> reset();
            case "BGM" -> bgm = s;
            case "DTM" -> {
                if (lin == null && ("137".equals(s.value(1, 1)) || "4".equals(s.value(1, 1)))) {
                    orderDate = values.dateTime(s);
                }
            }
            case "FTX" -> {
                String text = Text.join(s.components(4), OrdersSegments.TEXT);
                if ("AAI".equals(s.value(1))) {
                    note = text;
                } else if ("TRA".equals(s.value(1))) {
                    method = text;
                }
            }
            case "RFF" -> {
                if (lin == null && "CR".equals(s.value(1, 1))) {
                    cartOrderId = s.value(1, 2);
                } else if (lin == null && "CO".equals(s.value(1, 1))) {
                    customerReference = s.value(1, 2);
                }
            }
            case "NAD" -> {
                int rank = shipToRank(s.value(1));
                inShipTo = rank == 3 || rank > shipToRank;
                if (inShipTo) {
                    if (rank > shipToRank) {
                        // the contact read so far belongs to a party that no longer ships
                        contact = null;
                        phone = null;
                        email = null;
                    }
                    shipTo = s;
                    shipToRank = rank;
                }
            }
            case "CTA" -> contact = inShipTo && s.value(2, 2) != null ? s.value(2, 2) : contact;
            case "COM" -> {
                if (inShipTo && "TE".equals(s.value(1, 2))) {
                    phone = s.value(1, 1);
                } else if (inShipTo && "EM".equals(s.value(1, 2))) {
                    email = s.value(1, 1);
                }
            }
            case "TDT" -> {
                carrier = s.value(5, 1) != null ? s.value(5, 1) : s.value(5, 4);
                service = s.value(4, 2);
            }
            case "LIN" -> {
                endLine();
                lin = s;
                ids = new ItemIds();
                ids.lin(s);
            }
            case "PIA" -> {
                if (ids != null) {
                    ids.pia(s);
                }
            }
            case "IMD" -> {
                if (lin != null) {
                    description = Text.join(s.components(3).size() > 3
                            ? s.components(3).subList(3, s.components(3).size()) : List.of(), OrdersSegments.LINE);
                }
            }
            case "QTY" -> {
                boolean ordered = "21".equals(s.value(1, 1));
                if (lin != null && (ordered || ("1".equals(s.value(1, 1)) && !orderedQuantity))) {
                    quantity = values.number(s, 1, 2);
                    unit = s.value(1, 3);
                    orderedQuantity = ordered;
                }
            }
            case "UNS" -> endLine();
            case "UNT" -> {
                endLine();
                WarehouseOrder order = order(s, envelope);
                if (order != null && errors.isEmpty()) {
                    out.accept(order);
                }
            }
            default -> { }
        }
        if (!"NAD".equals(s.tag()) && !"CTA".equals(s.tag()) && !"COM".equals(s.tag())) {
            inShipTo = false;
        }
    }

    private void endLine() {
        if (lin == null) {
            return;
        }
        String sku = ids.sku(itemType);
        Integer number = lineNumber(lin);
        if (sku == null) {
            values.missing(lin, "Line " + lin.element(1) + " has no item id (LIN C212 or PIA).");
        } else if (quantity == null) {
            values.missing(lin, "Line " + lin.element(1) + " has no ordered quantity (QTY 21 or 1).");
        } else if (number != null) {
            try {
                lines.add(new OrderLine(number, sku, ids.gtin(), description, quantity.intValueExact(), unit));
            } catch (ArithmeticException e) {
                errors.add(new EdiError(lin.position(), "LIN", "INVALID_ELEMENT", "Line " + number
                        + " has a quantity that is not a whole number: " + quantity.toPlainString() + "."));
            }
        }
        lin = null;
        ids = null;
        description = null;
        quantity = null;
        unit = null;
        orderedQuantity = false;
    }

    /** {@return how well a NAD's party function names where the goods go: DP 3, ST 2, BY 1, else 0} */
    private static int shipToRank(String function) {
        return switch (function == null ? "" : function) {
            case "DP" -> 3;
            case "ST" -> 2;
            case "BY" -> 1;
            default -> 0;
        };
    }

    private Integer lineNumber(EdifactSegment s) {
        String value = s.value(1);
        if (value == null) {
            return lines.size() + 1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(new EdiError(s.position(), "LIN", "INVALID_ELEMENT", "LIN line number '" + value
                    + "' is not a number."));
            return null;
        }
    }

    private WarehouseOrder order(EdifactSegment unt, Envelope envelope) {
        String number = bgm == null ? null : bgm.value(2);
        String where = "Message " + envelope.messageReference();
        if (number == null) {
            values.missing(bgm == null ? unt : bgm, where + " has no order number (BGM 1004).");
        }
        if (shipTo == null) {
            values.missing(unt, where + " has no ship-to party (NAD+DP, ST or BY).");
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            values.missing(unt, where + " has no lines (LIN).");
        }
        if (number == null || shipTo == null || lines.isEmpty()) {
            return null;
        }
        List<String> party = shipTo.components(4);
        List<String> street = shipTo.components(5);
        String name = Text.join(party.subList(0, Math.min(3, party.size())), OrdersSegments.LINE);
        String company = party.size() > 3 ? Text.join(party.subList(3, Math.min(5, party.size())), OrdersSegments.LINE) : null;
        Address address = new Address(name != null ? name : contact, company,
                Text.join(street.subList(0, Math.min(2, street.size())), OrdersSegments.LINE),
                street.size() > 2 ? Text.join(street.subList(2, street.size()), OrdersSegments.LINE) : null,
                shipTo.value(6), shipTo.value(7, 1), shipTo.value(8), shipTo.value(9), phone, email);
        return new WarehouseOrder(number, cartOrderId != null ? cartOrderId : number, orderDate, address, method,
                carrier, service, note, lines, customerReference);
    }

    private void reset() {
        bgm = null;
        cartOrderId = null;
        customerReference = null;
        orderDate = null;
        note = null;
        method = null;
        carrier = null;
        service = null;
        shipTo = null;
        shipToRank = 0;
        inShipTo = false;
        contact = null;
        phone = null;
        email = null;
        lines.clear();
        lin = null;
        ids = null;
    }
}

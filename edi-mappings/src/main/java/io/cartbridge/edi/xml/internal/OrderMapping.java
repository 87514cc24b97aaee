package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.xml.internal.jaxb.AddressType;
import io.cartbridge.edi.xml.internal.jaxb.OrderLineType;
import io.cartbridge.edi.xml.internal.jaxb.OrderType;
import io.cartbridge.edi.xml.internal.jaxb.ShippingType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link WarehouseOrder} and the {@code Order} element, both ways. A line's SKU is written under
 * the partner's item id kind and read back as the seller's SKU, else the warehouse item, else the
 * first id that is not a GTIN; its UPC is the {@code Gtin}.
 */
public final class OrderMapping {

    private OrderMapping() {
    }

    /**
     * @param itemKey the model key (X12 qualifier) under which lines carry their SKU, e.g. {@code SK}
     */
    public static OrderType toXml(WarehouseOrder order, String itemKey) {
        OrderType xml = new OrderType();
        xml.setOrderNumber(order.orderNumber());
        xml.setCartOrderId(order.cartOrderId());
        xml.setCustomerReference(order.customerReference());
        xml.setOrderDate(XmlValues.utc(order.orderDate()));
        xml.setShipTo(address(order.shipTo()));
        if (order.shippingMethod() != null || order.carrierCode() != null || order.serviceLevel() != null) {
            ShippingType shipping = new ShippingType();
            shipping.setMethod(order.shippingMethod());
            shipping.setCarrier(order.carrierCode());
            shipping.setService(order.serviceLevel());
            xml.setShipping(shipping);
        }
        xml.setCustomerNote(order.customerNote());
        for (OrderLine line : order.lines()) {
            OrderLineType l = new OrderLineType();
            l.setLineNumber(BigInteger.valueOf(line.lineNumber()));
            if (line.sku() != null) {
                l.getItemId().add(XmlCodes.itemId(itemKey, line.sku()));
            }
            if (line.upc() != null && !XmlCodes.isGtin(itemKey)) {
                l.getItemId().add(XmlCodes.itemId("UP", line.upc()));
            }
            l.setDescription(line.description());
            l.setQuantity(BigInteger.valueOf(line.quantity()));
            l.setUnit(line.unit());
            xml.getLine().add(l);
        }
        return xml;
    }

    public static WarehouseOrder fromXml(OrderType xml) throws InvalidValueException {
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLineType l : xml.getLine()) {
            Map<String, String> ids = XmlCodes.itemIds(l.getItemId());
            String upc = XmlCodes.gtin(ids);
            lines.add(new OrderLine(exactInt(l.getLineNumber(), "LineNumber"), sku(ids, upc), upc,
                    l.getDescription(), exactInt(l.getQuantity(), "Quantity"), l.getUnit()));
        }
        ShippingType shipping = xml.getShipping();
        return new WarehouseOrder(xml.getOrderNumber(), xml.getCartOrderId(), XmlValues.toUtc(xml.getOrderDate()),
                address(xml.getShipTo()), shipping == null ? null : shipping.getMethod(),
                shipping == null ? null : shipping.getCarrier(), shipping == null ? null : shipping.getService(),
                xml.getCustomerNote(), lines, xml.getCustomerReference());
    }

    static AddressType address(Address a) {
        if (a == null) {
            return null;
        }
        AddressType xml = new AddressType();
        xml.setName(a.name());
        xml.setCompany(a.company());
        xml.setLine1(a.line1());
        xml.setLine2(a.line2());
        xml.setCity(a.city());
        xml.setState(a.state());
        xml.setPostalCode(a.postalCode());
        xml.setCountry(a.country());
        xml.setPhone(a.phone());
        xml.setEmail(a.email());
        return xml;
    }

    /** The model has two street lines: a third one is appended to the second. */
    static Address address(AddressType a) {
        String line2 = a.getLine3() == null ? a.getLine2()
                : a.getLine2() == null ? a.getLine3() : a.getLine2() + ", " + a.getLine3();
        return new Address(a.getName(), a.getCompany(), a.getLine1(), line2, a.getCity(), a.getState(),
                a.getPostalCode(), a.getCountry(), a.getPhone(), a.getEmail());
    }

    private static String sku(Map<String, String> ids, String upc) {
        for (String key : List.of("SK", "VN")) {
            if (ids.containsKey(key)) {
                return ids.get(key);
            }
        }
        return ids.entrySet().stream().filter(e -> !XmlCodes.isGtin(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(upc);
    }

    private static int exactInt(BigInteger value, String element) throws InvalidValueException {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException(element + " " + value + " is too large");
        }
    }
}

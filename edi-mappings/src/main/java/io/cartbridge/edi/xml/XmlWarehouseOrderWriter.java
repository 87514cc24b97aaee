package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.xml.internal.Headers;
import io.cartbridge.edi.xml.internal.OrderMapping;
import io.cartbridge.edi.xml.internal.XmlDocumentWriter;
import io.cartbridge.edi.xml.internal.jaxb.OrderType;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Writes canonical orders as one warehouse XML {@code WarehouseOrders} file (UTF-8, indented),
 * validated against the XSD while it is written.
 *
 * <p>Mapping: {@code OrderNumber}, {@code CartOrderId}, {@code OrderDate} (UTC, with {@code Z}),
 * {@code ShipTo}, {@code Shipping} (method as chosen in the shop, carrier, service),
 * {@code CustomerNote}, and per line its number, the SKU as an {@code ItemId} of the settings' item
 * kind, the UPC as a {@code Gtin}, description, quantity and unit. Text is written as it is, with
 * XML's special characters escaped and the characters XML 1.0 cannot carry (control characters)
 * dropped. Thread-safe.
 *
 * @since 0.1
 */
public final class XmlWarehouseOrderWriter {

    private final XmlSettings settings;

    public XmlWarehouseOrderWriter(XmlSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param out           where the file goes; flushed, not closed
     * @param controlNumber the file's control number ({@code Header/ControlNumber}), never reused
     * @param created       when the file is written, UTC
     * @param orders        at least one order
     * @throws EdiException when an order breaks the XSD (no SKU on a line, a country that is not two
     *                      capital letters, a name over 255 characters ...): every error is listed with
     *                      its order number; the output then holds an invalid file, to be discarded
     */
    public void write(OutputStream out, long controlNumber, LocalDateTime created, List<WarehouseOrder> orders)
            throws EdiException {
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("an order file needs at least one order");
        }
        XmlDocumentWriter writer = new XmlDocumentWriter(out, XmlDocumentKind.WAREHOUSE_ORDERS);
        writer.start(Headers.of(Long.toString(controlNumber), settings.senderId(), settings.receiverId(), created,
                settings.test()));
        for (WarehouseOrder order : orders) {
            writer.element("Order", OrderType.class, OrderMapping.toXml(order, settings.itemQualifier()),
                    "Order " + order.orderNumber());
        }
        writer.finish();
    }
}

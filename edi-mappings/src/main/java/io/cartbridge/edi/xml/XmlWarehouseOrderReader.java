package io.cartbridge.edi.xml;

import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.xml.internal.OrderMapping;
import io.cartbridge.edi.xml.internal.XmlItemStream;
import io.cartbridge.edi.xml.internal.jaxb.OrderType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a warehouse XML {@code WarehouseOrders} file back into canonical orders: for tests, the
 * {@code translate} CLI and warehouses that echo orders. The inverse of
 * {@link XmlWarehouseOrderWriter}: a line's SKU is its {@code SellerSku}, else its
 * {@code WarehouseItem}, else its first id that is not a GTIN; its UPC the {@code Gtin}; a third
 * street line is appended to the second; an {@code OrderDate} with an offset is converted to UTC.
 *
 * <p>All or nothing: validated against the XSD and parsed with DTDs and external entities off; any
 * problem (see {@link XmlShipmentConfirmationReader} for the codes) throws an {@link EdiException}
 * listing every error with its line and column. Thread-safe; the stream is read to its end and not
 * closed.
 *
 * @since 0.1
 */
public final class XmlWarehouseOrderReader {

    /**
     * @param in the file
     * @return the header and the orders
     * @throws EdiException when the file is not a valid warehouse XML order file
     */
    public XmlOrderFile read(InputStream in) throws EdiException {
        Objects.requireNonNull(in, "in");
        Orders reader = new Orders(new XmlItemStream<>(new KeepOpen(in), XmlDocumentKind.WAREHOUSE_ORDERS,
                OrderType.class, (order, ordinal, header) -> OrderMapping.fromXml(order)));
        try (reader) {
            List<WarehouseOrder> orders = new ArrayList<>();
            for (WarehouseOrder order = reader.next(); order != null; order = reader.next()) {
                orders.add(order);
            }
            return new XmlOrderFile(reader.envelope(), orders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Orders extends XmlStreamReader<OrderType, WarehouseOrder> {
        Orders(XmlItemStream<OrderType, WarehouseOrder> stream) {
            super(stream, XmlDocumentKind.WAREHOUSE_ORDERS);
        }
    }

    private static final class KeepOpen extends java.io.FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

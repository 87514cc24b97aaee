package io.cartbridge.edi.xml;

import io.cartbridge.edi.model.WarehouseOrder;
import java.util.List;

/**
 * A warehouse XML {@code WarehouseOrders} file as read: its header and its orders in file order.
 *
 * @since 0.1
 */
public record XmlOrderFile(XmlEnvelope envelope, List<WarehouseOrder> orders) {

    public XmlOrderFile {
        orders = List.copyOf(orders);
    }
}

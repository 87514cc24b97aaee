package io.cartbridge.edi.xml;

import java.util.Optional;

/**
 * The four documents of CartBridge warehouse XML, each named by its root element in the namespace
 * {@code urn:cartbridge:warehouse:1}.
 *
 * @since 0.1
 */
public enum XmlDocumentKind {

    /** Shipping orders, shop to warehouse: {@code <WarehouseOrders>} of {@code <Order>}s. */
    WAREHOUSE_ORDERS("WarehouseOrders", "Order"),
    /** Shipment confirmations, warehouse to shop: {@code <ShipmentConfirmations>} of {@code <Shipment>}s. */
    SHIPMENT_CONFIRMATIONS("ShipmentConfirmations", "Shipment"),
    /** Stock per item: {@code <InventorySnapshot>} of {@code <Item>}s. */
    INVENTORY_SNAPSHOT("InventorySnapshot", "Item"),
    /** Accepted or rejected files: {@code <Acknowledgment>} of {@code <FileAck>}s. */
    ACKNOWLEDGMENT("Acknowledgment", "FileAck");

    private final String rootElement;
    private final String itemElement;

    XmlDocumentKind(String rootElement, String itemElement) {
        this.rootElement = rootElement;
        this.itemElement = itemElement;
    }

    /** {@return the local name of the root element, for example {@code "WarehouseOrders"}} */
    public String rootElement() {
        return rootElement;
    }

    /** {@return the local name of the repeated element under the root, for example {@code "Order"}} */
    public String itemElement() {
        return itemElement;
    }

    /** {@return the kind whose root element has this local name, if any} */
    public static Optional<XmlDocumentKind> ofRootElement(String localName) {
        for (XmlDocumentKind kind : values()) {
            if (kind.rootElement.equals(localName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package io.cartbridge.agent.inbound;

import java.util.Map;

/**
 * {@link InboundKillIT} for a partner of {@code format=xml}: the agent killed in the middle of a large
 * ShipmentConfirmations or InventorySnapshot file (read element by element), restarted from a new process, each
 * shipment applied once and the stock the file's.
 */
class XmlKillIT extends InboundKillIT {

    static final String OURS = "MYSHOP";
    static final String THEIRS = "ACME3PL";

    @Override
    Map<String, Object> partnerSettings() {
        return Map.of(
                "cartbridge.warehouse.format", "xml",
                "cartbridge.warehouse.xml.sender-id", OURS,
                "cartbridge.warehouse.xml.receiver-id", THEIRS);
    }

    @Override
    String shipmentDocumentType() {
        return "ShipmentConfirmations";
    }

    @Override
    String inventoryDocumentType() {
        return "InventorySnapshot";
    }

    /** One Shipment per order, shipping it whole in one parcel, shipment ids KILL-1... */
    @Override
    String shipmentFile() {
        StringBuilder xml = new StringBuilder(header("ShipmentConfirmations", "SC-710"));
        for (int i = 1; i <= SHIPMENTS; i++) {
            int units = units(i);
            xml.append("  <Shipment><ShipmentId>KILL-").append(i).append("</ShipmentId><OrderNumber>").append(FIRST_ORDER + i)
                    .append("</OrderNumber><ShipDate>2026-11-26</ShipDate><Carrier>UPSN</Carrier><Service>GROUND</Service>\n")
                    .append("    <Package><TrackingNumber>").append(tracking(i)).append("</TrackingNumber></Package>\n")
                    .append("    <Line><LineNumber>1</LineNumber><ItemId kind=\"SellerSku\">SKU-A</ItemId><QuantityOrdered>")
                    .append(units).append("</QuantityOrdered><QuantityShipped>").append(units)
                    .append("</QuantityShipped><Status>Shipped</Status></Line></Shipment>\n");
        }
        return xml.append("</ShipmentConfirmations>\n").toString();
    }

    /** One InventorySnapshot as of 2030-01-01 06:00 with the available quantity of every seeded product. */
    @Override
    String inventoryFile() {
        StringBuilder xml = new StringBuilder(header("InventorySnapshot", "INV-720")).append("  <AsOf>2030-01-01T06:00:00</AsOf>\n");
        for (int i = 1; i <= ITEMS; i++) {
            xml.append("  <Item><ItemId kind=\"SellerSku\">").append(sku(i)).append("</ItemId><Quantity kind=\"Available\">")
                    .append(quantity(i)).append("</Quantity></Item>\n");
        }
        return xml.append("</InventorySnapshot>\n").toString();
    }

    private static String header(String root, String control) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <%s xmlns="urn:cartbridge:warehouse:1" version="1.0">
                  <Header><ControlNumber>%s</ControlNumber><Sender>%s</Sender><Receiver>%s</Receiver>
                    <Created>2026-11-26T12:00:00Z</Created></Header>
                """.formatted(root, control, THEIRS, OURS);
    }
}

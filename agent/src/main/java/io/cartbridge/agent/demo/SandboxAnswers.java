package io.cartbridge.agent.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.edifact.EdifactDespatchAdviceWriter;
import io.cartbridge.edi.edifact.EdifactInventoryReportWriter;
import io.cartbridge.edi.edifact.EdifactSettings;
import io.cartbridge.edi.xml.XmlInventorySnapshotWriter;
import io.cartbridge.edi.xml.XmlSettings;
import io.cartbridge.edi.xml.XmlShipmentConfirmationWriter;

/**
 * What the sandbox 3PL answers a shop that sends EDIFACT ORDERS or warehouse XML: the same shipments as its X12 945s
 * (every order shipped, every third one in two parcels, the very first one partly) as canonical confirmations, written
 * as a DESADV or an XML ShipmentConfirmations file, and the stock as an INVRPT (quantity available, QTY+198) or an XML
 * InventorySnapshot. Addressed back to the order file's sender, from the id the shop addressed the 3PL by.
 */
final class SandboxAnswers {

    private SandboxAnswers() {
    }

    /** The confirmations of an order file's orders. */
    static List<ShipmentConfirmation> confirmations(List<WarehouseOrder> orders, boolean partialFirst, String skuKey) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<ShipmentConfirmation> confirmations = new ArrayList<>();
        int n = 0;
        for (WarehouseOrder order : orders) {
            n++;
            boolean twoParcels = n % 3 == 0 && order.lines().size() > 1;
            List<ShipmentPackage> packages = new ArrayList<>();
            for (int lx = 1; lx <= (twoParcels ? 2 : 1); lx++) {
                int serial = Math.floorMod((order.orderNumber() + lx).hashCode(), 1_000_000_000);
                packages.add(new ShipmentPackage("1ZSBX" + "%010d".formatted(serial), sscc(serial)));
            }
            List<ShippedLine> lines = new ArrayList<>();
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                boolean partial = partialFirst && n == 1 && i == 0 && line.quantity() > 1;
                int shipped = partial ? line.quantity() - 1 : line.quantity();
                lines.add(new ShippedLine(line.sku(), null, skuKey, line.sku(), BigDecimal.valueOf(line.quantity()),
                        BigDecimal.valueOf(shipped), BigDecimal.valueOf(line.quantity() - shipped), partial ? "BP" : "CC"));
            }
            confirmations.add(new ShipmentConfirmation(order.orderNumber(), "SBX-" + order.orderNumber(), today,
                    order.carrierCode() == null ? "UPSN" : order.carrierCode(),
                    order.serviceLevel() == null ? "GND" : order.serviceLevel(), packages, lines, null, null));
        }
        return confirmations;
    }

    /** A DESADV, one message per order, answering an ORDERS file with this envelope. */
    static byte[] despatchAdvice(Envelope received, long controlReference, List<WarehouseOrder> orders, boolean partialFirst)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactDespatchAdviceWriter(edifact(received)).write(out, controlReference, now(),
                confirmations(orders, partialFirst, "SA"));
        return out.toByteArray();
    }

    /** An INVRPT of the SKUs' available stock. */
    static byte[] inventoryReport(Envelope received, long controlReference, TreeMap<String, Integer> stock) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdifactInventoryReportWriter(edifact(received)).write(out, controlReference, now(),
                new InventorySnapshotHeader(now(), "SBX-STOCK", null, null), items(stock, EdifactInventoryReportWriter.AVAILABLE, "SA"));
        return out.toByteArray();
    }

    /** An XML ShipmentConfirmations file answering a WarehouseOrders file with this envelope. */
    static byte[] shipmentConfirmations(Envelope received, long controlNumber, List<WarehouseOrder> orders, boolean partialFirst) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlShipmentConfirmationWriter(xml(received)).write(out, controlNumber, now(), confirmations(orders, partialFirst, "SK"));
        return out.toByteArray();
    }

    /** An XML InventorySnapshot of the SKUs' available stock. */
    static byte[] inventorySnapshot(Envelope received, long controlNumber, TreeMap<String, Integer> stock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlInventorySnapshotWriter(xml(received)).write(out, controlNumber, now(),
                new InventorySnapshotHeader(now(), "SBX-STOCK", null, null), items(stock, "33", "SK"));
        return out.toByteArray();
    }

    private static List<InventoryItem> items(TreeMap<String, Integer> stock, String quantityKey, String skuKey) {
        List<InventoryItem> items = new ArrayList<>();
        stock.forEach((sku, quantity) -> items.add(new InventoryItem(sku, null, null,
                Map.of(quantityKey, BigDecimal.valueOf(quantity)), Map.of(skuKey, sku))));
        return items;
    }

    /** The 3PL writes from the id the shop addressed it by, to the shop's id, with their qualifiers (GLNs: 14). */
    private static EdifactSettings edifact(Envelope received) {
        EdifactSettings d = EdifactSettings.defaults(received.receiverId(), received.senderId());
        return new EdifactSettings(d.senderId(), received.receiverQualifier(), d.recipientId(), received.senderQualifier(),
                d.syntaxIdentifier(), d.syntaxVersion(), d.directory(), d.associationCode(), d.testIndicator(),
                d.acknowledgementRequested(), d.componentSeparator(), d.elementSeparator(), d.releaseCharacter(),
                d.segmentTerminator(), d.writeUna(), d.lineBreakAfterSegment());
    }

    private static XmlSettings xml(Envelope received) {
        return new XmlSettings(received.receiverId(), received.senderId());
    }

    /** A GS1 SSCC: extension 3, company prefix 4012345, the serial, and its check digit. */
    static String sscc(int serial) {
        String body = "34012345" + "%09d".formatted(serial);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return body + (10 - sum % 10) % 10;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
    }
}

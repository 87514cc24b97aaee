package io.cartbridge.edi.edifact.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.edi.edifact.EdifactCodeLists;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.StockQuantity;

/**
 * Canonical documents read in any format, keyed by EDIFACT's codes (7143, 6063) from their neutral kinds, as the
 * EDIFACT writers take them: the SKU is the seller's SKU (else the first id that is no GTIN), the GTIN the first
 * id of a GTIN kind, the vendor item the manufacturer's (else the buyer's) part number.
 */
public final class EdifactKeys {

    private EdifactKeys() {
    }

    public static InventoryItem item(InventoryItem item) {
        Map<String, String> ids = ids(item.ids());
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (StockQuantity q : item.stock()) {
            String code = q.kind() == QuantityKind.OTHER ? q.code() : EdifactCodeLists.QUANTITIES.codeOf(q.kind(), q.code());
            quantities.putIfAbsent(code == null ? "ZZZ" : code, q.quantity());
        }
        String vendor = first(item.ids(), ItemIdKind.MANUFACTURER_PART);
        return EdifactCodeLists.inventoryItem(sku(item.ids()), gtin(item.ids()),
                vendor != null ? vendor : first(item.ids(), ItemIdKind.BUYER_PART), quantities, ids);
    }

    public static ShipmentConfirmation shipment(ShipmentConfirmation s) {
        List<ShippedLine> lines = s.lines().stream().map(l -> EdifactCodeLists.shippedLine(sku(l.ids()), gtin(l.ids()),
                l.productIdQualifier(), l.productId(), l.quantityOrdered(), l.quantityShipped(), l.quantityDifference(),
                null, ids(l.ids()))).toList();
        return new ShipmentConfirmation(s.orderNumber(), s.shipmentId(), s.shipDate(), s.carrierCode(), s.serviceLevel(),
                s.packages(), lines, s.parties(), s.references(), s.neutralReferences(), s.totals(), s.unitLoads(),
                s.interchangeControlNumber(),
                s.transactionControlNumber());
    }

    private static Map<String, String> ids(List<ItemId> ids) {
        Map<String, String> keyed = new LinkedHashMap<>();
        for (ItemId id : ids) {
            String code = id.kind() == ItemIdKind.OTHER ? id.code() : EdifactCodeLists.ITEM_IDS.codeOf(id.kind(), id.code());
            keyed.putIfAbsent(code == null ? ItemIds.UNQUALIFIED : code, id.value());
        }
        return keyed;
    }

    private static String sku(List<ItemId> ids) {
        String sku = first(ids, ItemIdKind.SELLER_SKU);
        if (sku == null) {
            sku = ids.stream().filter(i -> !i.kind().isGtin()).map(ItemId::value).findFirst().orElse(null);
        }
        return sku;
    }

    private static String gtin(List<ItemId> ids) {
        return ids.stream().filter(i -> i.kind().isGtin()).map(ItemId::value).findFirst().orElse(null);
    }

    private static String first(List<ItemId> ids, ItemIdKind kind) {
        return ids.stream().filter(i -> i.kind() == kind).map(ItemId::value).findFirst().orElse(null);
    }
}

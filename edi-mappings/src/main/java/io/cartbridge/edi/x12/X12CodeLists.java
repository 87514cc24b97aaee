package io.cartbridge.edi.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.edi.CodeList;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.LineStatus;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.ItemIdKind;
import io.cartbridge.edi.model.PartyRole;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.Reference;
import io.cartbridge.edi.model.ReferenceKind;
import io.cartbridge.edi.model.StockQuantity;

/**
 * X12's code lists against the canonical model's neutral kinds: product id qualifiers (235), 846 quantity qualifiers
 * (673), 945 line statuses (368) and 856 line item statuses (668), entity identifiers (98) and reference
 * qualifiers (128). The only place that knows both.
 *
 * @since 0.3
 */
public final class X12CodeLists {

    /** Product/service id qualifiers (235): {@code SK} seller's SKU, {@code VN} vendor's item number, GTINs ... */
    public static final CodeList<ItemIdKind> ITEM_IDS = CodeList.of(ItemIdKind.class, ItemIdKind.OTHER)
            .add(ItemIdKind.SELLER_SKU, "SK")
            .add(ItemIdKind.WAREHOUSE_ITEM, "VN", "VA", "VP")
            .add(ItemIdKind.BUYER_PART, "BP")
            .add(ItemIdKind.BUYER_ITEM, "IN", "PI", "CB", "IT")
            .add(ItemIdKind.MANUFACTURER_PART, "MG", "MN", "PN")
            .add(ItemIdKind.UPC, "UP", "UI", "UA")
            .add(ItemIdKind.GTIN, "EN")
            .add(ItemIdKind.GTIN_14, "UK")
            .add(ItemIdKind.MUTUALLY_DEFINED, "ZZ");

    /** Quantity qualifiers of an 846 QTY-01 (673). */
    public static final CodeList<QuantityKind> QUANTITIES = CodeList.of(QuantityKind.class, QuantityKind.OTHER)
            .add(QuantityKind.AVAILABLE, "33")
            .add(QuantityKind.ON_HAND, "17")
            .add(QuantityKind.ON_HOLD, "QH")
            .add(QuantityKind.COMMITTED, "27")
            .add(QuantityKind.IN_TRANSIT, "IQ")
            .add(QuantityKind.PROJECTED_AVAILABLE, "29")
            .add(QuantityKind.DAMAGED, "74");

    /** 945 W12-01 (368) and 856 SN1-08 (668) line statuses. */
    public static final CodeList<LineStatus> LINE_STATUSES = CodeList.of(LineStatus.class, LineStatus.OTHER)
            .add(LineStatus.SHIPPED, "CC", "AC", "SH")
            .add(LineStatus.PARTIALLY_SHIPPED, "PR", "SS")
            .add(LineStatus.PARTIALLY_SHIPPED_BACKORDERED, "BP")
            .add(LineStatus.PARTIALLY_SHIPPED_CANCELLED, "CP")
            .add(LineStatus.BACKORDERED, "BO", "IB")
            .add(LineStatus.CANCELLED, "IC", "CU", "IR");

    /** N1-01 entity identifier codes (98). */
    public static final CodeList<PartyRole> PARTY_ROLES = CodeList.of(PartyRole.class, PartyRole.OTHER)
            .add(PartyRole.SHIP_TO, "ST")
            .add(PartyRole.SHIP_FROM, "SF")
            .add(PartyRole.WAREHOUSE, "WH")
            .add(PartyRole.BILL_TO, "BT")
            .add(PartyRole.BUYER, "BY")
            .add(PartyRole.SELLER, "SE", "SU")
            .add(PartyRole.DEPOSITOR, "DE")
            .add(PartyRole.CARRIER, "CA");

    /** REF-01 / N9-01 reference identification qualifiers (128). */
    public static final CodeList<ReferenceKind> REFERENCES = CodeList.of(ReferenceKind.class, ReferenceKind.OTHER)
            .add(ReferenceKind.BILL_OF_LADING, "BM")
            .add(ReferenceKind.CARRIER_REFERENCE, "CN")
            .add(ReferenceKind.TRACKING_NUMBER, "2I")
            .add(ReferenceKind.PURCHASE_ORDER, "PO")
            .add(ReferenceKind.ORDER_NUMBER, "DO", "ON")
            .add(ReferenceKind.SHIPMENT_NUMBER, "SI")
            .add(ReferenceKind.INVOICE, "IV");

    /** GS01 functional identifier codes (479) of the documents CartBridge exchanges. */
    public static final CodeList<DocumentKind> FUNCTIONAL_IDS = CodeList.of(DocumentKind.class, null)
            .add(DocumentKind.ORDER, "OW")
            .add(DocumentKind.SHIPMENT_CONFIRMATION, "SW", "SH")
            .add(DocumentKind.INVENTORY_SNAPSHOT, "IB")
            .add(DocumentKind.ACKNOWLEDGMENT, "FA");

    private X12CodeLists() {
    }

    /** {@return the neutral ids of ids keyed by their 235 qualifier, in their order} */
    public static List<ItemId> itemIds(Map<String, String> ids) {
        List<ItemId> result = new ArrayList<>(ids.size());
        ids.forEach((code, value) -> result.add(new ItemId(ITEM_IDS.kindOf(code), code, value)));
        return result;
    }

    /** {@return the neutral quantities of quantities keyed by their 673 qualifier, in their order} */
    public static List<StockQuantity> quantities(Map<String, BigDecimal> quantities) {
        List<StockQuantity> result = new ArrayList<>(quantities.size());
        quantities.forEach((code, value) -> result.add(new StockQuantity(QUANTITIES.kindOf(code), code, value)));
        return result;
    }

    /** {@return the neutral references of references keyed by their 128 qualifier, in their order} */
    public static List<Reference> references(Map<String, String> references) {
        List<Reference> result = new ArrayList<>(references.size());
        references.forEach((code, value) -> result.add(new Reference(REFERENCES.kindOf(code), code, value)));
        return result;
    }

    /** {@return an inventory item whose ids and quantities are keyed by this format's codes, with their neutral kinds} */
    public static InventoryItem inventoryItem(String sku, String upc, String vendorItem, Map<String, BigDecimal> quantities,
                                              Map<String, String> itemIds) {
        return new InventoryItem(sku, upc, vendorItem, quantities, itemIds, itemIds(itemIds), quantities(quantities));
    }

    /** {@return a shipped line whose ids and status are this format's codes, with their neutral kinds} */
    public static ShippedLine shippedLine(String sku, String upc, String productIdQualifier, String productId,
                                          BigDecimal quantityOrdered, BigDecimal quantityShipped,
                                          BigDecimal quantityDifference, String lineStatus, Map<String, String> itemIds) {
        return new ShippedLine(sku, upc, productIdQualifier, productId, quantityOrdered, quantityShipped, quantityDifference,
                lineStatus, itemIds, itemIds(itemIds), lineStatus == null ? null : LINE_STATUSES.kindOf(lineStatus));
    }

    /** {@return a party whose role is this format's code, with its neutral role} */
    public static Party party(String entityCode, String name, String idQualifier, String id, Address address) {
        return new Party(entityCode, name, idQualifier, id, address, PARTY_ROLES.kindOf(entityCode));
    }
}

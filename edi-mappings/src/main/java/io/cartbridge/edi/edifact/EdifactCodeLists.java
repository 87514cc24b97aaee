package io.cartbridge.edi.edifact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.edi.CodeList;
import io.cartbridge.edi.edifact.internal.ItemIds;
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
 * UN/EDIFACT's code lists against the canonical model's neutral kinds: item type identification (7143), quantity
 * qualifiers (6063), party function qualifiers (3035) and reference qualifiers (1153). The only place that knows
 * both.
 *
 * <p>7143 has no type for a warehouse's own item number: a 3PL that sends one uses {@code SA} (the supplier's
 * article number, which reads as the seller's SKU) or a type agreed with the shop, which reads as
 * {@link ItemIdKind#OTHER} with its code.
 *
 * @since 0.3
 */
public final class EdifactCodeLists {

    /** Item type identification codes (7143). */
    public static final CodeList<ItemIdKind> ITEM_IDS = CodeList.of(ItemIdKind.class, ItemIdKind.OTHER)
            .add(ItemIdKind.SELLER_SKU, "SA")
            .add(ItemIdKind.BUYER_PART, "BP")
            .add(ItemIdKind.BUYER_ITEM, "IN")
            .add(ItemIdKind.MANUFACTURER_PART, "MF")
            // EN in EANCOM D.96A, SRV (EAN.UCC GTIN) in D.01B
            .add(ItemIdKind.GTIN, "EN", "SRV")
            .add(ItemIdKind.UPC, "UP", "UA")
            .add(ItemIdKind.GTIN_14, "UK");

    /** Quantity type code qualifiers (6063) of an INVRPT. */
    public static final CodeList<QuantityKind> QUANTITIES = CodeList.of(QuantityKind.class, QuantityKind.OTHER)
            .add(QuantityKind.AVAILABLE, "198")
            .add(QuantityKind.ON_HAND, "145", "17")
            .add(QuantityKind.COMMITTED, "83")
            .add(QuantityKind.IN_TRANSIT, "17E")
            .add(QuantityKind.DAMAGED, "124");

    /** Party function code qualifiers (3035). */
    public static final CodeList<PartyRole> PARTY_ROLES = CodeList.of(PartyRole.class, PartyRole.OTHER)
            .add(PartyRole.SHIP_TO, "DP", "ST")
            .add(PartyRole.SHIP_FROM, "SF", "CZ")
            .add(PartyRole.WAREHOUSE, "WH")
            .add(PartyRole.BILL_TO, "IV")
            .add(PartyRole.BUYER, "BY")
            .add(PartyRole.SELLER, "SU", "SE")
            .add(PartyRole.CARRIER, "CA");

    /** Reference code qualifiers (1153). */
    public static final CodeList<ReferenceKind> REFERENCES = CodeList.of(ReferenceKind.class, ReferenceKind.OTHER)
            .add(ReferenceKind.BILL_OF_LADING, "BM")
            .add(ReferenceKind.CARRIER_REFERENCE, "CN")
            .add(ReferenceKind.PURCHASE_ORDER, "ON")
            .add(ReferenceKind.ORDER_NUMBER, "VN", "CR")
            .add(ReferenceKind.SHIPMENT_NUMBER, "AAK", "DQ")
            .add(ReferenceKind.INVOICE, "IV");

    private EdifactCodeLists() {
    }

    /** {@return the neutral ids of ids keyed by their 7143 type, in their order; an untyped id is {@code OTHER}} */
    public static List<ItemId> itemIds(Map<String, String> ids) {
        List<ItemId> result = new ArrayList<>(ids.size());
        ids.forEach((code, value) -> result.add(ItemIds.UNQUALIFIED.equals(code)
                ? new ItemId(ItemIdKind.OTHER, null, value)
                : new ItemId(ITEM_IDS.kindOf(code), code, value)));
        return result;
    }

    /** {@return the neutral quantities of quantities keyed by their 6063 qualifier, in their order} */
    public static List<StockQuantity> quantities(Map<String, BigDecimal> quantities) {
        List<StockQuantity> result = new ArrayList<>(quantities.size());
        quantities.forEach((code, value) -> result.add(new StockQuantity(QUANTITIES.kindOf(code), code, value)));
        return result;
    }

    /** {@return the neutral references of references keyed by their 1153 qualifier, in their order} */
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
                lineStatus, itemIds, itemIds(itemIds), lineStatus == null ? null : LineStatus.OTHER);
    }

    /** {@return a party whose role is this format's code, with its neutral role} */
    public static Party party(String entityCode, String name, String idQualifier, String id, Address address) {
        return new Party(entityCode, name, idQualifier, id, address, PARTY_ROLES.kindOf(entityCode));
    }
}

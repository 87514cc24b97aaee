package io.cartbridge.agent.warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * Which of the warehouse's product ids is the cart's SKU, both ways: the partner's
 * {@code cartbridge.warehouse.sku-qualifier} picks the id of an item in a 945, 856 or 846, and the
 * optional {@code cartbridge.warehouse.sku-cross-reference} maps it to the cart's SKU; a 940 line
 * carries the same qualifier and the mapped item. Checked when the agent starts.
 *
 * <p>An item that cannot be told (no id under the qualifier, or one the cross-reference does not
 * list) is never applied to a guessed product: {@link #cartSku} says {@code null}, and the
 * shipment or stock update reports it like an unknown SKU, by the {@link #describe description} of
 * the ids the warehouse sent. Likewise an order line whose SKU the cross-reference does not list
 * is held, not sent under the cart's SKU.
 */
public final class ItemIdentity {

    /** Product id qualifiers (X12 code list 235) under which a partner may keep the cart's SKU. */
    public static final Set<String> QUALIFIERS = Set.of(
            "SK", // stock keeping unit (the seller's SKU)
            "VN", "VA", "VP", // vendor's (seller's) item number, style number, part number
            "BP", "IN", "PI", "CB", "IT", // buyer's part number, item number, purchaser's item code, catalog, style
            "MG", "MN", "PN", // manufacturer's part number, model number, company part number
            "ZZ", // mutually defined
            "UP", "EN", "UK"); // GTINs: the cart's SKU is the UPC-A, EAN-13 or GTIN-14
    private static final List<String> GTINS = List.of("UP", "EN", "UK");
    /** EDIFACT item number types (code list 7143) of the X12 qualifiers' kinds of id. */
    private static final Map<String, List<String>> EDIFACT_SYNONYMS = Map.of(
            "SK", List.of("SA"), "VN", List.of("SA"), "VP", List.of("SA"), "IN", List.of("IN"), "BP", List.of("BP", "IN"),
            "MG", List.of("MF"), "EN", List.of("SRV"), "UP", List.of("SRV"), "UK", List.of("SRV"));

    private final String qualifier;
    private final SkuCrossReference crossReference;

    /** {@return the partner's item ids, from its settings} */
    public static ItemIdentity of(WarehouseProperties warehouse) {
        return new ItemIdentity(warehouse.skuQualifier(), warehouse.skuCrossReference());
    }

    /**
     * @param skuQualifier   the qualifier of the cart's SKU, one of {@link #QUALIFIERS} (any case)
     * @param crossReference the CSV file {@code warehouse_item,cart_sku}, or {@code null} when the
     *                       warehouse uses the cart's SKUs as they are
     * @throws ConfigurationException naming the property (and the file's line) that is wrong
     */
    public ItemIdentity(String skuQualifier, Path crossReference) {
        String q = skuQualifier == null ? "SK" : skuQualifier.trim().toUpperCase(Locale.ROOT);
        if (!QUALIFIERS.contains(q)) {
            throw new ConfigurationException("cartbridge.warehouse.sku-qualifier must be one of "
                    + String.join(", ", QUALIFIERS.stream().sorted().toList()) + ", not '" + skuQualifier + "'");
        }
        this.qualifier = q;
        this.crossReference = crossReference == null ? null : SkuCrossReference.load(crossReference);
    }

    /** {@return the qualifier of the cart's SKU at the warehouse, e.g. {@code SK} or {@code VN}} */
    public String qualifier() {
        return qualifier;
    }

    /**
     * {@return W01-04 of a 940 line: the SKU qualifier, or {@code SK} when the SKU is a GTIN, which
     * already travels in W01-06/07}
     */
    public String orderQualifier() {
        return GTINS.contains(qualifier) ? "SK" : qualifier;
    }

    /**
     * The cart's SKU of an item the warehouse sent: its id under the qualifier (for a GTIN qualifier,
     * else under the other GTIN qualifiers), mapped through the cross-reference when there is one.
     *
     * @param itemIds the item's ids by qualifier, as the readers give them
     * @return the cart SKU, or {@code null} when the item has no such id or the cross-reference does
     *         not list it
     */
    public String cartSku(Map<String, String> itemIds) {
        String id = warehouseId(itemIds);
        if (id == null || crossReference == null) {
            return id;
        }
        return crossReference.cartSku(id);
    }

    /** {@link #cartSku}, else the {@link #describe description} of the item, which a cart reports as unknown. */
    public String cartSkuOrDescription(Map<String, String> itemIds) {
        String sku = cartSku(itemIds);
        return sku != null ? sku : describe(itemIds);
    }

    /**
     * {@return how the warehouse named an item that {@link #cartSku} cannot tell, for reports: e.g.
     * {@code VN WH-9 (not in the SKU cross-reference)} or {@code no VN id (SK MUG-1, UP 012345678905)}}
     */
    public String describe(Map<String, String> itemIds) {
        String id = warehouseId(itemIds);
        if (id != null) {
            return qualifier + " " + id + (crossReference != null && crossReference.cartSku(id) == null
                    ? " (not in the SKU cross-reference)" : "");
        }
        List<String> ids = new ArrayList<>();
        itemIds.forEach((q, value) -> ids.add(q + " " + value));
        return "no " + qualifier + " id" + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")");
    }

    /**
     * The id a 940 line carries in W01-05 for a cart SKU: its warehouse item when there is a
     * cross-reference, else the SKU itself.
     *
     * @return the warehouse item, or {@code null} when the cross-reference does not list the SKU
     */
    public String warehouseItem(String cartSku) {
        if (cartSku == null || cartSku.isBlank()) {
            return null;
        }
        String sku = cartSku.strip();
        return crossReference == null ? sku : crossReference.warehouseItem(sku);
    }

    private String warehouseId(Map<String, String> itemIds) {
        String id = itemIds.get(qualifier);
        // the same kind of id under another format's code (EDIFACT 7143 for an X12 235 qualifier): an EDIFACT partner
        // sends the seller's article number as SA, the buyer's as IN, a GTIN as SRV or EN
        for (String synonym : EDIFACT_SYNONYMS.getOrDefault(qualifier, List.of())) {
            if (id == null || id.isBlank()) {
                id = itemIds.get(synonym);
            }
        }
        for (int i = 0; (id == null || id.isBlank()) && GTINS.contains(qualifier) && i < GTINS.size(); i++) {
            id = itemIds.get(GTINS.get(i));
        }
        return id == null || id.isBlank() ? null : id.strip();
    }
}

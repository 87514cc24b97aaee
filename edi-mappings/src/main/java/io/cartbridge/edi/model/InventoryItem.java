package io.cartbridge.edi.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of an inventory snapshot: an X12 846 LIN loop with its quantities.
 *
 * <p>Which quantity sets the cart's stock (available or on hand) is partner configuration; the
 * reader keeps every QTY it finds. Which of the item's ids is the cart's SKU is partner
 * configuration too, applied downstream from {@link #itemIds()}; {@link #sku()} is only the
 * {@code SK} id.
 *
 * @param sku        the id qualified {@code SK} (seller's SKU) on the LIN, or {@code null}
 * @param upc        the GTIN qualified {@code UP} (UPC-A), {@code UK} (GTIN-14), {@code EN}
 *                   (EAN-13) or {@code UI} on the LIN, or {@code null}
 * @param vendorItem the id qualified {@code VN} (vendor's item number), else {@code BP} (buyer's
 *                   part number) or {@code MG} (manufacturer's part number), or {@code null}
 * @param quantities every quantity of the loop keyed by its QTY-01 qualifier (code list 673), in
 *                   file order; the last wins when a qualifier repeats. Common in 846s:
 *                   {@code "33"} quantity available for sale (stock quantity), {@code "17"}
 *                   quantity on hand, {@code "QH"} quantity on hold, {@code "IQ"} in-transit
 *                   quantity, {@code "27"} committed quantity, {@code "29"} projected available
 *                   inventory. Never {@code null}; may be empty
 * @param itemIds    every product id of the LIN (pairs 02/03, 04/05, ...) keyed by its qualifier
 *                   (code list 235, for example {@code "SK"}, {@code "VN"}, {@code "BP"},
 *                   {@code "UP"}), in file order; the first id wins when a qualifier repeats. Never
 *                   {@code null}; never empty for an item a reader returns
 * @param ids        the same ids in neutral terms ({@link ItemIdKind}), each with its code as read, in file order:
 *                   what the agent and the writers of every format go by. Never {@code null}
 * @param stock      the same quantities in neutral terms ({@link QuantityKind}), each with its code as read, in
 *                   file order. Never {@code null}
 * @since 0.1
 */
public record InventoryItem(String sku, String upc, String vendorItem, Map<String, BigDecimal> quantities,
                            Map<String, String> itemIds, List<ItemId> ids, List<StockQuantity> stock) {

    public InventoryItem {
        quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
        itemIds = itemIds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(itemIds));
        ids = ids == null ? unclassified(itemIds) : List.copyOf(ids);
        stock = stock == null ? unclassifiedStock(quantities) : List.copyOf(stock);
    }

    /**
     * An item whose ids and quantities are in no format's code list yet: {@link #ids()} and {@link #stock()} hold
     * them as {@link ItemIdKind#OTHER} and {@link QuantityKind#OTHER} with their keys as codes, which a writer
     * writes as they are. Readers build items with their format's kinds instead.
     */
    public InventoryItem(String sku, String upc, String vendorItem, Map<String, BigDecimal> quantities,
                         Map<String, String> itemIds) {
        this(sku, upc, vendorItem, quantities, itemIds, null, null);
    }

    /** {@return the first quantity of that kind, or {@code null}} */
    public BigDecimal quantity(QuantityKind kind) {
        for (StockQuantity q : stock) {
            if (q.kind() == kind) {
                return q.quantity();
            }
        }
        return null;
    }

    private static List<ItemId> unclassified(Map<String, String> itemIds) {
        List<ItemId> ids = new ArrayList<>(itemIds.size());
        itemIds.forEach((code, value) -> ids.add(new ItemId(ItemIdKind.OTHER, code, value)));
        return List.copyOf(ids);
    }

    private static List<StockQuantity> unclassifiedStock(Map<String, BigDecimal> quantities) {
        List<StockQuantity> stock = new ArrayList<>(quantities.size());
        quantities.forEach((code, value) -> stock.add(new StockQuantity(QuantityKind.OTHER, code, value)));
        return List.copyOf(stock);
    }

    /**
     * An item whose only qualified id is its {@code sku}: {@link #itemIds()} holds {@code SK} →
     * {@code sku} when it is set, else nothing.
     */
    public InventoryItem(String sku, String upc, String vendorItem, Map<String, BigDecimal> quantities) {
        this(sku, upc, vendorItem, quantities, sku == null ? Map.of() : Map.of("SK", sku));
    }
}

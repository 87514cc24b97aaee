package io.cartbridge.agent.cart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Sets the cart's stock levels from the warehouse's inventory snapshot, by SKU.
 *
 * <p>Only products and variations whose stock the cart manages are touched, and only those whose
 * quantity (or derived stock status) differs from the cart's: an unchanged item costs a read in a
 * batch query, no write. Callers pass batches of up to about a thousand levels; implementations
 * use a few set-based statements per batch, not one round trip per SKU. Each call is one
 * transaction on the cart database.
 */
public interface InventorySink {

    /** The quantity the cart should show for one SKU. */
    record StockLevel(String sku, BigDecimal quantity) {
    }

    /**
     * What one call did.
     *
     * @param changed       items whose stock was written
     * @param unchanged     managed items already at the given level
     * @param unknownSkus   SKUs of no product or variation in the cart, in input order
     * @param unmanagedSkus SKUs of products or variations whose stock the cart does not manage
     * @param adjusted      items written at another quantity than asked, because the cart allows no lower one, each as
     *                      {@code SKU written (asked)}: reported with the file
     */
    record InventoryResult(int changed, int unchanged, List<String> unknownSkus, List<String> unmanagedSkus,
                           List<String> adjusted) {

        public InventoryResult {
            unknownSkus = List.copyOf(unknownSkus);
            unmanagedSkus = List.copyOf(unmanagedSkus);
            adjusted = List.copyOf(adjusted);
        }

        /** A result where every item was written as asked. */
        public InventoryResult(int changed, int unchanged, List<String> unknownSkus, List<String> unmanagedSkus) {
            this(changed, unchanged, unknownSkus, unmanagedSkus, List.of());
        }
    }

    /**
     * Applies the levels; when a SKU repeats, its last level wins. Levels without a SKU or a
     * quantity are ignored (counted nowhere).
     */
    InventoryResult apply(List<StockLevel> levels);
}

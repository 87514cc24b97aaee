package io.cartbridge.agent.cart;

import java.math.BigDecimal;

/**
 * One product line of a {@link CartOrder}.
 *
 * @param lineNumber 1-based position on the order
 * @param productId  the cart's product (or variation) id the line refers to
 * @param sku        the resolved SKU, or {@code null} when the product has none
 * @param upc        the product's GTIN/UPC, or {@code null}
 * @param name       the product name as ordered
 * @param quantity   the quantity ordered, as stored (may be missing or not a whole number in bad data)
 */
public record CartOrderLine(int lineNumber, String productId, String sku, String upc, String name,
                            BigDecimal quantity) {
}

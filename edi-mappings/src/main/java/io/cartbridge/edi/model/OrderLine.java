package io.cartbridge.edi.model;

/**
 * One line of a {@link WarehouseOrder}: a quantity of one SKU.
 *
 * @param lineNumber  1-based line number within the order, stable across resends
 * @param sku         the item's id at the warehouse: the cart's SKU, or the warehouse item a SKU
 *                    cross-reference maps it to (W01-05, under the writer's item qualifier)
 * @param upc         the GTIN/UPC when the cart knows it, or {@code null}
 * @param description the product name as ordered, or {@code null}
 * @param quantity    units ordered, always positive
 * @param unit        unit of measure code ({@code "EA"} for each)
 * @since 0.1
 */
public record OrderLine(int lineNumber, String sku, String upc, String description, int quantity,
                        String unit) {
}

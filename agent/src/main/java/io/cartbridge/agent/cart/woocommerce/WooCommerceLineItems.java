package io.cartbridge.agent.cart.woocommerce;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a {@code line_item}'s meta ({@code woocommerce_order_itemmeta}) names what was bought: the
 * variation when there is one, else the product, and the quantity; read the same way when orders
 * are exported and when shipments are checked against them.
 */
final class WooCommerceLineItems {

    private WooCommerceLineItems() {
    }

    /** {@return the variation id, else the product id, of the item; 0 when it has neither} */
    static long productRef(Map<String, String> itemMeta) {
        long variation = id(itemMeta.get("_variation_id"));
        return variation > 0 ? variation : id(itemMeta.get("_product_id"));
    }

    /** {@return {@code _qty} as a number, or null when it is missing or not a number} */
    static BigDecimal quantity(Map<String, String> itemMeta) {
        String value = itemMeta.get("_qty");
        try {
            return value == null ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long id(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

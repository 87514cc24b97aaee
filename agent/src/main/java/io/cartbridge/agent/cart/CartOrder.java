package io.cartbridge.agent.cart;

import java.time.LocalDateTime;
import java.util.List;

import io.cartbridge.edi.model.Address;

/**
 * A paid order as the cart holds it, before CartBridge decides whether it can be sent.
 *
 * @param cursor         the position after this order, opaque to the core ({@link OrderSource#page}); WooCommerce:
 *                       the order id
 * @param cartOrderId    the cart's internal order id
 * @param orderNumber    the customer-facing order number
 * @param created        when the order was placed (UTC)
 * @param shipTo         the shipping address, or {@code null} when the order has none
 * @param shippingMethod the cart's shipping method id, or {@code null}
 * @param customerNote   the buyer's note, or {@code null}
 * @param lines          the product lines (shipping, fee, coupon and tax rows are not lines)
 * @param customerReference the reference the buyer knows the purchase by where it is not the order number
 *                       (PrestaShop's {@code reference}, shared by the orders split from one cart), or {@code null};
 *                       it travels to the warehouse beside the order number
 */
public record CartOrder(String cursor, String cartOrderId, String orderNumber, LocalDateTime created,
                        Address shipTo, String shippingMethod, String customerNote, List<CartOrderLine> lines,
                        String customerReference) {

    /** An order whose number is all the buyer knows it by. */
    public CartOrder(String cursor, String cartOrderId, String orderNumber, LocalDateTime created, Address shipTo,
                     String shippingMethod, String customerNote, List<CartOrderLine> lines) {
        this(cursor, cartOrderId, orderNumber, created, shipTo, shippingMethod, customerNote, lines, null);
    }
}

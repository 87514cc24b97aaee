package io.cartbridge.agent.orders;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.edi.model.WarehouseOrder;

/**
 * A paid cart order after checking: either ready to send ({@code order} set) or held
 * ({@code heldReason} set).
 */
record OrderCandidate(CartOrder cart, WarehouseOrder order, String heldReason) {

    static OrderCandidate ready(CartOrder cart, WarehouseOrder order) {
        return new OrderCandidate(cart, order, null);
    }

    static OrderCandidate held(CartOrder cart, String reason) {
        return new OrderCandidate(cart, null, reason);
    }

    boolean isHeld() {
        return heldReason != null;
    }
}

package io.cartbridge.agent.cart;

/**
 * A cheap look at whether a store's paid orders have changed, for {@code serve}'s near-real-time trigger: it asks
 * every few seconds and starts order-export when the answer differs from the one before. One indexed query that
 * reads no order's lines or addresses; it must see an order that is paid after it was created (a change of its
 * status), so a platform's highest order id is not enough.
 *
 * <p>Implementations hold no state and may be called from any thread.
 */
public interface ChangeProbe {

    /**
     * {@return a value that differs from the last one whenever an order became paid, or a paid order changed or
     * stopped being paid since; equal values mean nothing to send. Opaque: only compared for equality}
     */
    String latest();
}

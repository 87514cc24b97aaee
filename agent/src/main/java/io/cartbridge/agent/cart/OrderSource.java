package io.cartbridge.agent.cart;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A cart plugin's reader of paid orders, in a stable order (a keyset on a unique key), one order
 * at a time with its lines, ship-to address and shipping method.
 *
 * <p>Implementations save the key of the last order read in the step's ExecutionContext, so a
 * restarted step resumes after the last committed chunk. They return every paid order that is
 * not yet shipped; the order-export job decides which of them still need sending.
 */
public interface OrderSource extends ItemStreamReader<CartOrder> {
}

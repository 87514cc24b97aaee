package io.cartbridge.agent.inventory;

import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.RunSummary;

/**
 * What one inventory-import run did with the snapshot items it read itself (a restart counts what it
 * applied after the checkpoint, not the items of the failed run).
 *
 * @param items       snapshot items this run read
 * @param changed     cart items whose stock it wrote
 * @param unchanged   cart items already at the level
 * @param unmanaged   cart items whose stock the cart does not manage, left alone
 * @param unknownSkus items the cart has no product for (by SKU, or by the ids they came with)
 */
public record InventoryImportSummary(long executionId, long items, long changed, long unchanged, long unmanaged,
                                     Listed unknownSkus) implements RunSummary {
}

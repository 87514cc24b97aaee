package io.cartbridge.edi;

import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;

/**
 * Streams the items of a stock snapshot, whatever its format.
 *
 * @since 0.2
 */
public interface InventorySnapshotReader extends EdiItemReader<InventoryItem> {

    /** {@return the snapshot's header (reference, as-of time), known once the first item was read; null before} */
    InventorySnapshotHeader header();
}

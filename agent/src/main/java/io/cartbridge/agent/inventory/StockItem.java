package io.cartbridge.agent.inventory;

import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;

/** One item of a received 846 with its snapshot header; the last of a file says so; a broken file gives an error. */
record StockItem(long fileId, InventoryItem item, InventorySnapshotHeader header, boolean lastOfFile, String error) {
}

package io.cartbridge.agent.inventory;

import java.io.IOException;
import java.io.InputStream;

import io.cartbridge.agent.inbound.ReceivedFormat;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;

/** One item of an 846 with the header of its transaction set (the as-of time the stock rule needs). */
record SnapshotItem(InventoryItem item, InventorySnapshotHeader header) {

    /** The stock snapshot's reader (846, INVRPT, XML), each item paired with its header as it is read. */
    static EdiItemReader<SnapshotItem> reader(InputStream in) {
        InventorySnapshotReader advice = ReceivedFormat.open(in, (format, stream) -> format.inventorySnapshot(stream));
        return new EdiItemReader<>() {
            @Override
            public SnapshotItem next() {
                InventoryItem item = advice.next();
                return item == null ? null : new SnapshotItem(item, advice.header());
            }

            @Override
            public long position() {
                return advice.position();
            }

            @Override
            public long skip(long count) {
                return advice.skip(count);
            }

            @Override
            public void close() throws IOException {
                advice.close();
            }
        };
    }
}

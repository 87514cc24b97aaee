package io.cartbridge.agent.orders;

import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The partner's files still to upload, oldest first. Reads the ledger's state rather than a saved
 * position: whatever run rendered a file, the next upload step sends it, and a file marked
 * uploaded is never read again.
 */
class RenderedFileReader implements ItemStreamReader<OutboundFile> {

    private final String partner;
    private final OutboundFiles files;
    private long lastId;

    RenderedFileReader(String partner, OutboundFiles files) {
        this.partner = partner;
        this.files = files;
    }

    @Override
    public OutboundFile read() {
        OutboundFile next = files.nextRendered(partner, lastId);
        if (next != null) {
            lastId = next.id();
        }
        return next;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        lastId = 0;
    }
}

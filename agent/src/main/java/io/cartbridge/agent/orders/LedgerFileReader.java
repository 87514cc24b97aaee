package io.cartbridge.agent.orders;

import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The partner's files that a step still has to work on (to upload, to note), oldest first. Reads
 * the ledger's state rather than a saved position: whatever run left a file to do, the next step
 * does it, and a file once marked done is never read again.
 */
class LedgerFileReader implements ItemStreamReader<OutboundFile> {

    /** The partner's first file still to do after the given ledger id, or null. */
    @FunctionalInterface
    interface NextFile {
        OutboundFile after(long id);
    }

    private final NextFile next;
    private long lastId;

    LedgerFileReader(NextFile next) {
        this.next = next;
    }

    @Override
    public OutboundFile read() {
        OutboundFile file = next.after(lastId);
        if (file != null) {
            lastId = file.id();
        }
        return file;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        lastId = 0;
    }
}

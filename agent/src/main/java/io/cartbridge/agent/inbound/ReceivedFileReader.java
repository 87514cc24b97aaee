package io.cartbridge.agent.inbound;

import java.util.List;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Received files of the given document types still to apply, oldest first, from the ledger's state: a file
 * applied by a committed chunk is never read again, so a restart needs no saved position.
 */
class ReceivedFileReader implements ItemStreamReader<InboundFile> {

    private final String partner;
    private final List<String> documentTypes;
    private final InboundFiles files;
    private long lastId;

    ReceivedFileReader(String partner, List<String> documentTypes, InboundFiles files) {
        this.partner = partner;
        this.documentTypes = List.copyOf(documentTypes);
        this.files = files;
    }

    @Override
    public InboundFile read() {
        InboundFile next = files.nextReceived(partner, documentTypes, lastId);
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

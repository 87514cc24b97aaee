package io.cartbridge.agent.orders;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** The order-notes step's writer: the cart notes of each uploaded file's orders (see {@link SentOrderNotes}). */
class OrderNoteWriter implements ItemWriter<OutboundFile> {

    private final SentOrderNotes notes;
    private final ConnectionContext connection;

    OrderNoteWriter(SentOrderNotes notes, ConnectionContext connection) {
        this.notes = notes;
        this.connection = connection;
    }

    @Override
    public void write(Chunk<? extends OutboundFile> chunk) {
        for (OutboundFile file : chunk) {
            notes.write(file.id(), connection);
        }
    }
}

package io.cartbridge.agent.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.x12.X12InventoryAdviceReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The items of every received 846, file by file, streamed (a million-item file is never held). The
 * checkpoint is the file and the number of items handed out from it; a restart skips them.
 */
class InventoryFileReader implements ItemStreamReader<StockItem> {

    private static final String FILE = "inventory-file.id";
    private static final String POSITION = "inventory-file.position";

    private final String partner;
    private final InboundFiles files;
    private InboundFile file;
    private X12InventoryAdviceReader reader;
    private StockItem lookahead;
    private long handedOut;
    private long lastFileId;
    private long checkpointFile;
    private long checkpointPosition;

    InventoryFileReader(String partner, InboundFiles files) {
        this.partner = partner;
        this.files = files;
    }

    @Override
    public void open(ExecutionContext context) {
        checkpointFile = context.containsKey(FILE) ? context.getLong(FILE) : 0;
        checkpointPosition = context.containsKey(POSITION) ? context.getLong(POSITION) : 0;
        lastFileId = 0;
    }

    @Override
    public StockItem read() {
        if (reader == null && !openNextFile()) {
            return null;
        }
        long id = file.id();
        try {
            StockItem current = lookahead != null ? lookahead : next(id);
            lookahead = current == null ? null : next(id);
            handedOut++;
            if (current == null || lookahead == null) {
                closeFile();
                return current == null ? new StockItem(id, null, null, true, null)
                        : new StockItem(id, current.item(), current.header(), true, null);
            }
            return current;
        } catch (EdiException e) {
            closeFile();
            return new StockItem(id, null, null, true, e.getMessage());
        }
    }

    private StockItem next(long fileId) {
        InventoryItem item = reader.next();
        if (item == null) {
            return null;
        }
        InventorySnapshotHeader header = reader.header();
        return new StockItem(fileId, item, header, false, null);
    }

    private boolean openNextFile() {
        InboundFile next = files.nextReceived(partner, "846", lastFileId);
        if (next == null) {
            return false;
        }
        file = next;
        lastFileId = next.id();
        handedOut = 0;
        try {
            reader = X12InventoryAdviceReader.open(Files.newInputStream(Path.of(next.localPath())));
            if (next.id() == checkpointFile && checkpointPosition > 0) {
                handedOut = reader.skip(checkpointPosition);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + next.localPath(), e);
        }
        return true;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(FILE, file == null ? 0 : file.id());
        context.putLong(POSITION, file == null ? 0 : handedOut);
    }

    private void closeFile() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader = null;
            file = null;
            lookahead = null;
        }
    }

    @Override
    public void close() {
        closeFile();
    }
}

package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The items of every received file of some document types, file by file, oldest first, streamed one
 * at a time (a million-item file is never held). Its checkpoint is the file and the number of items
 * handed out from it: a restart reopens that file and skips them, so a failure after chunk k of a
 * large file resumes at chunk k+1. The last item of a file says so, so that the writer marks the file
 * applied in the same transaction; a file that cannot be read to its end yields one item carrying the
 * error. Files are picked from the ledger's state, so files applied by committed chunks are not read.
 *
 * @param <T> the canonical item of the documents
 */
public class ReceivedItemReader<T> implements ItemStreamReader<ReceivedItemReader.Received<T>> {

    /** An item of a received file; {@code item} is null for an empty file or a failed read. */
    public record Received<T>(long fileId, T item, boolean lastOfFile, String error) {
    }

    /** Opens the reader for one received file. */
    public interface Opener<T> {
        EdiItemReader<T> open(InboundFile file, InputStream in);
    }

    private final String store;
    private final String partner;
    private final InboundFiles files;
    private final List<String> documentTypes;
    private final Opener<T> opener;
    private final String fileKey;
    private final String positionKey;
    private InboundFile file;
    private EdiItemReader<T> reader;
    private T lookahead;
    private long handedOut;
    private long lastFileId;
    private long checkpointFile;
    private long checkpointPosition;

    /**
     * @param store the store whose files are read
     * @param name  the checkpoint's key in the step's ExecutionContext
     */
    public ReceivedItemReader(String store, String partner, InboundFiles files, List<String> documentTypes, String name,
                              Opener<T> opener) {
        this.store = store;
        this.partner = partner;
        this.files = files;
        this.documentTypes = List.copyOf(documentTypes);
        this.opener = opener;
        this.fileKey = name + ".file-id";
        this.positionKey = name + ".position";
    }

    @Override
    public void open(ExecutionContext context) {
        checkpointFile = context.containsKey(fileKey) ? context.getLong(fileKey) : 0;
        checkpointPosition = context.containsKey(positionKey) ? context.getLong(positionKey) : 0;
        lastFileId = 0;
    }

    @Override
    public Received<T> read() {
        if (reader == null && !openNextFile()) {
            return null;
        }
        long id = file.id();
        try {
            T current = lookahead != null ? lookahead : reader.next();
            lookahead = current == null ? null : reader.next();
            handedOut++;
            boolean last = current == null || lookahead == null;
            if (last) {
                closeFile();
            }
            return new Received<>(id, current, last, null);
        } catch (EdiException e) {
            closeFile();
            return new Received<>(id, null, true, e.getMessage());
        }
    }

    private boolean openNextFile() {
        InboundFile next = files.nextReceived(store, partner, documentTypes, lastFileId);
        if (next == null) {
            return false;
        }
        file = next;
        lastFileId = next.id();
        handedOut = 0;
        try {
            EdiItemReader<T> items = opener.open(next, Files.newInputStream(Path.of(next.localPath())));
            if (next.id() == checkpointFile && checkpointPosition > 0) {
                handedOut = items.skip(checkpointPosition);
            }
            reader = new ReadAheadReader<>(items);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + next.localPath(), e);
        }
        return true;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(fileKey, file == null ? 0 : file.id());
        context.putLong(positionKey, file == null ? 0 : handedOut);
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

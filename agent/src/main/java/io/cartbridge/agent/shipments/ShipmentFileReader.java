package io.cartbridge.agent.shipments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.x12.X12ShipNoticeReader;
import io.cartbridge.edi.x12.X12ShipmentAdviceReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The shipments of every received 945 and 856 file, file by file, one confirmation at a time. Its
 * checkpoint is the file and the number of shipments handed out from it: a restart reopens that file
 * and skips them, so a failure after chunk k of a large file resumes at chunk k+1.
 */
class ShipmentFileReader implements ItemStreamReader<ShipmentItem> {

    private static final String FILE = "shipment-file.id";
    private static final String POSITION = "shipment-file.position";

    private final String partner;
    private final InboundFiles files;
    private InboundFile file;
    private EdiItemReader<ShipmentConfirmation> reader;
    private ShipmentConfirmation lookahead;
    private long lastFileId;
    private long checkpointFile;
    private long checkpointPosition;

    ShipmentFileReader(String partner, InboundFiles files) {
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
    public ShipmentItem read() {
        while (true) {
            if (reader == null && !openNextFile()) {
                return null;
            }
            try {
                ShipmentConfirmation current = lookahead != null ? lookahead : reader.next();
                lookahead = current == null ? null : reader.next();
                if (current == null || lookahead == null) {
                    long id = file.id();
                    closeFile();
                    if (current == null) {
                        return new ShipmentItem(id, null, true, null);
                    }
                    return new ShipmentItem(id, current, true, null);
                }
                return new ShipmentItem(file.id(), current, false, null);
            } catch (EdiException e) {
                long id = file.id();
                closeFile();
                return new ShipmentItem(id, null, true, e.getMessage());
            }
        }
    }

    private boolean openNextFile() {
        InboundFile next = nextFile();
        if (next == null) {
            return false;
        }
        file = next;
        lastFileId = next.id();
        try {
            var in = Files.newInputStream(Path.of(next.localPath()));
            reader = next.documentType().equals("856") ? X12ShipNoticeReader.open(in) : X12ShipmentAdviceReader.open(in);
            if (next.id() == checkpointFile && checkpointPosition > 0) {
                reader.skip(checkpointPosition);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + next.localPath(), e);
        }
        return true;
    }

    private InboundFile nextFile() {
        InboundFile advice = files.nextReceived(partner, "945", lastFileId);
        InboundFile notice = files.nextReceived(partner, "856", lastFileId);
        if (advice == null) {
            return notice;
        }
        return notice == null || advice.id() < notice.id() ? advice : notice;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(FILE, file == null ? 0 : file.id());
        context.putLong(POSITION, reader == null ? 0 : reader.position() - (lookahead == null ? 0 : 1));
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

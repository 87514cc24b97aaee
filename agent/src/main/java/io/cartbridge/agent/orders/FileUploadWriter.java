package io.cartbridge.agent.orders;

import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Puts rendered files on the warehouse's server (temporary name, then rename), then marks the file
 * uploaded (its orders are sent with it) in the chunk's transaction, which also holds the file's claim: a
 * run of order-export or inbound-collect at the same moment skips the file rather than send it a second time. A crash between the upload and the commit leaves
 * the file RENDERED: the retry uploads the same bytes under the same name, replacing the first copy,
 * and the warehouse, should it have taken the first copy already, sees the same interchange
 * control number twice, which X12 partners treat as a duplicate.
 */
public class FileUploadWriter implements ItemStreamWriter<OutboundFile> {

    private final String outboundDir;
    private final long jobExecutionId;
    private final OutboundFiles files;
    private final OnDemandConnection connection;

    FileUploadWriter(WarehouseProperties partner, long jobExecutionId, WarehouseTransport transport, OutboundFiles files) {
        this.outboundDir = partner.sftp().outboundDir();
        this.jobExecutionId = jobExecutionId;
        this.connection = new OnDemandConnection(transport, partner);
        this.files = files;
    }

    @Override
    public void write(Chunk<? extends OutboundFile> chunk) {
        for (OutboundFile file : chunk) {
            if (!files.claimUpload(file.id())) {
                continue;           // uploaded meanwhile, or being uploaded by another run
            }
            connection.get().upload(outboundDir, file.fileName(), file.content());
            files.markUploaded(file.id(), jobExecutionId);
        }
    }


    @Override
    public void open(ExecutionContext executionContext) {
    }

    @Override
    public void close() {
        connection.close();
    }
}

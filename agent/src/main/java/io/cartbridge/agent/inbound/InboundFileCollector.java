package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.Arrival;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.transport.RemoteFile;
import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects one file: downloads it into the local inbox ({@link InboxDownloader}), classifies it
 * ({@link InboundClassifier}), and records it in the ledger as received, rejected (with the reason, and a copy in the
 * error folder) or duplicate, with the acknowledgments that answer it ({@link AckFiler}), all in the chunk's
 * transaction. Only after the ledger commit are the acknowledgments uploaded and the remote file archived, deleted or
 * left ({@link AfterDownload}); a crash before that leaves it on the server, and the next run, recognising it, only
 * applies the after-download policy to it.
 */
class InboundFileCollector implements ItemStreamWriter<RemoteFile> {

    private final String partner;
    private final long jobExecutionId;
    private final InboundFiles files;
    private final Path errors;
    private final OnDemandConnection connection;
    private final InboxDownloader downloader;
    private final InboundClassifier classifier;
    private final AckResponder acks;
    private final AfterDownload afterDownload;

    /**
     * @param connections the partner's connections, whose shops the files in its folder are for
     */
    InboundFileCollector(String partner, List<ConnectionContext> connections, long jobExecutionId, WarehouseTransport transport,
                         InboundFiles files, Path home, ControlNumbers controlNumbers, OutboundFiles outbound,
                         OrderLedger ledger, PlatformTransactionManager transactionManager) {
        this.partner = partner;
        this.jobExecutionId = jobExecutionId;
        this.files = files;
        WarehouseProperties settings = connections.get(0).partner();
        WarehouseProperties.Sftp sftp = settings.sftp();
        this.connection = new OnDemandConnection(transport, settings);
        this.errors = home.resolve("error").resolve(partner);
        this.downloader = new InboxDownloader(home.resolve("inbox").resolve(partner), sftp.inboundDir(), connection);
        this.classifier = new InboundClassifier(partner, settings.warehouseFormat(), PartnerLayout.of(settings),
                new Addressees(partner, connections), files, ledger);
        this.acks = new AckResponder(controlNumbers, outbound, connection, sftp.outboundDir(), jobExecutionId,
                new TransactionTemplate(transactionManager));
        this.afterDownload = AfterDownload.of(sftp);
    }

    @Override
    public void write(Chunk<? extends RemoteFile> chunk) {
        for (RemoteFile file : chunk) {
            List<AckFiler.FiledAck> filed = files.seen(partner, file.name(), file.size(), file.modified())
                    ? List.of() : collect(file);
            afterCommit(() -> {
                afterDownload.apply(connection, file.name());
                filed.forEach(acks::send);
            });
        }
    }

    /** Stores, classifies and records the file; returns the acknowledgments filed for it. */
    private List<AckFiler.FiledAck> collect(RemoteFile file) {
        try {
            InboxDownloader.Downloaded download = downloader.download(file);
            InboundClassifier.Classification c = classifier.classify(download.local(), download.sha256());
            if (c.state() == InboundFiles.State.REJECTED) {
                quarantine(download.local());
            }
            files.record(c.store(), partner, jobExecutionId, new Arrival(file.name(), file.size(), file.modified(),
                    c.readable().toString(), download.sha256(), c.report().format(), c.type().isEmpty() ? null : c.type(),
                    c.header().senderId(), c.header().controlReference(), c.state(), c.reason(), c.original()));
            return acks.file(c);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + file.name() + " in " + downloader.inbox() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A copy of a rejected file in the error folder, for the admin. */
    private void quarantine(Path local) throws IOException {
        Files.createDirectories(errors);
        Files.copy(local, errors.resolve(local.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
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

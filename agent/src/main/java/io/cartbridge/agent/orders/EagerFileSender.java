package io.cartbridge.agent.orders;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each file while order-extract goes on: as soon as the chunk that rendered a file commits,
 * a second thread uploads it, marks it uploaded, writes its orders' cart notes and marks it noted,
 * each in its own transaction, exactly as the upload and notes steps would. Those steps then only sweep up
 * what this thread did not finish (a failed upload, a crash), so uploading overlaps extracting.
 * The first failure stops eager sending for the rest of the step; it is logged, and the upload
 * step meets the same failure and reports it. Off with
 * {@code cartbridge.warehouse.upload-while-extracting=false}. One per step execution: two runs in one process
 * (a schedule and a manual run) each have their own thread, queue and connection.
 */
@Component
@StepScope
class EagerFileSender implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(EagerFileSender.class);
    private final ConnectionContext context;
    private final WarehouseProperties warehouse;
    private final OutboundFiles files;
    private final SentOrderNotes notes;
    private final OnDemandConnection connection;
    private final TransactionTemplate transactions;
    private ThreadPoolExecutor executor;
    private volatile long jobExecutionId;
    private volatile boolean stopped;

    EagerFileSender(ConnectionContexts contexts, @Value("#{stepExecutionContext['connection']}") String connection,
                    WarehouseTransport transport, OutboundFiles files, SentOrderNotes notes, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.context = contexts.of(connection);
        this.warehouse = context.partner();
        this.connection = new OnDemandConnection(transport, warehouse);
        this.files = files;
        this.notes = notes;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stopped = !warehouse.uploadWhileExtracting();
        jobExecutionId = stepExecution.getJobExecutionId();
        // a few files queued at most: beyond that the extracting thread waits, so memory stays bounded;
        // only the one sending thread touches the SFTP connection
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(4),
                r -> new Thread(r, "cartbridge-eager-upload-" + context.name()), (task, pool) -> {
                    try {
                        pool.getQueue().put(task);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    /** Called after the commit of the chunk that rendered the file. */
    void committed(long fileId, String fileName, byte[] content) {
        if (!stopped) {
            executor.execute(() -> send(fileId, fileName, content));
        }
    }

    private void send(long fileId, String fileName, byte[] content) {
        if (stopped) {
            return;
        }
        try {
            // the file uploaded and marked under its claim (never uploaded twice, also by another run), then the
            // cart notes and the file marked noted under that claim; a crash in between leaves an uploaded file
            // not noted, which the order-notes step notes (idempotently)
            Boolean uploaded = transactions.execute(tx -> {
                if (!files.claimUpload(fileId)) {
                    return false;
                }
                connection.get().upload(warehouse.sftp().outboundDir(), fileName, content);
                return files.markUploaded(fileId, jobExecutionId);
            });
            if (!Boolean.TRUE.equals(uploaded)) {
                return;
            }
            transactions.executeWithoutResult(tx -> {
                notes.write(fileId, context);
            });
        } catch (RuntimeException e) {
            stopped = true;
            log.warn("Sending {} while extracting failed; the upload step sends what is left: {}", fileName, e.getMessage());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.MINUTES)) {
                log.warn("Eager uploads still running after 30 minutes; the upload step takes over");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
        return null;
    }
}

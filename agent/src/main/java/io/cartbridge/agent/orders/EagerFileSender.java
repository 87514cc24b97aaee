package io.cartbridge.agent.orders;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Sends each file while order-extract goes on: as soon as the chunk that rendered a file commits,
 * a second thread uploads it, marks it uploaded, writes its orders' cart notes and marks it noted,
 * each in its own transaction, exactly as the upload and notes steps would. Those steps then only sweep up
 * what this thread did not finish (a failed upload, a crash), so uploading overlaps extracting.
 * The first failure stops eager sending for the rest of the step; it is logged, and the upload
 * step meets the same failure and reports it. Off with
 * {@code cartbridge.warehouse.upload-while-extracting=false}.
 */
@Component
class EagerFileSender implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(EagerFileSender.class);
    private final WarehouseProperties warehouse;
    private final OutboundFiles files;
    private final FileNotes notes;
    private final io.cartbridge.agent.support.FaultInjector faults;
    private final OnDemandConnection connection;
    private ThreadPoolExecutor executor;
    private volatile long jobExecutionId;
    private volatile boolean stopped;

    EagerFileSender(WarehouseProperties warehouse, WarehouseTransport transport, OutboundFiles files, FileNotes notes,
                    io.cartbridge.agent.support.FaultInjector faults) {
        this.warehouse = warehouse;
        this.connection = new OnDemandConnection(transport);
        this.files = files;
        this.notes = notes;
        this.faults = faults;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stopped = !warehouse.uploadWhileExtracting();
        jobExecutionId = stepExecution.getJobExecutionId();
        // a few files queued at most: beyond that the extracting thread waits, so memory stays bounded;
        // only the one sending thread touches the SFTP connection
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(4),
                r -> new Thread(r, "cartbridge-eager-upload"), (task, pool) -> {
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
            faults.check("eager.before-put");
            connection.get().upload(warehouse.sftp().outboundDir(), fileName, content);
            faults.check("eager.after-put");
            // the file marked uploaded first (never uploaded twice), then the cart notes, then the file marked
            // noted; a crash in between leaves an uploaded file not noted, which the order-notes step notes
            // (idempotently)
            if (!files.markUploaded(fileId, jobExecutionId)) {
                return;
            }
            faults.check("eager.after-mark");
            notes.write(fileId, "eager.after-cart");
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

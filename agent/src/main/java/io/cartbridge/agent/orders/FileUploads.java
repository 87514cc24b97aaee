package io.cartbridge.agent.orders;

import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.support.LedgerRowReader;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/** The file-upload step, of order-export and of inbound-collect (which renders 997s). */
public final class FileUploads {

    private FileUploads() {
    }

    /**
     * Puts every file not yet uploaded on the partner's server: the store's (order-export), or, with store null,
     * those of every store of the partner (inbound-collect, whose 997s are for any of them). It works from the
     * ledger's state, so any run finishes what an earlier one left.
     */
    public static Step step(String name, String store, String partner, JobRepository jobRepository,
                            PlatformTransactionManager transactionManager, OutboundFiles files, FileUploadWriter writer,
                            FailureDescriptions failures) {
        return new StepBuilder(name, jobRepository)
                .<OutboundFile, OutboundFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(new LedgerRowReader<>(afterId -> files.nextRendered(store, partner, afterId), OutboundFile::id))
                .writer(writer)
                .listener(failures)
                .build();
    }
}

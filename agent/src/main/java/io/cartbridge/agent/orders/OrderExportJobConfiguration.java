package io.cartbridge.agent.orders;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.Stores;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.support.LedgerRowReader;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.ShippingMethodProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * order-export: paid cart orders to the warehouse, in three restartable steps.
 * <ol>
 * <li>{@code order-extract}: read paid orders from the cart (keyset, checkpointed), check them, and
 * file each chunk as one interchange in the ledger (held orders recorded with their reason);</li>
 * <li>{@code file-upload}: put every file not yet uploaded on the partner's server (order files, and the
 * 997s that inbound-collect renders);</li>
 * <li>{@code order-notes}: leave a note in the cart on each order of every uploaded file not yet noted.</li>
 * </ol>
 * The upload and note steps work from the ledger's state, so any run, or a restart, finishes what
 * an earlier one left.
 */
@Configuration(proxyBeanMethods = false)
class OrderExportJobConfiguration {

    static final String JOB_NAME = "order-export";

    @Bean
    Job orderExportJob(JobRepository jobRepository, Step orderExtractStep, Step orderUploadStep, Step orderNotesStep,
                       FailureDescriptions failures) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(failures)
                .start(orderExtractStep)
                .next(orderUploadStep)
                .next(orderNotesStep)
                .build();
    }

    @Bean
    Step orderExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          OrderSource orderSource, OrderFileWriter orderFileWriter, WarehouseProperties warehouse,
                          ShippingMethodProperties shipping, ItemIdentity items, FailureDescriptions failures,
                          EagerFileSender eager, HeldOrderTally heldOrders) {
        return new StepBuilder("order-extract", jobRepository)
                .<CartOrder, OrderCandidate>chunk(warehouse.ordersPerFile())
                .transactionManager(transactionManager)
                .reader(orderSource)
                .processor(new OrderChecker(shipping, items))
                .writer(orderFileWriter)
                .listener(eager)
                .listener((ItemWriteListener<OrderCandidate>) heldOrders)
                .listener(failures)
                .build();
    }

    /** Shared with inbound-collect, which renders 997s: it sends whatever the ledger holds as rendered. */
    @Bean
    Step orderUploadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         OutboundFiles files, FileUploadWriter fileUploadWriter, WarehouseProperties warehouse,
                         FailureDescriptions failures) {
        return new StepBuilder("file-upload", jobRepository)
                .<OutboundFile, OutboundFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(new LedgerRowReader<>(afterId -> files.nextRendered(Stores.DEFAULT, warehouse.id(), afterId), OutboundFile::id))
                .writer(fileUploadWriter)
                .listener(failures)
                .build();
    }

    @Bean
    Step orderNotesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        OutboundFiles files, FileNotes notes, WarehouseProperties warehouse, FailureDescriptions failures) {
        return new StepBuilder("order-notes", jobRepository)
                .<OutboundFile, OutboundFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(new LedgerRowReader<>(afterId -> files.nextUnnoted(Stores.DEFAULT, warehouse.id(), afterId), OutboundFile::id))
                .writer(new OrderNoteWriter(notes))
                .listener(failures)
                .build();
    }

    @Bean
    @StepScope
    OrderSource orderSource(CartDatabase cart, WarehouseProperties warehouse) {
        return cart.plugin().orderSource(warehouse.ordersPerFile());
    }

    @Bean
    @StepScope
    OrderFileWriter orderFileWriter(WarehouseProperties warehouse, OrderLedger ledger, OutboundFiles files,
                                    ControlNumbers controlNumbers, EagerFileSender eager,
                                    ItemIdentity items, @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        warehouse.validate();
        return new OrderFileWriter(Stores.DEFAULT, warehouse.id(), jobExecutionId, ledger, files, controlNumbers,
                new OrderFileRenderer(Stores.DEFAULT, warehouse, items), eager);
    }

    @Bean
    @StepScope
    FileUploadWriter fileUploadWriter(WarehouseProperties warehouse, WarehouseTransport transport, OutboundFiles files,
                                      @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        return new FileUploadWriter(warehouse.sftp().outboundDir(), jobExecutionId, transport, files);
    }
}

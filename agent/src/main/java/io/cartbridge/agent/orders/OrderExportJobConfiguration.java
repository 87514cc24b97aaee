package io.cartbridge.agent.orders;

import java.util.List;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.support.LedgerRowReader;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
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
 * an earlier one left. Each connection is a partition of the run ({@link Partitions}), its steps named
 * {@code order-extract:<connection>} and so on; a store's connections each read the store's orders and take
 * those routed to them.
 */
@Configuration(proxyBeanMethods = false)
class OrderExportJobConfiguration {

    static final String JOB_NAME = "order-export";
    static final String EXTRACT = "order-extract";
    static final String UPLOAD = "file-upload";
    static final String NOTES = "order-notes";
    /** The step execution context key of the connection a step works for. */
    static final String CONNECTION = "#{stepExecutionContext['connection']}";

    @Bean
    Job orderExportJob(Partitions partitions, ConnectionContexts contexts, JobRepository jobRepository,
                       PlatformTransactionManager transactionManager, OrderPageReader orderSource, OrderFileWriter orderFileWriter,
                       EagerFileSender eager, HeldOrderTally heldOrders, OutboundFiles files, FileUploadWriter fileUploadWriter,
                       SentOrderNotes notes, FailureDescriptions failures) {
        return partitions.job(JOB_NAME, Partitions.By.CONNECTION, name -> {
            ConnectionContext c = contexts.of(name);
            return List.of(
                    extractStep(c, jobRepository, transactionManager, orderSource, orderFileWriter, contexts, failures, eager, heldOrders),
                    FileUploads.step(Partitions.stepName(UPLOAD, name), c.store(), c.partnerId(), jobRepository, transactionManager,
                            files, fileUploadWriter, failures),
                    notesStep(c, jobRepository, transactionManager, files, notes, failures));
        });
    }

    private static Step extractStep(ConnectionContext c, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    OrderPageReader orderSource, OrderFileWriter orderFileWriter, ConnectionContexts contexts,
                                    FailureDescriptions failures, EagerFileSender eager, HeldOrderTally heldOrders) {
        return new StepBuilder(Partitions.stepName(EXTRACT, c.name()), jobRepository)
                .<CartOrder, OrderCandidate>chunk(c.partner().ordersPerFile())
                .transactionManager(transactionManager)
                .reader(orderSource)
                .processor(new OrderChecker(c.shipping(), c.items(), contexts.connections(), c.connection()))
                .writer(orderFileWriter)
                .listener(eager)
                .listener((ItemWriteListener<OrderCandidate>) heldOrders)
                .listener(failures)
                .build();
    }

    private static Step notesStep(ConnectionContext c, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  OutboundFiles files, SentOrderNotes notes, FailureDescriptions failures) {
        return new StepBuilder(Partitions.stepName(NOTES, c.name()), jobRepository)
                .<OutboundFile, OutboundFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(new LedgerRowReader<>(afterId -> files.nextUnnoted(c.store(), c.partnerId(), afterId), OutboundFile::id))
                .writer(new OrderNoteWriter(notes, c))
                .listener(failures)
                .build();
    }

    @Bean
    @StepScope
    OrderPageReader orderSource(ConnectionContexts contexts, @Value(CONNECTION) String connection) {
        ConnectionContext c = contexts.of(connection);
        return new OrderPageReader(c.cart().plugin().orderSource(), c.partner().ordersPerFile());
    }

    @Bean
    @StepScope
    OrderFileWriter orderFileWriter(ConnectionContexts contexts, OrderLedger ledger, OutboundFiles files,
                                    ControlNumbers controlNumbers, EagerFileSender eager,
                                    @Value(CONNECTION) String connection,
                                    @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        ConnectionContext c = contexts.of(connection);
        return new OrderFileWriter(c.store(), c.partnerId(), jobExecutionId, ledger, files, controlNumbers,
                new OrderFileRenderer(c.store(), c.partner(), c.items()), eager);
    }

    /** The partner of the step's connection, or, in inbound-collect, the step's partner. */
    @Bean
    @StepScope
    FileUploadWriter fileUploadWriter(ConnectionContexts contexts, WarehouseTransport transport, OutboundFiles files,
                                      @Value("#{stepExecutionContext['connection']}") String connection,
                                      @Value("#{stepExecutionContext['partner']}") String partner,
                                      @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        ConnectionContext c = connection != null ? contexts.of(connection) : contexts.ofPartner(partner).get(0);
        return new FileUploadWriter(c.partner(), jobExecutionId, transport, files);
    }
}

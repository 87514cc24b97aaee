package io.cartbridge.agent.inventory;

import java.util.List;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.inbound.ReceivedItemReader;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.WorkLocks;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.WarehouseFormats;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * inventory-import: the stock snapshots (846) that inbound-collect received, set as the cart's stock
 * per SKU, less what is promised to orders the warehouse had not seen; streamed and checkpointed. One partition
 * per connection: the snapshots of its partner recorded for its store.
 */
@Configuration(proxyBeanMethods = false)
class InventoryImportJobConfiguration {

    static final String JOB_NAME = "inventory-import";
    static final String APPLY = "inventory-apply";
    private static final int CHUNK = 2500;

    @Bean
    Job inventoryImportJob(Partitions partitions, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ExclusiveReader<Received<SnapshotItem>> inventoryFileReader, InventoryApplier inventoryApplier,
                           FailureDescriptions failures) {
        return partitions.job(JOB_NAME, Partitions.By.CONNECTION, name -> List.of(
                new StepBuilder(Partitions.stepName(APPLY, name), jobRepository)
                        .<Received<SnapshotItem>, Received<SnapshotItem>>chunk(CHUNK)
                        .transactionManager(transactionManager)
                        .reader(inventoryFileReader)
                        .writer(inventoryApplier)
                        .listener(failures)
                        .build()));
    }

    @Bean
    @StepScope
    ExclusiveReader<Received<SnapshotItem>> inventoryFileReader(ConnectionContexts contexts, InboundFiles files, WorkLocks locks,
                                                                @Value("#{stepExecutionContext['connection']}") String connection,
                                                                @Value("#{stepExecution}") StepExecution step) {
        ConnectionContext c = contexts.of(connection);
        ReceivedItemReader<SnapshotItem> snapshots = new ReceivedItemReader<>(c.store(), c.partnerId(), files,
                WarehouseFormats.documentTypes(DocumentKind.INVENTORY_SNAPSHOT),
                "inventory-file", (file, in) -> SnapshotItem.reader(in));
        return new ExclusiveReader<>(snapshots, locks, JOB_NAME + ":" + c.store() + ":" + c.partnerId(),
                JOB_NAME + " job execution " + step.getJobExecutionId());
    }

    @Bean
    @StepScope
    InventoryApplier inventoryApplier(ConnectionContexts contexts, OrderLedger ledger, InboundFiles files,
                                      @Value("#{stepExecutionContext['connection']}") String connection) {
        ConnectionContext c = contexts.of(connection);
        return new InventoryApplier(c.store(), c.partnerId(), c.partner().stockQuantityKind(), c.items(), c.cart(), ledger, files);
    }
}

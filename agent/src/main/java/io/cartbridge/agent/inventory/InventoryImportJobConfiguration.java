package io.cartbridge.agent.inventory;

import java.util.List;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.inbound.ReceivedItemReader;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.Stores;
import io.cartbridge.agent.ledger.WorkLocks;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
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
 * per SKU, less what is promised to orders the warehouse had not seen; streamed and checkpointed.
 */
@Configuration(proxyBeanMethods = false)
class InventoryImportJobConfiguration {

    static final String JOB_NAME = "inventory-import";
    private static final int CHUNK = 2500;

    @Bean
    Job inventoryImportJob(JobRepository jobRepository, Step inventoryApplyStep, FailureDescriptions failures) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(failures).start(inventoryApplyStep).build();
    }

    @Bean
    Step inventoryApplyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ExclusiveReader<Received<SnapshotItem>> inventoryFileReader, InventoryApplier inventoryApplier,
                            FailureDescriptions failures) {
        return new StepBuilder("inventory-apply", jobRepository)
                .<Received<SnapshotItem>, Received<SnapshotItem>>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(inventoryFileReader)
                .writer(inventoryApplier)
                .listener(failures)
                .build();
    }

    @Bean
    @StepScope
    ExclusiveReader<Received<SnapshotItem>> inventoryFileReader(WarehouseProperties warehouse, InboundFiles files,
                                                                WorkLocks locks,
                                                                @Value("#{stepExecution}") StepExecution step) {
        ReceivedItemReader<SnapshotItem> snapshots = new ReceivedItemReader<>(Stores.DEFAULT, warehouse.id(), files, List.of("846"),
                "inventory-file", (file, in) -> SnapshotItem.reader(in));
        return new ExclusiveReader<>(snapshots, locks, JOB_NAME + ":" + warehouse.id(),
                JOB_NAME + " job execution " + step.getJobExecutionId());
    }

    @Bean
    @StepScope
    InventoryApplier inventoryApplier(WarehouseProperties warehouse, CartDatabase cart, OrderLedger ledger,
                                      InboundFiles files, ItemIdentity items) {
        return new InventoryApplier(Stores.DEFAULT, warehouse.id(), warehouse.stockQuantity(), items, cart, ledger, files);
    }
}

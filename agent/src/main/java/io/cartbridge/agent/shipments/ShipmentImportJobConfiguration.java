package io.cartbridge.agent.shipments;

import java.util.List;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.inbound.ReceivedItemReader;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Stores;
import io.cartbridge.agent.ledger.WorkLocks;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.x12.X12ShipNoticeReader;
import io.cartbridge.edi.x12.X12ShipmentAdviceReader;
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
 * shipment-import: the shipment confirmations (945, 856) that inbound-collect received, applied to
 * the cart: tracking numbers, notes, order completed when everything shipped. Checkpointed within a
 * file; each warehouse shipment applied once per order it covers.
 */
@Configuration(proxyBeanMethods = false)
class ShipmentImportJobConfiguration {

    static final String JOB_NAME = "shipment-import";

    @Bean
    Job shipmentImportJob(JobRepository jobRepository, Step shipmentApplyStep, FailureDescriptions failures) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(failures).start(shipmentApplyStep).build();
    }

    @Bean
    Step shipmentApplyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ExclusiveReader<Received<ShipmentConfirmation>> shipmentFileReader, ShipmentApplier shipmentApplier,
                           FailureDescriptions failures,
                           @Value("${cartbridge.shipment-import.chunk-size:200}") int chunkSize) {
        return new StepBuilder("shipment-apply", jobRepository)
                .<Received<ShipmentConfirmation>, Received<ShipmentConfirmation>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(shipmentFileReader)
                .writer(shipmentApplier)
                .listener(failures)
                .build();
    }

    @Bean
    @StepScope
    ExclusiveReader<Received<ShipmentConfirmation>> shipmentFileReader(WarehouseProperties warehouse, InboundFiles files,
                                                                       WorkLocks locks,
                                                                       @Value("#{stepExecution}") StepExecution step) {
        ReceivedItemReader<ShipmentConfirmation> notices = new ReceivedItemReader<>(Stores.DEFAULT, warehouse.id(), files,
                List.of("945", "856"),
                "shipment-file",
                (file, in) -> "856".equals(file.documentType()) ? X12ShipNoticeReader.open(in) : X12ShipmentAdviceReader.open(in));
        return new ExclusiveReader<>(notices, locks, JOB_NAME + ":" + warehouse.id(),
                JOB_NAME + " job execution " + step.getJobExecutionId());
    }

    @Bean
    @StepScope
    ShipmentApplier shipmentApplier(WarehouseProperties warehouse, CartDatabase cart, Shipments shipments,
                                    InboundFiles files, ItemIdentity items,
                                    @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        return new ShipmentApplier(Stores.DEFAULT, warehouse.id(), jobExecutionId, cart, shipments, files, items);
    }
}

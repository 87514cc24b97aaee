package io.cartbridge.agent.shipments;

import java.util.List;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.inbound.ReceivedFormat;
import io.cartbridge.agent.inbound.ReceivedItemReader;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.WorkLocks;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.ShipmentConfirmation;
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
 * shipment-import: the shipment confirmations (X12 945, 856, in any format) that inbound-collect received, applied to
 * the cart: tracking numbers, notes, order completed when everything shipped. Checkpointed within a
 * file; each warehouse shipment applied once per order it covers. One partition per connection: the files of
 * its partner recorded for its store, applied to its store.
 */
@Configuration(proxyBeanMethods = false)
class ShipmentImportJobConfiguration {

    static final String JOB_NAME = "shipment-import";
    static final String APPLY = "shipment-apply";

    @Bean
    Job shipmentImportJob(Partitions partitions, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ExclusiveReader<Received<ShipmentConfirmation>> shipmentFileReader, ShipmentApplier shipmentApplier,
                          FailureDescriptions failures, @Value("${cartbridge.shipment-import.chunk-size:200}") int chunkSize) {
        return partitions.job(JOB_NAME, Partitions.By.CONNECTION, name -> List.of(
                new StepBuilder(Partitions.stepName(APPLY, name), jobRepository)
                        .<Received<ShipmentConfirmation>, Received<ShipmentConfirmation>>chunk(chunkSize)
                        .transactionManager(transactionManager)
                        .reader(shipmentFileReader)
                        .writer(shipmentApplier)
                        .listener(failures)
                        .build()));
    }

    @Bean
    @StepScope
    ExclusiveReader<Received<ShipmentConfirmation>> shipmentFileReader(ConnectionContexts contexts, InboundFiles files,
                                                                       WorkLocks locks,
                                                                       @Value("#{stepExecutionContext['connection']}") String connection,
                                                                       @Value("#{stepExecution}") StepExecution step) {
        ConnectionContext c = contexts.of(connection);
        ReceivedItemReader<ShipmentConfirmation> notices = new ReceivedItemReader<>(c.store(), c.partnerId(), files,
                WarehouseFormats.documentTypes(DocumentKind.SHIPMENT_CONFIRMATION),
                "shipment-file",
                (file, in) -> ReceivedFormat.open(in, (format, stream) -> format.shipmentConfirmations(file.documentType(), stream)));
        return new ExclusiveReader<>(notices, locks, JOB_NAME + ":" + c.store() + ":" + c.partnerId(),
                JOB_NAME + " job execution " + step.getJobExecutionId());
    }

    @Bean
    @StepScope
    ShipmentApplier shipmentApplier(ConnectionContexts contexts, Shipments shipments, InboundFiles files,
                                    @Value("#{stepExecutionContext['connection']}") String connection,
                                    @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        ConnectionContext c = contexts.of(connection);
        return new ShipmentApplier(c.store(), c.partnerId(), jobExecutionId, c.cart(), shipments, files, c.items());
    }
}

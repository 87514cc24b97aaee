package io.cartbridge.agent.inbound;

import java.util.List;

import io.cartbridge.agent.config.AgentProperties;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.WorkLocks;
import io.cartbridge.agent.orders.FileUploadWriter;
import io.cartbridge.agent.orders.FileUploads;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.support.LedgerRowReader;
import io.cartbridge.agent.transport.RemoteFile;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.WarehouseFormats;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * inbound-collect: the files the warehouse left in its outbound folder, into the local inbox and the
 * ledger, one file per transaction, each X12 interchange answered with a 997 (accepting, or rejecting
 * with what failed); then archived (or deleted, or left) on the server. The warehouse's own 997s then
 * mark the order files they acknowledge ACCEPTED or REJECTED, and a last step sends the 997s that
 * could not be sent at once. This job only collects: shipment-import and inventory-import apply what it recorded as
 * received.
 * One partition per partner: its folder may carry files for several of its shops, each recorded for the shop it is
 * addressed to ({@link Addressees}).
 */
@Configuration(proxyBeanMethods = false)
class InboundCollectJobConfiguration {

    static final String JOB_NAME = "inbound-collect";
    static final String PARTNER = "#{stepExecutionContext['partner']}";
    private static final List<String> ACKNOWLEDGMENTS = WarehouseFormats.documentTypes(DocumentKind.ACKNOWLEDGMENT);

    @Bean
    Job inboundCollectJob(Partitions partitions, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ExclusiveReader<RemoteFile> readyFileReader, InboundFileCollector inboundFileCollector,
                          InboundFiles inbound, OutboundFiles outbound, FileUploadWriter fileUploadWriter,
                          FailureDescriptions failures) {
        return partitions.job(JOB_NAME, Partitions.By.PARTNER, partner -> List.of(
                new StepBuilder(Partitions.stepName("inbound-collect", partner), jobRepository)
                        .<RemoteFile, RemoteFile>chunk(1)
                        .transactionManager(transactionManager)
                        .reader(readyFileReader)
                        .writer(inboundFileCollector)
                        .listener(failures)
                        .build(),
                new StepBuilder(Partitions.stepName("ack-apply", partner), jobRepository)
                        .<InboundFile, InboundFile>chunk(1)
                        .transactionManager(transactionManager)
                        .reader(new LedgerRowReader<>(afterId -> inbound.nextReceived(null, partner, ACKNOWLEDGMENTS, afterId),
                                InboundFile::id))
                        .writer(new AckApplier(partner, inbound, outbound))
                        .listener(failures)
                        .build(),
                FileUploads.step(Partitions.stepName("file-upload", partner), null, partner, jobRepository, transactionManager,
                        outbound, fileUploadWriter, failures)));
    }

    @Bean
    @StepScope
    ExclusiveReader<RemoteFile> readyFileReader(ConnectionContexts contexts, WarehouseTransport transport, WorkLocks locks,
                                                @Value(PARTNER) String partner, @Value("#{stepExecution}") StepExecution step) {
        WarehouseProperties settings = contexts.ofPartner(partner).get(0).partner();
        return new ExclusiveReader<>(new ReadyFileReader(settings, transport), locks, JOB_NAME + ":" + partner,
                JOB_NAME + " job execution " + step.getJobExecutionId());
    }

    @Bean
    @StepScope
    InboundFileCollector inboundFileCollector(ConnectionContexts contexts, WarehouseTransport transport,
                                              InboundFiles files, AgentProperties agent, ControlNumbers controlNumbers,
                                              OutboundFiles outbound, OrderLedger ledger,
                                              PlatformTransactionManager transactionManager, @Value(PARTNER) String partner,
                                              @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        return new InboundFileCollector(partner, contexts.ofPartner(partner), jobExecutionId, transport, files, agent.home(),
                controlNumbers, outbound, ledger, transactionManager);
    }
}

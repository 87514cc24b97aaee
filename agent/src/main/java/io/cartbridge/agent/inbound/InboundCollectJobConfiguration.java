package io.cartbridge.agent.inbound;

import java.util.List;

import io.cartbridge.agent.config.AgentProperties;
import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.Stores;
import io.cartbridge.agent.ledger.WorkLocks;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.support.LedgerRowReader;
import io.cartbridge.agent.transport.RemoteFile;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
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
 * inbound-collect: the files the warehouse left in its outbound folder, into the local inbox and the
 * ledger, one file per transaction, each X12 interchange answered with a 997 (accepting, or rejecting
 * with what failed); then archived (or deleted, or left) on the server. The warehouse's own 997s then
 * mark the order files they acknowledge ACCEPTED or REJECTED, and a last step sends the 997s that
 * could not be sent at once. The import jobs of issue 3 apply what this job recorded as received.
 */
@Configuration(proxyBeanMethods = false)
class InboundCollectJobConfiguration {

    static final String JOB_NAME = "inbound-collect";

    @Bean
    Job inboundCollectJob(JobRepository jobRepository, Step inboundCollectStep, Step ackApplyStep, Step orderUploadStep,
                          FailureDescriptions failures) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(failures)
                .start(inboundCollectStep)
                .next(ackApplyStep)
                .next(orderUploadStep)
                .build();
    }

    @Bean
    Step ackApplyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      WarehouseProperties warehouse, InboundFiles inbound, OutboundFiles outbound,
                      FailureDescriptions failures) {
        return new StepBuilder("ack-apply", jobRepository)
                .<InboundFile, InboundFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(new LedgerRowReader<>(afterId -> inbound.nextReceived(Stores.DEFAULT, warehouse.id(), List.of("997", "999"), afterId),
                        InboundFile::id))
                .writer(new AckApplier(Stores.DEFAULT, warehouse.id(), inbound, outbound))
                .listener(failures)
                .build();
    }

    @Bean
    Step inboundCollectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ExclusiveReader<RemoteFile> readyFileReader, InboundFileCollector inboundFileCollector,
                            FailureDescriptions failures) {
        return new StepBuilder("inbound-collect", jobRepository)
                .<RemoteFile, RemoteFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(readyFileReader)
                .writer(inboundFileCollector)
                .listener(failures)
                .build();
    }

    @Bean
    @StepScope
    ExclusiveReader<RemoteFile> readyFileReader(WarehouseProperties warehouse, WarehouseTransport transport, WorkLocks locks,
                                                @Value("#{stepExecution}") StepExecution step) {
        return new ExclusiveReader<>(new ReadyFileReader(warehouse.sftp(), transport), locks, JOB_NAME + ":" + warehouse.id(),
                JOB_NAME + " job execution " + step.getJobExecutionId());
    }

    @Bean
    @StepScope
    InboundFileCollector inboundFileCollector(WarehouseProperties warehouse, WarehouseTransport transport,
                                              InboundFiles files, AgentProperties agent, ControlNumbers controlNumbers,
                                              OutboundFiles outbound, PlatformTransactionManager transactionManager,
                                              @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        warehouse.validate();
        return new InboundFileCollector(Stores.DEFAULT, warehouse.id(), jobExecutionId, warehouse.sftp(), transport, files,
                agent.home(), new Acknowledgments(Stores.DEFAULT, warehouse, controlNumbers, outbound), outbound,
                transactionManager);
    }
}

package io.cartbridge.agent.connections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.support.FailureDescriptions;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionStep;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Makes every job a partitioned step: one partition per connection (or, for work on a partner's folder, per
 * partner), {@code cartbridge.concurrency} partitions at once (default 2). A partition runs the job's steps for its
 * connection in order, each a step execution of its own named {@code <step>:<partition>}, so a restart finds each
 * connection's checkpoint; a failed partition does not stop the others, and a restart re-runs only the partitions
 * that did not complete, from the step that failed. A run with the job parameter {@value #CONNECTION_PARAMETER}
 * runs that connection's partition only.
 *
 * <p>The partition's work depends only on its step execution context (the key {@link By#key()}), never on the
 * manager's state, so that the partitions can later run on other machines.
 */
@Component
public class Partitions {

    /** The job parameter naming the one connection a run works on. */
    public static final String CONNECTION_PARAMETER = "connection";

    private static final int CONNECTIONS_PER_PARTITION = 4;

    /** The key, in a partition's own step execution context, of the partition's name. */
    public static final String PARTITION_KEY = FailureDescriptions.PARTITION_KEY;

    /** What a job's partitions are. */
    public enum By {
        /** One partition per connection; step-scoped beans read {@code #{stepExecutionContext['connection']}}. */
        CONNECTION("connection"),
        /** One per partner (a partner's folder is shared by its connections); {@code #{stepExecutionContext['partner']}}. */
        PARTNER("partner");

        private final String key;

        By(String key) {
            this.key = key;
        }

        /** {@return the step execution context key that holds the partition's name} */
        public String key() {
            return key;
        }
    }

    private final JobRepository jobRepository;
    private final Connections connections;
    private final FailureDescriptions failures;
    private final int concurrency;
    private final StepInterruptionPolicy interruption;
    private final Map<String, By> jobs = new ConcurrentHashMap<>();

    /**
     * @param interruption checked by every step at each chunk boundary, and by a partition before each step: the
     *                     agent's drain on shutdown ({@code serve} package), which stops steps from their own thread
     */
    Partitions(JobRepository jobRepository, Connections connections, FailureDescriptions failures, DataSource agentDatabase,
               @Value("${cartbridge.concurrency:2}") int concurrency, StepInterruptionPolicy interruption) {
        if (concurrency < 1) {
            throw new ConfigurationException("cartbridge.concurrency must be at least 1, not " + concurrency);
        }
        // each partition may hold a chunk transaction's, an eager sender's and a work lock's connection at once, and
        // the job repository needs its own: too small a pool would have the partitions wait on each other
        int needed = CONNECTIONS_PER_PARTITION * concurrency + 2;
        if (agentDatabase instanceof HikariDataSource pool && pool.getMaximumPoolSize() < needed) {
            throw new ConfigurationException("cartbridge.concurrency " + concurrency + " needs at least " + needed
                    + " connections to the agent database; spring.datasource.hikari.maximum-pool-size is "
                    + pool.getMaximumPoolSize());
        }
        this.jobRepository = jobRepository;
        this.connections = connections;
        this.failures = failures;
        this.concurrency = concurrency;
        this.interruption = interruption;
    }

    /**
     * The job: one partitioned step named like the job.
     *
     * @param steps the steps of one partition, in order, made for the partition's name (each step's name is given
     *              by {@link #stepName}); called once per partition execution
     */
    public Job job(String name, By by, Function<String, List<Step>> steps) {
        PartitionStep manager = new PartitionStep(jobRepository);
        manager.setName(name);
        manager.setStepExecutionSplitter(new Splitter(name, by));
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        jobs.put(name, by);
        handler.setStep(new PartitionWork(name + "-partition", jobRepository, by, steps, failures, interruption));
        handler.setGridSize(concurrency);
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(concurrency);
        handler.setTaskExecutor(threads);
        manager.setPartitionHandler(handler);
        manager.registerStepExecutionListener(failures);
        try {
            handler.afterPropertiesSet();
            manager.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new JobBuilder(name, jobRepository).listener(failures).start(manager).build();
    }

    /** {@return the name of a step of a partition: {@code order-extract:eu-shop}} */
    public static String stepName(String step, String partition) {
        return step + ":" + partition;
    }

    /**
     * {@return the names of the partitions a run of the job covers: every connection's (or partner's), or those of
     * the one connection named, in declared order}
     *
     * @param connection the job parameter {@value #CONNECTION_PARAMETER}, or null
     */
    public List<String> partitionNames(String job, String connection) {
        By by = jobs.get(job);
        if (by == null) {
            throw new IllegalArgumentException("no partitioned job " + job);
        }
        return List.copyOf(partitions(by, connection).keySet());
    }

    /** The partitions of a run: every connection's (or partner's), or those of the connection it names. */
    Map<String, ExecutionContext> partitions(By by, String only) {
        List<Connection> chosen = only == null ? connections.all() : List.of(connections.get(only));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Connection c : chosen) {
            String partition = by == By.CONNECTION ? c.name() : c.partner().id();
            partitions.computeIfAbsent(partition, p -> {
                ExecutionContext context = new ExecutionContext();
                context.putString(by.key(), p);
                context.putString(By.PARTNER.key(), c.partner().id());
                return context;
            });
        }
        return partitions;
    }

    /** Splits a run into its partitions, reading the connection it names from its job parameters. */
    private final class Splitter implements StepExecutionSplitter {

        private final String name;
        private final By by;

        Splitter(String name, By by) {
            this.name = name;
            this.by = by;
        }

        @Override
        public String getStepName() {
            return name;
        }

        @Override
        public Set<StepExecution> split(StepExecution manager, int gridSize) throws org.springframework.batch.core.job.JobExecutionException {
            String only = manager.getJobParameters().getString(CONNECTION_PARAMETER);
            return new SimpleStepExecutionSplitter(jobRepository, name, size -> partitions(by, only)).split(manager, gridSize);
        }
    }
}

package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.serve.JobLocks;
import io.cartbridge.agent.serve.RunRefusedException;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.LockConflicts;
import io.cartbridge.agent.support.RunSummarizer;
import io.cartbridge.agent.support.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The commands that work on the agent's database: jobs, executions, the ledger. */
@Component
public class AdminCommands {

    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);
    private static final String COLLECT = "inbound-collect";
    /** The jobs that apply what inbound-collect brings: {@code run} and the schedules collect first. */
    private static final Set<String> COLLECTS_FIRST = Set.of("shipment-import", "inventory-import");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final Map<String, RunSummarizer> summarizers;
    private final ExecutionQueries queries;
    private final Connections connections;
    private final LedgerCommands ledger;
    private final ConnectionsCommand connectionsCommand;
    private final JobLocks locks;
    private final OrderTrails trails;

    AdminCommands(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, List<RunSummarizer> summarizers,
                  ExecutionQueries queries, Connections connections, LedgerCommands ledger, ConnectionsCommand connectionsCommand,
                  JobLocks locks, OrderTrails trails) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.summarizers = summarizers.stream().collect(Collectors.toMap(RunSummarizer::jobName, Function.identity()));
        this.queries = queries;
        this.connections = connections;
        this.ledger = ledger;
        this.connectionsCommand = connectionsCommand;
        this.locks = locks;
        this.trails = trails;
    }

    int execute(CommandLine line, PrintStream out) {
        String connection = line.options().get("connection");
        return switch (line.command()) {
            case "run" -> {
                String job = line.argument(0, "a job name: " + String.join(", ", jobs.keySet()));
                int exit = 0;
                for (JobExecution execution : line.options().containsKey("no-collect") ? List.of(run(job, connection))
                        : runCollectingFirst(job, connection)) {
                    exit = Math.max(exit, report(execution, out));
                }
                yield exit;
            }
            case "executions" -> {
                queries.printExecutions(line.options().get("job"), line.options().get("status"),
                        connection == null ? null : PartitionSteps.of(connections.get(connection)), line.intOption("limit", 20), out);
                yield 0;
            }
            case "execution" -> execution(line.id("an execution id"), out);
            case "restart" -> report(restart(line.id("an execution id")), out);
            case "stop" -> stop(line.id("an execution id"), out);
            case "abandon" -> abandon(line.id("an execution id"), out);
            case "held" -> ledger.held(connection, out);
            case "files" -> ledger.files(line.options().get("state"), connection, out);
            case "resend" -> ledger.resend(line.argument(0, "a cart order id"), connection, out);
            case "connections" -> connectionsCommand.print(out);
            case "order" -> trails.print(line.argument(0, "an order number"), connection, out);
            default -> throw new UsageException("unknown command " + line.command());
        };
    }

    /**
     * Runs the job as its schedule does: shipment-import and inventory-import after an inbound-collect of the same
     * connection (or of every one), so that they apply what the warehouse has just sent; other jobs alone. The
     * import runs even if the collect failed: the files collected before are still to be applied.
     *
     * @param connection the one connection to run, or null for every one
     * @return the runs, in order
     * @throws RunRefusedException when a run's lock is held: the runs before it are done
     */
    public List<JobExecution> runCollectingFirst(String jobName, String connection) {
        if (!COLLECTS_FIRST.contains(jobName)) {
            return List.of(run(jobName, connection));
        }
        JobExecution collect = run(COLLECT, connection);
        return List.of(collect, run(jobName, connection));
    }

    /** Starts a new run of the job for every connection, after checking the settings it needs. */
    public JobExecution run(String jobName) {
        return run(jobName, null);
    }

    /**
     * Starts a new run of the job, after checking the settings it needs, holding the job's locks while it runs.
     *
     * @param connection the one connection to run (job parameter {@code connection}), or null for every one
     * @throws RunRefusedException when another run of the job for that connection (or, without one, for any
     *                             connection) holds its lock, or the agent is shutting down
     */
    public JobExecution run(String jobName, String connection) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new UsageException("no job '" + jobName + "'; jobs: " + String.join(", ", jobs.keySet()));
        }
        ChosenConnections.of(connections, connection);
        connections.requireJobsCanRun();
        JobParametersBuilder parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString());
        if (connection != null) {
            parameters.addString("connection", connection);
        }
        try (JobLocks.Held held = locks.acquire(jobName, connection)) {
            return restartingLockConflicts(jobOperator.start(job, parameters.toJobParameters()));
        } catch (RunRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start " + jobName + ": " + e.getMessage(), e);
        }
    }

    /**
     * A run that lost a lock conflict with another run (a deadlock) is restarted from its checkpoint, a few
     * times, rather than shown as failed: its chunk rolled back whole, so doing it again is safe.
     */
    private JobExecution restartingLockConflicts(JobExecution execution) throws Exception {
        for (int attempt = 1; attempt <= LockConflicts.RETRIES && LockConflicts.failedOn(execution); attempt++) {
            log.warn("Execution {} of {} lost a lock conflict with another run; restarting it from its checkpoint",
                    execution.getId(), execution.getJobInstance().getJobName());
            execution = jobOperator.restart(execution);
        }
        return execution;
    }

    /**
     * Restarts a failed or stopped execution, holding its job's locks while it runs; one left STARTED by a crashed
     * agent is recovered first, once its lock says that no agent runs it.
     *
     * @throws RunRefusedException when a run of the job for the execution's connection holds its lock
     */
    public JobExecution restart(long executionId) {
        JobExecution found = existing(executionId);
        try (JobLocks.Held held = locks.acquire(found.getJobInstance().getJobName(),
                found.getJobParameters().getString(Partitions.CONNECTION_PARAMETER))) {
            return restartHolding(executionId);
        }
    }

    private JobExecution restartHolding(long executionId) {
        JobExecution execution = existing(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new UsageException("execution " + executionId + " is " + execution.getStatus() + " and cannot be restarted");
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getId() != executionId) {
            throw new UsageException("execution " + executionId + " was already restarted as execution " + last.getId()
                    + " (" + last.getStatus() + ")" + (last.getStatus() == BatchStatus.COMPLETED ? "" : "; restart that one"));
        }
        connections.requireJobsCanRun();
        ChosenConnections.configured(connections);
        if (execution.getStatus().isRunning()) {
            execution = jobOperator.recover(execution);
        }
        try {
            return restartingLockConflicts(jobOperator.restart(execution));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot restart execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    /** Prints the execution with its steps, then what it did; 0 if it completed, else 1. */
    public int report(JobExecution execution, PrintStream out) {
        queries.printExecution(execution.getId(), out);
        RunSummary summary = summary(execution);
        if (summary != null) {
            out.println();
            RunSummaryPrinter.print(summary, out);
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getExecutionContext().containsKey(ExclusiveReader.HELD_BY_KEY)) {
                String name = step.getStepName();
                // order-extract:eu-shop is said "order-extract (eu-shop)": the step, and the connection or partner
                String said = name.contains(":") ? name.replaceFirst(":", " (") + ")" : name;
                out.printf("Step %s did nothing: another run holds this work (%s); it does it, and what it leaves "
                        + "goes to the next run.%n", said, step.getExecutionContext().getString(ExclusiveReader.HELD_BY_KEY));
            }
        }
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    /** What this execution did, in its users' terms; null for a job without a summary. */
    public RunSummary summary(JobExecution execution) {
        RunSummarizer summarizer = summarizers.get(execution.getJobInstance().getJobName());
        return summarizer == null ? null : summarizer.summarize(execution);
    }

    /** One execution with its steps and, as after its run, what it did. */
    private int execution(long id, PrintStream out) {
        JobExecution execution = find(id);
        if (execution == null) {
            out.println("No execution " + id);
            return 1;
        }
        report(execution, out);
        return 0;
    }

    private int stop(long id, PrintStream out) {
        JobExecution execution = existing(id);
        try {
            jobOperator.stop(execution);
            out.println("Execution " + id + " asked to stop; it stops at the end of its current chunk.");
            return 0;
        } catch (Exception e) {
            throw new UsageException("execution " + id + " is not running (" + execution.getStatus() + ")");
        }
    }

    private int abandon(long id, PrintStream out) {
        JobExecution execution = existing(id);
        try {
            jobOperator.abandon(execution);
            out.println("Execution " + id + " abandoned: it will not be restarted.");
            return 0;
        } catch (Exception e) {
            throw new UsageException("execution " + id + " is still running; stop it first");
        }
    }

    private JobExecution existing(long id) {
        JobExecution execution = find(id);
        if (execution == null) {
            throw new UsageException("no execution " + id);
        }
        return execution;
    }

    private JobExecution find(long id) {
        try {
            return jobRepository.getJobExecution(id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

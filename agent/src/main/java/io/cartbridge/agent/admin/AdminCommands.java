package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cartbridge.agent.admin.ExecutionQueries.ExecutionFilter;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.serve.JobLocks;
import io.cartbridge.agent.serve.RunRefusedException;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.RunSummarizer;
import io.cartbridge.agent.support.RunSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starting jobs (the CLI's {@code run}, the schedules, the trigger, the API), and the CLI's commands that work on
 * the agent's database: each asks a query or action class for records and prints them.
 */
@Component
public class AdminCommands {

    private static final String COLLECT = "inbound-collect";
    /** The jobs that apply what inbound-collect brings: {@code run} and the schedules collect first. */
    private static final Set<String> COLLECTS_FIRST = Set.of("shipment-import", "inventory-import");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final Map<String, RunSummarizer> summarizers;
    private final ExecutionQueries queries;
    private final ExecutionActions actions;
    private final Connections connections;
    private final LedgerCommands ledger;
    private final ConnectionsOverview overview;
    private final JobLocks locks;
    private final BackgroundRuns background;

    AdminCommands(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, List<RunSummarizer> summarizers,
                  ExecutionQueries queries, ExecutionActions actions, Connections connections, LedgerCommands ledger,
                  ConnectionsOverview overview, JobLocks locks, BackgroundRuns background) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.summarizers = summarizers.stream().collect(Collectors.toMap(RunSummarizer::jobName, Function.identity()));
        this.queries = queries;
        this.actions = actions;
        this.connections = connections;
        this.ledger = ledger;
        this.overview = overview;
        this.locks = locks;
        this.background = background;
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
                ExecutionPrinter.print(queries.executions(new ExecutionFilter(line.options().get("job"),
                        line.options().get("status"), connection, null, null, 0, line.intOption("limit", 20))), out);
                yield 0;
            }
            case "execution" -> execution(line.id("an execution id"), out);
            case "restart" -> report(actions.restart(line.id("an execution id")), out);
            case "stop" -> {
                long id = line.id("an execution id");
                actions.stop(id);
                out.println("Execution " + id + " asked to stop; it stops at the end of its current chunk.");
                yield 0;
            }
            case "abandon" -> {
                long id = line.id("an execution id");
                actions.abandon(id);
                out.println("Execution " + id + " abandoned: it will not be restarted.");
                yield 0;
            }
            case "recover" -> {
                JobExecution recovered = actions.recover(line.id("an execution id"));
                out.println("Execution " + recovered.getId() + " recovered: now " + recovered.getStatus()
                        + "; restart it with 'cartbridge restart " + recovered.getId() + "'.");
                yield 0;
            }
            case "held" -> ledger.held(connection, out);
            case "files" -> ledger.files(line.options().get("state"), connection, out);
            case "resend" -> ledger.resend(line.argument(0, "a cart order id"), connection, out);
            case "resend-file" -> ledger.resendFile(line.id("an outbound file id"), out);
            case "reprocess" -> ledger.reprocess(line.id("an inbound file id"), out);
            case "connections" -> ConnectionsPrinter.print(overview.connections(), out);
            case "order" -> ledger.order(line.argument(0, "an order number"), connection, out);
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
        Launch launch = launch(jobName, connection);
        try (JobLocks.Held held = locks.acquire(jobName, connection)) {
            return launch.run();
        }
    }

    /**
     * A run started by a request, going on in the background.
     *
     * @param executionId the execution started first: the inbound-collect when it collects first
     * @param job         that execution's job
     * @param then        the job that runs when it ends (shipment-import, inventory-import), or null
     */
    public record Started(long executionId, String job, String then) {
    }

    /**
     * {@link #runCollectingFirst} (or, with {@code collectFirst} false, {@link #run(String, String)}) on a thread of
     * its own, holding the jobs' locks until the runs end: for a request that is answered while the runs go on. Every
     * lock is taken before anything starts, so that a refusal comes at once, from the calling thread; the
     * inbound-collect's are freed when it ends.
     *
     * @param collectFirst for shipment-import and inventory-import, an inbound-collect first, as the schedule does
     * @return the execution started first, and what follows it
     * @throws RunRefusedException when another run holds a lock (naming its holder)
     */
    public Started start(String jobName, String connection, boolean collectFirst) {
        Launch launch = launch(jobName, connection);
        String what = "Run of " + jobName + (connection == null ? "" : " for " + connection);
        if (!collectFirst || !COLLECTS_FIRST.contains(jobName)) {
            JobLocks.Held held = locks.acquire(jobName, connection);
            return new Started(background.submit(what, held, launch::run, launch::created), jobName, null);
        }
        Launch collect = launch(COLLECT, connection);
        JobLocks.Held collecting = locks.acquire(COLLECT, connection);
        JobLocks.Held held;
        try {
            held = locks.acquire(jobName, connection);
        } catch (RuntimeException e) {
            collecting.close();
            throw e;
        }
        JobLocks.Held both = () -> {
            collecting.close();
            held.close();
        };
        long id = background.submit(what + " after an " + COLLECT, both, () -> {
            try (collecting) {
                collect.run();
            }
            return launch.run();
        }, collect::created);
        return new Started(id, COLLECT, jobName);
    }

    /** The job names, in no particular order. */
    public Set<String> jobNames() {
        return jobs.keySet();
    }

    private Launch launch(String jobName, String connection) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new NotFoundException("no job '" + jobName + "'; jobs: " + String.join(", ", jobs.keySet()));
        }
        ChosenConnections.of(connections, connection);
        connections.requireJobsCanRun();
        JobParametersBuilder parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString());
        if (connection != null) {
            parameters.addString("connection", connection);
        }
        return new Launch(job, parameters.toJobParameters());
    }

    /** A new run of a job, its parameters unique to it ({@code run}: a UUID), so that its execution can be found. */
    private final class Launch {

        private final Job job;
        private final JobParameters parameters;

        Launch(Job job, JobParameters parameters) {
            this.job = job;
            this.parameters = parameters;
        }

        JobExecution run() {
            try {
                return actions.restartingLockConflicts(jobOperator.start(job, parameters));
            } catch (RunRefusedException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start " + job.getName() + ": " + e.getMessage(), e);
            }
        }

        /** The id of the execution the run created, once the job repository has it. */
        Optional<Long> created() {
            JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
            return Optional.ofNullable(instance == null ? null : jobRepository.getLastJobExecution(instance)).map(JobExecution::getId);
        }
    }

    /**
     * Restarts a failed or stopped execution, holding its job's locks while it runs (see {@link ExecutionActions#restart}).
     *
     * @throws RunRefusedException when a run of the job for the execution's connection holds its lock
     */
    public JobExecution restart(long executionId) {
        return actions.restart(executionId);
    }

    /** Prints the execution with its steps, then what it did; 0 if it completed, else 1. */
    public int report(JobExecution execution, PrintStream out) {
        queries.execution(execution.getId()).ifPresentOrElse(e -> ExecutionPrinter.print(e, out),
                () -> out.println("No execution " + execution.getId()));
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
        JobExecution execution = actions.find(id);
        if (execution == null) {
            out.println("No execution " + id);
            return 1;
        }
        report(execution, out);
        return 0;
    }
}

package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.LockConflicts;
import io.cartbridge.agent.support.RunSummarizer;
import io.cartbridge.agent.support.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The commands that work on the agent's database: jobs, executions, the ledger. */
@Component
public class AdminCommands {

    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final Map<String, RunSummarizer> summarizers;
    private final ExecutionQueries queries;
    private final Connections connections;
    private final OrderLedger ledger;
    private final OutboundFiles files;
    private final InboundFiles inbound;

    AdminCommands(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs, List<RunSummarizer> summarizers,
                  ExecutionQueries queries, Connections connections, OrderLedger ledger,
                  OutboundFiles files, InboundFiles inbound) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.summarizers = summarizers.stream().collect(Collectors.toMap(RunSummarizer::jobName, Function.identity()));
        this.queries = queries;
        this.connections = connections;
        this.ledger = ledger;
        this.files = files;
        this.inbound = inbound;
    }

    int execute(CommandLine line, PrintStream out) {
        return switch (line.command()) {
            case "run" -> report(run(line.argument(0, "a job name: " + String.join(", ", jobs.keySet()))), out);
            case "executions" -> {
                queries.printExecutions(line.options().get("job"), line.options().get("status"),
                        line.intOption("limit", 20), out);
                yield 0;
            }
            case "execution" -> execution(line.id("an execution id"), out);
            case "restart" -> report(restart(line.id("an execution id")), out);
            case "stop" -> stop(line.id("an execution id"), out);
            case "abandon" -> abandon(line.id("an execution id"), out);
            case "held" -> held(out);
            case "files" -> files(line.options().get("state"), out);
            case "resend" -> resend(line.argument(0, "a cart order id"), out);
            default -> throw new UsageException("unknown command " + line.command());
        };
    }

    /** Starts a new run of the job, after checking the settings it needs. */
    public JobExecution run(String jobName) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new UsageException("no job '" + jobName + "'; jobs: " + String.join(", ", jobs.keySet()));
        }
        connections.requireJobsCanRun();
        JobParameters parameters = new JobParametersBuilder()
                .addString("run", UUID.randomUUID().toString())
                .toJobParameters();
        try {
            return restartingLockConflicts(jobOperator.start(job, parameters));
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

    /** Restarts a failed or stopped execution; one left STARTED by a crashed agent is recovered first. */
    public JobExecution restart(long executionId) {
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
                out.printf("Step %s did nothing: another run holds this work (%s); it does it, and what it leaves "
                        + "goes to the next run.%n", step.getStepName(), step.getExecutionContext().getString(ExclusiveReader.HELD_BY_KEY));
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

    /** The connection the ledger commands work on: the first (commands for each connection are to come). */
    private Connection first() {
        connections.requireJobsCanRun();
        return connections.all().get(0);
    }

    private int resend(String cartOrderId, PrintStream out) {
        Connection c = first();
        if (!ledger.requestResend(c.store(), c.partner().id(), cartOrderId)) {
            throw new UsageException("order " + cartOrderId + " has not been sent to " + c.partner().id());
        }
        out.println("Order " + cartOrderId + " will be sent again by the next order-export run.");
        return 0;
    }

    private int held(PrintStream out) {
        Connection c = first();
        List<OrderLedger.Held> held = ledger.held(c.store(), c.partner().id());
        out.printf("%d order(s) held for %s%n", held.size(), c.partner().id());
        for (OrderLedger.Held h : held) {
            out.printf("  order %-10s since %s  %s%n", h.orderNumber(), h.since().withNano(0), h.reason());
        }
        return 0;
    }

    private int files(String state, PrintStream out) {
        String wanted = state == null ? null : state.trim().toUpperCase();
        String partner = first().partner().id();
        out.printf("%-36s %-4s %-9s %6s  %-9s %s%n", "FILE", "TYPE", "ICN", "ORDERS", "STATE", "UPLOADED");
        for (OutboundFiles.OutboundFile f : files.list(partner)) {
            if (wanted != null && !wanted.equals(f.state())) {
                continue;
            }
            out.printf("%-36s %-4s %09d %6d  %-9s %s%s%n", f.fileName(), f.documentType(), f.controlNumber(),
                    f.documentCount(), f.state(), f.uploadedAt() == null ? "-" : f.uploadedAt().withNano(0),
                    f.reason() == null ? "" : "  " + f.reason());
        }
        List<InboundFiles.InboundFile> received = inbound.list(partner).stream()
                .filter(f -> wanted == null || wanted.equals(f.state())).toList();
        if (!received.isEmpty()) {
            out.println();
            out.printf("%-36s %-4s %-14s %-9s %s%n", "RECEIVED FILE", "TYPE", "ICN", "STATE", "REASON");
            for (InboundFiles.InboundFile f : received) {
                out.printf("%-36s %-4s %-14s %-9s %s%n", f.remoteName(), f.documentType() == null ? "-" : f.documentType(),
                        f.interchangeControlNumber() == null ? "-" : f.interchangeControlNumber(), f.state(),
                        f.reason() == null ? "" : f.reason());
            }
        }
        return 0;
    }
}

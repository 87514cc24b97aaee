package io.cartbridge.agent.admin;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.cartbridge.agent.serve.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs started by a request (the REST API, a page) that go on after it is answered: the run holds its job locks on a
 * thread of its own and frees them when it ends, and the request learns the new execution's id from the job
 * repository as soon as the run has created it (or the run's failure to start, whichever comes first).
 */
@Component
class BackgroundRuns {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);
    /** How long a request waits for the run to create its execution: the job repository's insert, nothing more. */
    private static final Duration CREATED_WITHIN = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    private final SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("request-run-");

    /**
     * Runs {@code work} on a thread of its own, holding {@code held} until it ends.
     *
     * @param created the id of the execution the run created, once the job repository has it
     * @return that id
     */
    long submit(String what, JobLocks.Held held, Supplier<JobExecution> work, Supplier<Optional<Long>> created) {
        CompletableFuture<JobExecution> run;
        try {
            run = CompletableFuture.supplyAsync(() -> {
                try (held) {
                    return work.get();
                }
            }, threads);
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
        run.whenComplete((execution, failure) -> {
            if (failure != null) {
                log.error("{} failed", what, failure);
            } else {
                log.info("{}: execution {} ended {}", what, execution.getId(), execution.getStatus());
            }
        });
        long deadline = System.nanoTime() + CREATED_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Long> id = created.get();
            if (id.isPresent()) {
                return id.get();
            }
            try {
                return run.get(POLL_MILLIS, TimeUnit.MILLISECONDS).getId();
            } catch (TimeoutException e) {
                // not created yet: ask the repository again
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + ": interrupted while waiting for the run to start");
            }
        }
        throw new IllegalStateException(what + ": the run created no execution within " + CREATED_WITHIN.toSeconds() + "s");
    }
}

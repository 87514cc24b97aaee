package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** SIGTERM's drain: the schedules stop, new starts are refused, running steps stop at a chunk boundary, bounded wait. */
class DrainTests {

    @Test
    void aDrainRefusesNewStartsInterruptsRunningStepsAndWaitsForThemToEnd() throws Exception {
        Drain drain = new Drain(new ServeProperties(null, null, new ServeProperties.Shutdown(Duration.ofSeconds(60)), null, null));
        AtomicBoolean schedulesStopped = new AtomicBoolean();
        drain.onDrain(() -> schedulesStopped.set(true));
        drain.enter("order-export");
        StepExecution step = step();
        drain.checkInterrupted(step);

        CompletableFuture<Void> draining = CompletableFuture.runAsync(drain::drain);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(drain::draining);
        assertThat(schedulesStopped).isTrue();
        assertThatThrownBy(() -> drain.enter("inbound-collect")).isInstanceOf(RunRefusedException.class)
                .hasMessage("the agent is shutting down: inbound-collect not started");
        assertThatThrownBy(() -> drain.checkInterrupted(step)).isInstanceOf(JobInterruptedException.class)
                .hasMessageContaining("step order-extract:default stopped at a chunk boundary");
        assertThat(step.isTerminateOnly()).as("ends STOPPED, not COMPLETED").isTrue();
        assertThat(draining).as("waits for the run going").isNotDone();

        drain.exit();
        draining.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRunThatDoesNotStopInTimeIsLeftAndTheDrainEndsAtTheTimeLimit() throws Exception {
        Drain drain = new Drain(new ServeProperties(null, null, new ServeProperties.Shutdown(Duration.ofMillis(200)), null, null));
        drain.enter("order-export");
        long start = System.nanoTime();

        drain.drain();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150), Duration.ofSeconds(10));
    }

    private static StepExecution step() {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "order-export"), new JobParameters());
        return new StepExecution(2L, "order-extract:default", job);
    }
}

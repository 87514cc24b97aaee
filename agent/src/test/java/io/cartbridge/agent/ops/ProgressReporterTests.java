package io.cartbridge.agent.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** The progress lines of a long run: running steps only, their counts, and the rate since the line before. */
class ProgressReporterTests {

    final JobExecution run = new JobExecution(7, new JobInstance(3, "order-export"), new JobParameters());
    final StepExecution manager = step(1, "order-export", BatchStatus.STARTED);
    final StepExecution extract = step(2, "order-extract:eu-shop", BatchStatus.STARTED);
    final StepExecution done = step(3, "order-extract:us-shop", BatchStatus.COMPLETED);

    @Test
    void eachRunningStepGetsALineWithItsCountsAndTheRateSinceTheLineBefore() {
        ProgressReporter.Progress progress = new ProgressReporter.Progress(run);
        extract.setReadCount(10_000);
        extract.setWriteCount(9_500);
        done.setReadCount(400);

        assertThat(progress.lines(0)).containsExactly("order-export: order-extract:eu-shop read 10,000 written 9,500");

        extract.setReadCount(22_500);
        extract.setWriteCount(22_000);

        assertThat(progress.lines(TimeUnit.SECONDS.toNanos(5)))
                .containsExactly("order-export: order-extract:eu-shop read 22,500 written 22,000 (2,500/s)");
    }

    @Test
    void aStepThatHasReadNothingYetPrintsNothing() {
        assertThat(new ProgressReporter.Progress(run).lines(0)).isEmpty();
    }

    private StepExecution step(long id, String name, BatchStatus status) {
        StepExecution step = new StepExecution(id, name, run);
        step.setStatus(status);
        run.addStepExecution(step);
        return step;
    }
}

package io.cartbridge.agent.connections;

import java.util.List;
import java.util.function.Function;

import io.cartbridge.agent.support.FailureDescriptions;
import io.cartbridge.agent.support.PartitionFailure;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.SimpleStepHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The work of one partition: the job's steps for the partition's connection (or partner), one after the other,
 * each a step execution of the job named {@code <step>:<partition>}. Spring Batch's own step handler decides
 * whether each runs: a step that completed in an earlier execution of the job is not run again, a failed one
 * resumes from its checkpoint. The first step that does not complete ends the partition with its status. Every
 * step gets the agent's interruption policy, so that a drain stops it at a chunk boundary, STOPPED.
 */
final class PartitionWork extends AbstractStep {

    private final Partitions.By by;
    private final Function<String, List<Step>> steps;
    private final StepInterruptionPolicy interruption;

    PartitionWork(String name, JobRepository jobRepository, Partitions.By by, Function<String, List<Step>> steps,
                  FailureDescriptions failures, StepInterruptionPolicy interruption) {
        super(jobRepository);
        setName(name);
        this.by = by;
        this.steps = steps;
        this.interruption = interruption;
        registerStepExecutionListener(failures);
    }

    @Override
    protected void doExecute(StepExecution partition) throws Exception {
        String name = partition.getExecutionContext().getString(by.key());
        partition.getExecutionContext().putString(Partitions.PARTITION_KEY, name);
        ExecutionContext seed = new ExecutionContext();
        seed.putString(by.key(), name);
        seed.putString(Partitions.By.PARTNER.key(), partition.getExecutionContext().getString(Partitions.By.PARTNER.key()));
        SimpleStepHandler handler = new SimpleStepHandler(getJobRepository(), seed);
        for (Step step : steps.apply(name)) {
            interruption.checkInterrupted(partition);
            if (step instanceof ChunkOrientedStep<?, ?> chunked) {
                chunked.setInterruptionPolicy(interruption);
            } else if (step instanceof TaskletStep tasklet) {
                tasklet.setInterruptionPolicy(interruption);
            }
            StepExecution done = handler.handleStep(step, partition.getJobExecution());
            if (done.getStatus() == BatchStatus.STOPPED) {
                // stopped at a chunk boundary: the partition, and so the run, ends STOPPED and restartable
                throw new JobInterruptedException("Step " + done.getStepName() + " stopped", BatchStatus.STOPPED);
            }
            if (done.getStatus() != BatchStatus.COMPLETED) {
                String description = FailureDescriptions.describe(done.getFailureExceptions());
                throw new PartitionFailure(name, done.getStepName(), description == null ? done.getStatus().name() : description);
            }
        }
    }

}

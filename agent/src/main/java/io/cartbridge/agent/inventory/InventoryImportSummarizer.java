package io.cartbridge.agent.inventory;

import io.cartbridge.agent.support.RunSummarizer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Sums up an inventory-import run from the counts its apply step kept (see {@link InventoryRunTally}). */
@Component
class InventoryImportSummarizer implements RunSummarizer {

    @Override
    public String jobName() {
        return InventoryImportJobConfiguration.JOB_NAME;
    }

    @Override
    public InventoryImportSummary summarize(JobExecution execution) {
        return InventoryRunTally.summary(execution.getId(), RunSummarizer.steps(execution, InventoryImportJobConfiguration.APPLY)
                .stream().map(StepExecution::getExecutionContext).toList());
    }
}

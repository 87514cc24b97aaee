package io.cartbridge.agent.inventory;

import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.RunSummarizer;
import org.springframework.batch.core.job.JobExecution;
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
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("inventory-apply"))
                .findFirst()
                .map(s -> InventoryRunTally.summary(execution.getId(), s.getExecutionContext()))
                .orElse(new InventoryImportSummary(execution.getId(), 0, 0, 0, 0, Listed.none()));
    }
}

package io.cartbridge.agent.support;

/**
 * What one run of a job did, in the words of its users, as data: computed from the job execution and
 * the ledger rows that execution recorded, printed by the CLI after {@code run} and {@code restart}, and
 * equally servable by a dashboard. Implemented by one record per job.
 */
public interface RunSummary {

    /** The Spring Batch job execution summed up. */
    long executionId();
}

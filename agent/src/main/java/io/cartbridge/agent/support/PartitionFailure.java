package io.cartbridge.agent.support;

import java.util.List;

/**
 * A partition of a run (one connection's work) ended without completing: says which, at which step, and why,
 * in the words of that step's own failure (its step execution holds the exception).
 */
public final class PartitionFailure extends RuntimeException {

    private final String partition;
    private final String description;

    /**
     * @param description the step's failure as {@link FailureDescriptions#describe(List)} says it, or its status when it
     *                    stopped without one
     */
    public PartitionFailure(String partition, String step, String description) {
        super(partition + ": " + step + ": " + description);
        this.partition = partition;
        this.description = description;
    }

    public String partition() {
        return partition;
    }

    public String description() {
        return description;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

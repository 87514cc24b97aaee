package io.cartbridge.agent.inventory;

import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.support.Listed;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The counts of one inventory-apply step execution, kept in its execution context with the reader's
 * checkpoint, so that they hold exactly what committed. They start at zero in every execution: a
 * restart's context is a copy of the failed execution's, whose counts are that run's, not this one's.
 */
final class InventoryRunTally {

    private static final String ITEMS = "inventory-run.items";
    private static final String CHANGED = "inventory-run.changed";
    private static final String UNCHANGED = "inventory-run.unchanged";
    private static final String UNMANAGED = "inventory-run.unmanaged";
    private static final String UNKNOWN = "inventory-run.unknown";
    private static final String UNKNOWN_COUNT = "inventory-run.unknown-count";

    long items;
    long changed;
    long unchanged;
    long unmanaged;
    private final List<String> unknown = new ArrayList<>();
    private long unknownCount;

    void unknown(String sku) {
        if (unknown.size() < Listed.FEW) {
            unknown.add(sku);
        }
        unknownCount++;
    }

    /** Zeroes the counts, in memory and in the context. */
    void open(ExecutionContext context) {
        items = changed = unchanged = unmanaged = unknownCount = 0;
        unknown.clear();
        update(context);
    }

    void update(ExecutionContext context) {
        context.putLong(ITEMS, items);
        context.putLong(CHANGED, changed);
        context.putLong(UNCHANGED, unchanged);
        context.putLong(UNMANAGED, unmanaged);
        context.putString(UNKNOWN, String.join("\n", unknown));
        context.putLong(UNKNOWN_COUNT, unknownCount);
    }

    /** The sum of the tallies of a run's partitions. */
    static InventoryImportSummary summary(long executionId, List<ExecutionContext> contexts) {
        long items = 0, changed = 0, unchanged = 0, unmanaged = 0, unknownCount = 0;
        List<String> unknown = new ArrayList<>();
        for (ExecutionContext context : contexts) {
            InventoryImportSummary one = summary(executionId, context);
            items += one.items();
            changed += one.changed();
            unchanged += one.unchanged();
            unmanaged += one.unmanaged();
            unknownCount += one.unknownSkus().count();
            one.unknownSkus().first().stream().limit(Listed.FEW - unknown.size()).forEach(unknown::add);
        }
        return new InventoryImportSummary(executionId, items, changed, unchanged, unmanaged, new Listed(unknownCount, unknown));
    }

    static InventoryImportSummary summary(long executionId, ExecutionContext context) {
        String unknown = context.getString(UNKNOWN, "");
        return new InventoryImportSummary(executionId, context.getLong(ITEMS, 0), context.getLong(CHANGED, 0),
                context.getLong(UNCHANGED, 0), context.getLong(UNMANAGED, 0),
                new Listed(context.getLong(UNKNOWN_COUNT, 0), unknown.isEmpty() ? List.of() : List.of(unknown.split("\n"))));
    }
}

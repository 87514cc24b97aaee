package io.cartbridge.agent.inventory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The first few of many things a snapshot file reports (unknown SKUs, wrong GTINs), and how many there were, kept
 * in the step's execution context so that a restarted run goes on counting where the failed one stopped.
 */
final class FirstFew {

    private final String key;
    private final int named;
    private final List<String> first = new ArrayList<>();
    private long count;

    /** @param key the execution context key, {@code inventory-summary.unknown}; the count goes under key + "-count" */
    FirstFew(String key, int named) {
        this.key = key;
        this.named = named;
    }

    void add(String thing) {
        if (first.size() < named) {
            first.add(thing);
        }
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** "A, B, C" or "A, B, C (+12)". */
    String describe() {
        return String.join(", ", first) + (count > first.size() ? " (+" + (count - first.size()) + ")" : "");
    }

    void clear() {
        first.clear();
        count = 0;
    }

    void open(ExecutionContext context) {
        clear();
        String saved = context.containsKey(key) ? context.getString(key) : "";
        if (!saved.isEmpty()) {
            first.addAll(List.of(saved.split("\n")));
        }
        count = context.containsKey(key + "-count") ? context.getLong(key + "-count") : first.size();
    }

    void update(ExecutionContext context) {
        context.putString(key, String.join("\n", first));
        context.putLong(key + "-count", count);
    }
}

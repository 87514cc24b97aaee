package io.cartbridge.agent.support;

import java.util.function.ToLongFunction;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The ledger rows a step still has to work on (files to upload, to note, to apply), oldest first, by
 * ledger id. Reads the ledger's state rather than a saved position: whatever run left a row to do, the
 * next step does it, and a row once marked done by a committed chunk is never read again.
 *
 * @param <T> the row
 */
public final class LedgerRowReader<T> implements ItemStreamReader<T> {

    /** The first row still to do after the given ledger id, or null. */
    @FunctionalInterface
    public interface NextRow<T> {
        T after(long id);
    }

    private final NextRow<T> next;
    private final ToLongFunction<T> id;
    private long lastId;

    public LedgerRowReader(NextRow<T> next, ToLongFunction<T> id) {
        this.next = next;
        this.id = id;
    }

    @Override
    public T read() {
        T row = next.after(lastId);
        if (row != null) {
            lastId = id.applyAsLong(row);
        }
        return row;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        lastId = 0;
    }
}

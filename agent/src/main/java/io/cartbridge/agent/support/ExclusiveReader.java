package io.cartbridge.agent.support;

import io.cartbridge.agent.ledger.WorkLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A step's reader that does its work only while no other run, in this process or another, does the same
 * work: it takes the work's lock when the step opens and frees it when the step closes. A run that finds
 * the lock taken reads nothing, records who holds it in the step's context ({@value #HELD_BY_KEY}) and ends
 * cleanly: the holder does the work, and files it leaves are picked up by the next run.
 *
 * @param <T> the item
 */
public class ExclusiveReader<T> implements ItemStreamReader<T> {

    /** The step context's key naming the run that held the work when this one was refused. */
    public static final String HELD_BY_KEY = "work-lock.held-by";

    private static final Logger log = LoggerFactory.getLogger(ExclusiveReader.class);
    private final ItemStreamReader<T> delegate;
    private final WorkLocks locks;
    private final String work;
    private final String holder;
    private WorkLocks.Held lock;
    private boolean refused;

    /**
     * @param work   what the lock guards, e.g. {@code shipment-import:acme3pl}
     * @param holder who this run is, as a refused run will see it
     */
    public ExclusiveReader(ItemStreamReader<T> delegate, WorkLocks locks, String work, String holder) {
        this.delegate = delegate;
        this.locks = locks;
        this.work = work;
        this.holder = holder;
    }

    @Override
    public void open(ExecutionContext context) {
        WorkLocks.Attempt attempt = locks.tryTake(work, holder);
        if (!attempt.taken()) {
            refused = true;
            context.putString(HELD_BY_KEY, attempt.heldBy());
            log.warn("Nothing done for {}: another run holds it ({})", work, attempt.heldBy());
            return;
        }
        lock = attempt.lock();
        refused = false;
        context.remove(HELD_BY_KEY);
        delegate.open(context);
    }

    @Override
    public T read() throws Exception {
        return refused ? null : delegate.read();
    }

    @Override
    public void update(ExecutionContext context) {
        if (!refused) {
            delegate.update(context);
        }
    }

    @Override
    public void close() {
        try {
            if (!refused) {
                delegate.close();
            }
        } finally {
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
    }
}

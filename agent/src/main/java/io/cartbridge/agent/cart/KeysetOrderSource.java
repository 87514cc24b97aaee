package io.cartbridge.agent.cart;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Base of the plugins' order sources: fetches pages of orders with keys greater than the last one
 * handed out, and checkpoints that key. Spring Batch calls {@link #update} just before each chunk
 * commits, when every order handed out so far belongs to a committed chunk, so a restart resumes
 * with the first order of the chunk that did not commit.
 */
public abstract class KeysetOrderSource implements OrderSource {

    private static final String LAST_KEY = "order-source.last-key";

    private final int pageSize;
    private final Deque<CartOrder> page = new ArrayDeque<>();
    private long lastKey;
    private boolean exhausted;

    protected KeysetOrderSource(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.pageSize = pageSize;
    }

    /** The next page: up to {@code limit} orders whose key is greater than {@code afterKey}, by key. */
    protected abstract List<CartOrder> fetchPage(long afterKey, int limit);

    @Override
    public CartOrder read() {
        if (page.isEmpty() && !exhausted) {
            List<CartOrder> next = fetchPage(lastKey, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        CartOrder order = page.poll();
        if (order != null) {
            lastKey = order.key();
        }
        return order;
    }

    @Override
    public void open(ExecutionContext context) {
        lastKey = context.containsKey(LAST_KEY) ? context.getLong(LAST_KEY) : 0L;
        page.clear();
        exhausted = false;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_KEY, lastKey);
    }

    @Override
    public void close() {
        page.clear();
    }
}

package io.cartbridge.agent.cart;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Base of the plugins' order sources: fetches pages of orders with keys greater than the last one
 * handed out, and checkpoints that key. Spring Batch calls {@link #update} just before each chunk
 * commits, when every order handed out so far belongs to a committed chunk, so a restart resumes
 * with the first order of the chunk that did not commit.
 *
 * <p>While a page is being handed out, the next one is already fetched on a background thread, so
 * that the cart database's work overlaps the writing of the chunk. Prefetching changes nothing
 * about the checkpoint, which is always the key of the last order handed out.
 */
public abstract class KeysetOrderSource implements OrderSource {

    private static final String LAST_KEY = "order-source.last-key";

    private final int pageSize;
    private final Deque<CartOrder> page = new ArrayDeque<>();
    private long lastKey;
    private boolean exhausted;
    private CompletableFuture<List<CartOrder>> nextPage;
    private ExecutorService prefetcher;

    protected KeysetOrderSource(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.pageSize = pageSize;
    }

    /**
     * The next page: up to {@code limit} orders whose key is greater than {@code afterKey}, by key.
     * Called on the step's thread or on the prefetch thread, never on both at once.
     */
    protected abstract List<CartOrder> fetchPage(long afterKey, int limit);

    @Override
    public CartOrder read() {
        if (page.isEmpty() && !exhausted) {
            List<CartOrder> next = nextPage != null ? await(nextPage) : fetchPage(lastKey, pageSize);
            nextPage = null;
            page.addAll(next);
            exhausted = next.size() < pageSize;
            if (!exhausted) {
                long after = next.get(next.size() - 1).key();
                nextPage = CompletableFuture.supplyAsync(() -> fetchPage(after, pageSize), prefetcher());
            }
        }
        CartOrder order = page.poll();
        if (order != null) {
            lastKey = order.key();
        }
        return order;
    }

    private static List<CartOrder> await(CompletableFuture<List<CartOrder>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private ExecutorService prefetcher() {
        if (prefetcher == null) {
            prefetcher = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "cartbridge-order-prefetch");
                thread.setDaemon(true);
                return thread;
            });
        }
        return prefetcher;
    }

    @Override
    public void open(ExecutionContext context) {
        discardPrefetch();
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
        discardPrefetch();
        page.clear();
        if (prefetcher != null) {
            prefetcher.shutdown();
            prefetcher = null;
        }
    }

    /** Waits for a fetch in flight to end (its result is not used), so no query outlives the step. */
    private void discardPrefetch() {
        if (nextPage != null) {
            nextPage.handle((orders, failure) -> null).join();
            nextPage = null;
        }
    }
}

package io.cartbridge.agent.orders;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.cartbridge.agent.cart.CartOrder;
import io.cartbridge.agent.cart.OrderSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A cart plugin's {@link OrderSource} as a restartable reader: pages of orders after the cursor of the last order
 * handed out, and that cursor as the checkpoint. Spring Batch calls {@link #update} just before each chunk commits,
 * when every order handed out so far belongs to a committed chunk, so a restart resumes with the first order of the
 * chunk that did not commit.
 *
 * <p>While a page is being handed out, the next one is already fetched on a background thread, so that the cart
 * database's work overlaps the writing of the chunk. Prefetching changes nothing about the checkpoint, which is
 * always the cursor of the last order handed out.
 */
public class OrderPageReader implements ItemStreamReader<CartOrder> {

    /** The step context's key of the cursor of the last order of a committed chunk. */
    static final String CURSOR = "order-source.cursor";
    /**
     * Where readers before opaque cursors kept the last order's numeric key; read so that a step that failed before
     * an upgrade resumes after it (WooCommerce's cursor is that key in decimal).
     */
    static final String LAST_KEY = "order-source.last-key";

    private final OrderSource source;
    private final int pageSize;
    private final Deque<CartOrder> page = new ArrayDeque<>();
    private String cursor;
    private boolean exhausted;
    private CompletableFuture<List<CartOrder>> nextPage;
    private ExecutorService prefetcher;

    public OrderPageReader(OrderSource source, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.source = source;
        this.pageSize = pageSize;
    }

    @Override
    public CartOrder read() {
        if (page.isEmpty() && !exhausted) {
            List<CartOrder> next = nextPage != null ? await(nextPage) : source.page(cursor, pageSize);
            nextPage = null;
            page.addAll(next);
            exhausted = next.size() < pageSize;
            if (!exhausted) {
                String after = next.get(next.size() - 1).cursor();
                nextPage = CompletableFuture.supplyAsync(() -> source.page(after, pageSize), prefetcher());
            }
        }
        CartOrder order = page.poll();
        if (order != null) {
            cursor = order.cursor();
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
        cursor = context.containsKey(CURSOR) ? context.getString(CURSOR)
                : context.containsKey(LAST_KEY) ? Long.toString(context.getLong(LAST_KEY)) : null;
        page.clear();
        exhausted = false;
    }

    @Override
    public void update(ExecutionContext context) {
        if (cursor != null) {
            context.putString(CURSOR, cursor);
        }
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

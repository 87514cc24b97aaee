package io.cartbridge.agent.cart;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The shops' databases, one {@link CartDatabase} (and connection pool) per store, made at first use and shared by
 * the store's connections; closed with the agent.
 *
 * <p>An agent may serve a hundred shops, whose partitions run a few at a time ({@code cartbridge.concurrency}): the
 * pools of the stores not among the {@code 2 × concurrency} used last give their idle connections back (a
 * connection in use goes when it is returned), so that the agent holds about as many cart connections as it runs
 * partitions, not one per shop, which would run a shared MariaDB out of connections ({@code max_connections}, 151
 * by default) from about 140 shops on. A pool that is used again opens a connection again. The pools share one
 * housekeeping thread.
 */
@Component
public class CartDatabases implements DisposableBean {

    private final Map<String, CartDatabase> byStore = new LinkedHashMap<>();
    /** Stores, the one used last first. */
    private final Deque<String> recent = new ArrayDeque<>();
    private final int keptOpen;
    private final ScheduledThreadPoolExecutor housekeeping;

    private final CartCalls calls;

    /** @param calls the ledger's journal of API write-back calls, handed to every store's plugin */
    CartDatabases(@Value("${cartbridge.concurrency:2}") int concurrency, CartCalls calls) {
        this.calls = calls;
        this.keptOpen = 2 * Math.max(1, concurrency);
        this.housekeeping = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cart-pools-housekeeper");
            t.setDaemon(true);
            return t;
        });
        housekeeping.setRemoveOnCancelPolicy(true);
    }

    /** The database of the store of that name with these settings; the first call for a store decides its settings. */
    public synchronized CartDatabase of(String store, CartProperties properties) {
        CartDatabase database = byStore.computeIfAbsent(store, s -> new CartDatabase(s, properties, housekeeping, calls));
        if (!store.equals(recent.peekFirst())) {
            recent.remove(store);
            recent.addFirst(store);
            while (recent.size() > keptOpen) {
                byStore.get(recent.removeLast()).closeIdleConnections();
            }
        }
        return database;
    }

    @Override
    public synchronized void destroy() {
        byStore.values().forEach(CartDatabase::destroy);
        byStore.clear();
        recent.clear();
        housekeeping.shutdownNow();
    }
}

package io.cartbridge.agent.cart;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The shops' databases, one {@link CartDatabase} (and connection pool) per store, made at first use and shared by
 * the store's connections; closed with the agent.
 */
@Component
public class CartDatabases implements DisposableBean {

    private final Map<String, CartDatabase> byStore = new LinkedHashMap<>();

    /** The database of the store of that name with these settings; the first call for a store decides its settings. */
    public synchronized CartDatabase of(String store, CartProperties properties) {
        return byStore.computeIfAbsent(store, s -> new CartDatabase(s, properties));
    }

    @Override
    public synchronized void destroy() {
        byStore.values().forEach(CartDatabase::destroy);
        byStore.clear();
    }
}

package io.cartbridge.agent.cart.woocommerce;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.woocommerce.WooCommerceStockWrites.Item;
import io.cartbridge.agent.cart.woocommerce.api.WooCommerceApiStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stock of one inventory call through the REST API ({@code write-back: api}): the items are found and compared
 * on the database as for table writes (an unchanged item costs no request), the changed ones are sent to
 * {@code products/batch}, variations to their parent's {@code variations/batch} (one query finds the parents).
 */
final class WooCommerceApiStockWrites implements WooCommerceStockWriter {

    private static final Logger log = LoggerFactory.getLogger(WooCommerceApiStockWrites.class);

    /** {@code %s}: one bound placeholder per id. */
    private static final String PARENTS = """
            SELECT ID, post_parent FROM wp_posts WHERE ID IN (%s) AND post_type = 'product_variation'""";

    private final JdbcTemplate jdbc;
    private final String parents;
    private final WooCommerceApiStock api;
    private final Map<Long, BigDecimal> pending = new LinkedHashMap<>();
    private int changed;

    WooCommerceApiStockWrites(JdbcTemplate jdbc, WooCommerceTables tables, WooCommerceApiStock api) {
        this.jdbc = jdbc;
        this.parents = tables.sql(PARENTS);
        this.api = api;
    }

    @Override
    public boolean add(Item item, BigDecimal quantity) {
        if (!WooCommerceStockWrites.needsWrite(item, quantity)) {
            return false;
        }
        pending.put(item.id, quantity);
        return true;
    }

    @Override
    public int changed() {
        return changed;
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Long, Long> parentOf = new HashMap<>();
        List<Long> ids = List.copyOf(pending.keySet());
        for (int from = 0; from < ids.size(); from += WooCommerceInventorySink.CHUNK) {
            List<Long> block = ids.subList(from, Math.min(ids.size(), from + WooCommerceInventorySink.CHUNK));
            jdbc.query(parents.formatted(SqlRows.placeholders(block.size())),
                    rs -> { parentOf.put(rs.getLong(1), rs.getLong(2)); }, block.toArray());
        }
        Map<Long, BigDecimal> products = new LinkedHashMap<>();
        Map<Long, Map<Long, BigDecimal>> variations = new LinkedHashMap<>();
        pending.forEach((id, quantity) -> {
            Long parent = parentOf.get(id);
            if (parent == null) {
                products.put(id, quantity);
            } else {
                variations.computeIfAbsent(parent, p -> new LinkedHashMap<>()).put(id, quantity);
            }
        });
        List<String> refused = api.set(products, variations);
        changed += pending.size() - refused.size();
        if (!refused.isEmpty()) {
            log.warn("WooCommerce refused the stock of {} item(s), the first: {}", refused.size(), refused.get(0));
        }
        pending.clear();
    }
}

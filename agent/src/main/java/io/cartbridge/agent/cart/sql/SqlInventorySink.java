package io.cartbridge.agent.cart.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.InventorySink;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock levels through the configured statements: {@code stock-levels} reads the cart's current stock of a batch of
 * SKUs (a SKU it returns no row for is unknown; one whose {@code managed} is false is left alone), and
 * {@code set-stock} runs, batched, only for the SKUs whose quantity differs. One transaction per call.
 */
final class SqlInventorySink implements InventorySink {

    static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SqlProperties settings;

    SqlInventorySink(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, SqlProperties settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** The cart's stock of one SKU. */
    private record Level(BigDecimal quantity, boolean managed) {
    }

    @Override
    public InventoryResult apply(List<StockLevel> levels) {
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        for (StockLevel level : levels) {
            if (level.sku() != null && !level.sku().isBlank() && level.quantity() != null) {
                wanted.remove(level.sku().strip());
                wanted.put(level.sku().strip(), level.quantity());
            }
        }
        List<String> skus = new ArrayList<>(wanted.keySet());
        return transaction.execute(status -> {
            int changed = 0;
            int unchanged = 0;
            List<String> unknown = new ArrayList<>();
            List<String> unmanaged = new ArrayList<>();
            for (int from = 0; from < skus.size(); from += CHUNK) {
                List<String> chunk = skus.subList(from, Math.min(skus.size(), from + CHUNK));
                Map<String, Level> current = current(chunk);
                List<SqlParameterSource> writes = new ArrayList<>();
                for (String sku : chunk) {
                    Level level = current.get(sku);
                    BigDecimal quantity = wanted.get(sku);
                    if (level == null) {
                        unknown.add(sku);
                    } else if (!level.managed()) {
                        unmanaged.add(sku);
                    } else if (level.quantity() != null && level.quantity().compareTo(quantity) == 0) {
                        unchanged++;
                    } else {
                        writes.add(new SqlParams(false).set("sku", sku).set("quantity", quantity));
                        changed++;
                    }
                }
                if (!writes.isEmpty()) {
                    jdbc.batchUpdate(settings.setStock(), writes.toArray(SqlParameterSource[]::new));
                }
            }
            return new InventoryResult(changed, unchanged, unknown, unmanaged);
        });
    }

    private Map<String, Level> current(List<String> skus) {
        Map<String, Level> levels = new HashMap<>();
        SqlColumns.forEach(jdbc, settings.stockLevels(), new SqlParams(false).set("skus", skus), (rs, c) -> {
            String sku = c.text(rs, "sku");
            if (sku != null) {
                levels.put(sku, new Level(c.number(rs, "quantity"), c.flag(rs, "managed", true)));
            }
        });
        return levels;
    }
}

package io.cartbridge.agent.cart.prestashop;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.cart.InventorySink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock levels onto PrestaShop's {@code stock_available}, by reference: a combination's row when the SKU is a
 * combination's ({@code product_attribute.reference}), else the product's ({@code product.reference}) for a product
 * without combinations. PrestaShop keeps three quantities: {@code quantity} (what it will sell),
 * {@code reserved_quantity} (units of orders placed and not yet shipped) and {@code physical_quantity} (their sum).
 * The level the core hands over is what the shop should sell, so it becomes {@code quantity}, the reserved units stay as
 * PrestaShop counted them and the physical quantity is their sum. The product-level row of a product with
 * combinations holds the sum of its combinations' {@code quantity}, with its own reserved quantity (PrestaShop 8.1.2
 * reserves an order's units on the combination's row only: seen on the real shop, the product row of a product with
 * reserved combinations stays at reserved 0, physical = quantity); its own reference is not set directly (reported
 * unmanaged). The rows are the shop's ({@code id_shop}) or, when the shop group shares its stock, the
 * group's ({@code id_shop = 0}). With stock management off ({@code PS_STOCK_MANAGEMENT} = 0) no stock is managed.
 */
final class PrestaShopInventorySink implements InventorySink {

    static final int CHUNK = 1000;

    /** {@code %s}: one bound placeholder per SKU. */
    private static final String COMBINATIONS = """
            SELECT id_product, id_product_attribute, reference FROM ps_product_attribute WHERE reference IN (%s)""";
    /** {@code %s}: one bound placeholder per SKU. */
    private static final String PRODUCTS = """
            SELECT p.id_product, p.reference,
                   EXISTS (SELECT 1 FROM ps_product_attribute pa WHERE pa.id_product = p.id_product) AS combinations
            FROM ps_product p WHERE p.reference IN (%s)""";
    /** {@code %s}: one bound placeholder per product id. */
    private static final String ROWS = """
            SELECT id_product, id_product_attribute, quantity, id_stock_available FROM ps_stock_available
            WHERE id_product IN (%s) AND id_shop = ? AND id_shop_group = ?""";
    /**
     * Multi-row ({@link SqlRows#update}). A row that exists is named by its primary key: a duplicate found on the unique
     * (product, combination, shop, group) key instead would first insert a row under a new id and roll it back.
     */
    private static final String SET = """
            INSERT INTO ps_stock_available (id_stock_available, id_product, id_product_attribute, id_shop, id_shop_group,
                                            quantity, physical_quantity, reserved_quantity, depends_on_stock, out_of_stock)
            VALUES %s
            ON DUPLICATE KEY UPDATE physical_quantity = VALUES(quantity) + reserved_quantity, quantity = VALUES(quantity)""";
    /** {@code %s}: one bound placeholder per product id. */
    private static final String SUM_COMBINATIONS = """
            INSERT INTO ps_stock_available (id_product, id_product_attribute, id_shop, id_shop_group, quantity,
                                            physical_quantity, reserved_quantity, depends_on_stock, out_of_stock)
            SELECT id_product, 0, id_shop, id_shop_group, SUM(quantity), SUM(quantity), 0, 0, 2
            FROM ps_stock_available
            WHERE id_product IN (%s) AND id_product_attribute > 0 AND id_shop = ? AND id_shop_group = ?
            GROUP BY id_product, id_shop, id_shop_group
            ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), physical_quantity = VALUES(quantity) + reserved_quantity""";
    private static final String STOCK_MANAGEMENT = """
            SELECT value FROM ps_configuration WHERE name = 'PS_STOCK_MANAGEMENT'
            AND (id_shop = ? OR id_shop IS NULL) AND (id_shop_group = ? OR id_shop_group IS NULL)
            ORDER BY id_shop IS NULL, id_shop_group IS NULL LIMIT 1""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PrestaShopProperties settings;
    private final String combinationsSql;
    private final String productsSql;
    private final String rowsSql;
    private final String setSql;
    private final String sumSql;
    private final String stockManagementSql;

    PrestaShopInventorySink(JdbcTemplate jdbc, TransactionTemplate transaction, PrestaShopTables tables,
                            PrestaShopProperties settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.combinationsSql = tables.sql(COMBINATIONS);
        this.productsSql = tables.sql(PRODUCTS);
        this.rowsSql = tables.sql(ROWS);
        this.setSql = tables.sql(SET);
        this.sumSql = tables.sql(SUM_COMBINATIONS);
        this.stockManagementSql = tables.sql(STOCK_MANAGEMENT);
    }

    /** One stock row: a product ({@code combination} 0) or one of its combinations. */
    private record Item(long product, long combination) {
    }

    @Override
    public InventoryResult apply(List<StockLevel> levels) {
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        for (StockLevel level : levels) {
            if (level.sku() != null && !level.sku().isBlank() && level.quantity() != null) {
                wanted.remove(level.sku().trim());
                wanted.put(level.sku().trim(), level.quantity());
            }
        }
        List<String> skus = new ArrayList<>(wanted.keySet());
        return transaction.execute(status -> {
            boolean managed = stockManaged();
            int changed = 0;
            int unchanged = 0;
            List<String> unknown = new ArrayList<>();
            List<String> unmanaged = new ArrayList<>();
            for (int from = 0; from < skus.size(); from += CHUNK) {
                List<String> chunk = skus.subList(from, Math.min(skus.size(), from + CHUNK));
                Map<String, List<Item>> items = new LinkedHashMap<>();
                Set<String> sumRows = new LinkedHashSet<>();
                find(chunk, items, sumRows);
                Set<Long> products = new LinkedHashSet<>();
                items.values().forEach(list -> list.forEach(i -> products.add(i.product())));
                Map<Item, long[]> current = rows(products);
                List<Object[]> writes = new ArrayList<>();
                Set<Long> withCombinationsChanged = new LinkedHashSet<>();
                for (String sku : chunk) {
                    List<Item> found = items.get(sku);
                    if (found == null) {
                        if (sumRows.contains(sku) || !managed) {
                            unmanaged.add(sku);
                        } else {
                            unknown.add(sku);
                        }
                        continue;
                    }
                    if (!managed) {
                        unmanaged.add(sku);
                        continue;
                    }
                    int quantity = units(wanted.get(sku));
                    boolean any = false;
                    for (Item item : found) {
                        long[] now = current.get(item);
                        if (now == null || now[0] != quantity) {
                            writes.add(new Object[] {now == null ? null : now[1], item.product(), item.combination(),
                                    settings.stockShop(), settings.stockShopGroup(), quantity, quantity, 0, 0, 2});
                            if (item.combination() > 0) {
                                withCombinationsChanged.add(item.product());
                            }
                            any = true;
                        }
                    }
                    if (any) {
                        changed++;
                    } else {
                        unchanged++;
                    }
                }
                SqlRows.update(jdbc, setSql, writes);
                if (!withCombinationsChanged.isEmpty()) {
                    List<Object> args = new ArrayList<>(withCombinationsChanged);
                    args.add(settings.stockShop());
                    args.add(settings.stockShopGroup());
                    jdbc.update(sumSql.formatted(SqlRows.placeholders(withCombinationsChanged.size())), args.toArray());
                }
            }
            return new InventoryResult(changed, unchanged, unknown, unmanaged);
        });
    }

    /** SKU → its stock rows; {@code sumRows} gets the references of products whose row is their combinations' sum. */
    private void find(List<String> skus, Map<String, List<Item>> items, Set<String> sumRows) {
        Object[] args = skus.toArray();
        String in = SqlRows.placeholders(skus.size());
        jdbc.query(combinationsSql.formatted(in), rs -> {
            items.computeIfAbsent(rs.getString(3).trim(), k -> new ArrayList<>()).add(new Item(rs.getLong(1), rs.getLong(2)));
        }, args);
        jdbc.query(productsSql.formatted(in), rs -> {
            String sku = rs.getString(2).trim();
            if (rs.getBoolean(3)) {
                sumRows.add(sku);
            } else {
                items.computeIfAbsent(sku, k -> new ArrayList<>()).add(new Item(rs.getLong(1), 0));
            }
        }, args);
    }

    /** Each stock row: its quantity and {@code id_stock_available}. */
    private Map<Item, long[]> rows(Set<Long> products) {
        Map<Item, long[]> rows = new HashMap<>();
        if (products.isEmpty()) {
            return rows;
        }
        List<Object> args = new ArrayList<>(products);
        args.add(settings.stockShop());
        args.add(settings.stockShopGroup());
        jdbc.query(rowsSql.formatted(SqlRows.placeholders(products.size())), rs -> {
            rows.put(new Item(rs.getLong(1), rs.getLong(2)), new long[] {rs.getInt(3), rs.getLong(4)});
        }, args.toArray());
        return rows;
    }

    private boolean stockManaged() {
        List<String> values = jdbc.queryForList(stockManagementSql, String.class, settings.shopId(), settings.shopGroupId());
        return values.isEmpty() || values.get(0) == null || !values.get(0).trim().equals("0");
    }

    /** Whole units, rounded down (a fraction of a unit cannot be sold), within PrestaShop's int column. */
    private static int units(BigDecimal quantity) {
        BigDecimal whole = quantity.setScale(0, RoundingMode.FLOOR);
        return whole.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }
}

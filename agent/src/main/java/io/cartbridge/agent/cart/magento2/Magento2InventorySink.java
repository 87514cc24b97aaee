package io.cartbridge.agent.cart.magento2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.InventorySink;
import io.cartbridge.agent.cart.magento2.api.Magento2Api;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock levels onto Magento, by SKU ({@code catalog_product_entity.sku}), for products whose stock Magento manages
 * ({@code cataloginventory_stock_item.manage_stock}, or the configuration's default, on) and that keep stock of their own
 * (simple, virtual, downloadable: a configurable or bundle is the sum of its children, reported unmanaged).
 *
 * <p>With MSI, what the shop sells is the salable quantity: the source's {@code inventory_source_item.quantity} plus the
 * stock's reservations ({@code inventory_reservation}, negative for the units of orders placed and not shipped yet). The
 * level the core hands over is what the shop should sell (the warehouse's figure less the orders the warehouse had not
 * seen, each once), so the source quantity becomes that level less the reservations: every unshipped order is then
 * subtracted exactly once, by its reservation. The source item's status is in stock while the source holds units, and on
 * the {@code default} source the legacy stock item and stock status follow, as MSI keeps them.
 *
 * <p>Without MSI, Magento takes an order's units off {@code cataloginventory_stock_item.qty} when it is placed, so that
 * quantity is already what the shop sells: it becomes the level, with {@code is_in_stock} and
 * {@code cataloginventory_stock_status} following.
 *
 * <p>With {@code write-back: api} and MSI, the changed source items go to {@code POST V1/inventory/source-items},
 * {@value Magento2Api#SOURCE_ITEMS} a call, instead of the table writes: Magento then reindexes the SKUs' stock, syncs
 * the legacy stock item of the {@code default} source, and cleans the cache of the products' pages, which table
 * writes leave stale. Items are still found and compared on the database (an unchanged item costs no request).
 * Without MSI the table writes stay (the legacy API sets one product a call).
 */
final class Magento2InventorySink implements InventorySink {

    static final int CHUNK = 1000;

    /** {@code %s}: one bound placeholder per SKU. */
    private static final String PRODUCTS = """
            SELECT e.sku, e.entity_id, e.type_id, COALESCE(si.use_config_manage_stock, 1), COALESCE(si.manage_stock, 1),
                   si.qty, si.is_in_stock
            FROM {catalog_product_entity} e
            LEFT JOIN {cataloginventory_stock_item} si ON si.product_id = e.entity_id AND si.stock_id = 1
            WHERE e.sku IN (%s)""";
    /** {@code %s}: one bound placeholder per SKU. The reservations of the stocks the source belongs to. */
    private static final String SOURCE_ITEMS = """
            SELECT e.sku, s.quantity, s.status,
                   (SELECT COALESCE(SUM(r.quantity), 0) FROM {inventory_reservation} r
                    WHERE r.sku = e.sku AND r.stock_id IN (SELECT l.stock_id FROM {inventory_source_stock_link} l
                                                           WHERE l.source_code = ?)) AS reserved
            FROM {catalog_product_entity} e
            LEFT JOIN {inventory_source_item} s ON s.sku = e.sku AND s.source_code = ?
            WHERE e.sku IN (%s)""";
    private static final String SET_SOURCE = """
            INSERT INTO {inventory_source_item} (source_code, sku, quantity, status) VALUES (?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), status = VALUES(status)""";
    private static final String SET_LEGACY = """
            UPDATE {cataloginventory_stock_item} SET qty = ?, is_in_stock = ? WHERE product_id = ? AND stock_id = 1""";
    private static final String SET_LEGACY_STATUS = """
            UPDATE {cataloginventory_stock_status} SET qty = ?, stock_status = ? WHERE product_id = ? AND stock_id = 1""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final boolean msi;
    private final String sourceCode;
    private final String productsSql;
    private final String sourceItemsSql;
    private final String setSourceSql;
    private final String setLegacySql;
    private final String setLegacyStatusSql;
    private final Magento2Api api;

    /** @param api the shop's REST API, which then takes MSI's source items; {@code null} for table writes */
    Magento2InventorySink(JdbcTemplate jdbc, TransactionTemplate transaction, Magento2Tables tables, boolean msi,
                          String sourceCode, Magento2Api api) {
        this.api = msi ? api : null;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.msi = msi;
        this.sourceCode = sourceCode;
        this.productsSql = tables.sql(PRODUCTS);
        this.sourceItemsSql = tables.sql(SOURCE_ITEMS);
        this.setSourceSql = tables.sql(SET_SOURCE);
        this.setLegacySql = tables.sql(SET_LEGACY);
        this.setLegacyStatusSql = tables.sql(SET_LEGACY_STATUS);
    }

    /** A catalog product and its legacy stock item. */
    private record Product(long id, String type, boolean managed, BigDecimal qty, Integer inStock) {
    }

    /** A source item's quantity and status (null when the source has no row for the SKU) and the stock's reservations. */
    private record SourceItem(BigDecimal quantity, Integer status, BigDecimal reserved) {
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
            int changed = 0;
            int unchanged = 0;
            List<String> unknown = new ArrayList<>();
            List<String> unmanaged = new ArrayList<>();
            for (int from = 0; from < skus.size(); from += CHUNK) {
                List<String> chunk = skus.subList(from, Math.min(skus.size(), from + CHUNK));
                Map<String, Product> products = products(chunk);
                Map<String, SourceItem> sourceItems = msi ? sourceItems(chunk) : Map.of();
                List<Object[]> sources = new ArrayList<>();
                List<Object[]> legacy = new ArrayList<>();
                for (String sku : chunk) {
                    Product product = products.get(sku);
                    if (product == null) {
                        unknown.add(sku);
                        continue;
                    }
                    if (!product.managed() || !Magento2SourceDeduction.SOURCE_ITEM_TYPES.contains(product.type())) {
                        unmanaged.add(sku);
                        continue;
                    }
                    BigDecimal level = wanted.get(sku);
                    boolean write;
                    BigDecimal legacyQty;
                    if (msi) {
                        SourceItem item = sourceItems.get(sku);
                        BigDecimal quantity = level.subtract(item.reserved());
                        int inStock = quantity.signum() > 0 ? 1 : 0;
                        write = item.quantity() == null || item.quantity().compareTo(quantity) != 0
                                || item.status() != inStock;
                        if (write) {
                            sources.add(new Object[] {sourceCode, sku, quantity, inStock});
                        }
                        legacyQty = sourceCode.equals("default") ? quantity : null;
                    } else {
                        legacyQty = level;
                        write = product.qty() == null || product.qty().compareTo(level) != 0
                                || product.inStock() == null || product.inStock() != (level.signum() > 0 ? 1 : 0);
                    }
                    if (legacyQty != null && write) {
                        legacy.add(new Object[] {legacyQty, legacyQty.signum() > 0 ? 1 : 0, product.id()});
                    }
                    if (write) {
                        changed++;
                    } else {
                        unchanged++;
                    }
                }
                if (api != null) {
                    send(sources);
                    continue;
                }
                if (!sources.isEmpty()) {
                    jdbc.batchUpdate(setSourceSql, sources);
                }
                if (!legacy.isEmpty()) {
                    jdbc.batchUpdate(setLegacySql, legacy);
                    jdbc.batchUpdate(setLegacyStatusSql, legacy);
                }
            }
            return new InventoryResult(changed, unchanged, unknown, unmanaged);
        });
    }

    /** The source items through the API; setting a quantity is idempotent, so a call is retried whole. */
    private void send(List<Object[]> sources) {
        List<Magento2Api.SourceItem> items = sources.stream().map(r -> new Magento2Api.SourceItem((String) r[1],
                (String) r[0], (BigDecimal) r[2], (Integer) r[3] == 1)).toList();
        for (int from = 0; from < items.size(); from += Magento2Api.SOURCE_ITEMS) {
            List<Magento2Api.SourceItem> call = items.subList(from, Math.min(items.size(), from + Magento2Api.SOURCE_ITEMS));
            api.client().retrying("stock of " + call.size() + " source items", () -> {
                api.saveSourceItems(call);
                return null;
            });
        }
    }

    private Map<String, Product> products(List<String> skus) {
        Map<String, Product> products = new HashMap<>();
        jdbc.query(productsSql.formatted(Magento2Tables.placeholders(skus.size())), rs -> {
            int inStock = rs.getInt(7);
            Integer stockFlag = rs.wasNull() ? null : inStock;
            products.put(rs.getString(1), new Product(rs.getLong(2), rs.getString(3),
                    rs.getInt(4) == 1 || rs.getInt(5) == 1, rs.getBigDecimal(6), stockFlag));
        }, skus.toArray());
        return products;
    }

    private Map<String, SourceItem> sourceItems(List<String> skus) {
        Map<String, SourceItem> items = new HashMap<>();
        List<Object> args = new ArrayList<>();
        args.add(sourceCode);
        args.add(sourceCode);
        args.addAll(skus);
        jdbc.query(sourceItemsSql.formatted(Magento2Tables.placeholders(skus.size())), rs -> {
            int status = rs.getInt(3);
            Integer statusOrNull = rs.wasNull() ? null : status;
            items.put(rs.getString(1), new SourceItem(rs.getBigDecimal(2), statusOrNull, rs.getBigDecimal(4)));
        }, args.toArray());
        return items;
    }
}

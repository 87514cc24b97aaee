package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
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
 *
 * <p>Backorders ({@code cataloginventory_stock_item.backorders}, or the configuration's default, off): as Magento's
 * {@code StockStateProvider::verifyStock} decides, a product without backorders is in stock only above its
 * out-of-stock threshold ({@code min_qty}), and its quantity is never set below 0 (where the orders not shipped yet
 * reserve more than the level, 0 is written and the item reported in {@link InventoryResult#adjusted()}); a product
 * with backorders stays in stock and its quantity may go below 0, as Magento's own sales take it.
 */
final class Magento2InventorySink implements InventorySink {

    static final int CHUNK = 1000;

    /** {@code %s}: one bound placeholder per SKU. */
    private static final String PRODUCTS = """
            SELECT e.sku, e.entity_id, e.type_id, COALESCE(si.use_config_manage_stock, 1), COALESCE(si.manage_stock, 1),
                   si.qty, si.is_in_stock,
                   CASE WHEN COALESCE(si.use_config_backorders, 1) = 1 THEN 0 ELSE si.backorders END,
                   CASE WHEN COALESCE(si.use_config_min_qty, 1) = 1 THEN 0 ELSE si.min_qty END, si.item_id
            FROM {catalog_product_entity} e
            LEFT JOIN {cataloginventory_stock_item} si ON si.product_id = e.entity_id AND si.stock_id = 1
            WHERE e.sku IN (%1$s)""";
    /**
     * {@code %s}: one bound placeholder per SKU, twice. The reservations of the stocks the source belongs to, summed per
     * SKU in one pass over the reservations' (stock, SKU, quantity) index.
     */
    private static final String SOURCE_ITEMS = """
            SELECT e.sku, s.quantity, s.status, COALESCE(r.reserved, 0), s.source_item_id
            FROM {catalog_product_entity} e
            LEFT JOIN {inventory_source_item} s ON s.sku = e.sku AND s.source_code = ?
            LEFT JOIN (SELECT r.sku, SUM(r.quantity) AS reserved FROM {inventory_reservation} r
                       WHERE r.stock_id IN (SELECT l.stock_id FROM {inventory_source_stock_link} l WHERE l.source_code = ?)
                         AND r.sku IN (%1$s)
                       GROUP BY r.sku) r ON r.sku = e.sku
            WHERE e.sku IN (%1$s)""";
    /** {@code %s}: one bound placeholder per product. The legacy stock status rows of the default stock, per website. */
    private static final String STATUS_ROWS = """
            SELECT product_id, website_id FROM {cataloginventory_stock_status} WHERE stock_id = 1 AND product_id IN (%s)""";
    /**
     * Multi-row ({@link SqlRows#update}), as the rows written below. A row that exists is named by its primary key: a
     * duplicate found on the unique (source, SKU) key instead would first insert a row under a new id and roll it back.
     */
    private static final String SET_SOURCE = """
            INSERT INTO {inventory_source_item} (source_item_id, source_code, sku, quantity, status) VALUES %s
            ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), status = VALUES(status)""";
    /** Only rows that exist (by their {@code item_id}): an update of each, in one statement. */
    private static final String SET_LEGACY = """
            INSERT INTO {cataloginventory_stock_item} (item_id, product_id, stock_id, qty, is_in_stock) VALUES %s
            ON DUPLICATE KEY UPDATE qty = VALUES(qty), is_in_stock = VALUES(is_in_stock)""";
    /** Only rows that exist (read by {@link #STATUS_ROWS}). */
    private static final String SET_LEGACY_STATUS = """
            INSERT INTO {cataloginventory_stock_status} (product_id, website_id, stock_id, qty, stock_status) VALUES %s
            ON DUPLICATE KEY UPDATE qty = VALUES(qty), stock_status = VALUES(stock_status)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final boolean msi;
    private final String sourceCode;
    private final String productsSql;
    private final String sourceItemsSql;
    private final String setSourceSql;
    private final String setLegacySql;
    private final String setLegacyStatusSql;
    private final String statusRowsSql;
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
        this.statusRowsSql = tables.sql(STATUS_ROWS);
    }

    /** A catalog product and its legacy stock item. */
    private record Product(long id, String type, boolean managed, BigDecimal qty, Integer inStock, boolean backorders,
                           BigDecimal minQty, Long stockItemId) {

        /** The quantity Magento allows: any with backorders, else none below 0. */
        BigDecimal allowed(BigDecimal quantity) {
            return backorders ? quantity : quantity.max(BigDecimal.ZERO);
        }

        /** {@code is_in_stock} / source item status at that quantity, as {@code verifyStock} decides it. */
        int inStockAt(BigDecimal quantity) {
            return backorders || quantity.compareTo(minQty.max(BigDecimal.ZERO)) > 0 ? 1 : 0;
        }
    }

    /** A source item's quantity and status (null when the source has no row for the SKU) and the stock's reservations. */
    private record SourceItem(BigDecimal quantity, Integer status, BigDecimal reserved, Long id) {
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
            List<String> adjusted = new ArrayList<>();
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
                        BigDecimal asked = level.subtract(item.reserved());
                        BigDecimal quantity = product.allowed(asked);
                        if (quantity.compareTo(asked) != 0) {
                            adjusted.add(sku + " " + quantity.stripTrailingZeros().toPlainString() + " ("
                                    + asked.stripTrailingZeros().toPlainString() + ")");
                        }
                        int inStock = product.inStockAt(quantity);
                        write = item.quantity() == null || item.quantity().compareTo(quantity) != 0
                                || item.status() != inStock;
                        if (write) {
                            sources.add(new Object[] {item.id(), sourceCode, sku, quantity, inStock});
                        }
                        legacyQty = sourceCode.equals("default") ? quantity : null;
                    } else {
                        legacyQty = product.allowed(level);
                        if (legacyQty.compareTo(level) != 0) {
                            adjusted.add(sku + " " + legacyQty.stripTrailingZeros().toPlainString() + " ("
                                    + level.stripTrailingZeros().toPlainString() + ")");
                        }
                        write = product.qty() == null || product.qty().compareTo(legacyQty) != 0
                                || product.inStock() == null || product.inStock() != product.inStockAt(legacyQty);
                    }
                    if (legacyQty != null && write && product.stockItemId() != null) {
                        legacy.add(new Object[] {product.stockItemId(), product.id(), 1, legacyQty,
                                product.inStockAt(legacyQty)});
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
                SqlRows.update(jdbc, setSourceSql, sources);
                SqlRows.update(jdbc, setLegacySql, legacy);
                SqlRows.update(jdbc, setLegacyStatusSql, statusRows(legacy));
            }
            return new InventoryResult(changed, unchanged, unknown, unmanaged, adjusted);
        });
    }

    /** The source items through the API; setting a quantity is idempotent, so a call is retried whole. */
    private void send(List<Object[]> sources) {
        List<Magento2Api.SourceItem> items = sources.stream().map(r -> new Magento2Api.SourceItem((String) r[2],
                (String) r[1], (BigDecimal) r[3], (Integer) r[4] == 1)).toList();
        for (int from = 0; from < items.size(); from += Magento2Api.SOURCE_ITEMS) {
            List<Magento2Api.SourceItem> call = items.subList(from, Math.min(items.size(), from + Magento2Api.SOURCE_ITEMS));
            api.client().retrying("stock of " + call.size() + " source items", () -> {
                api.saveSourceItems(call);
                return null;
            });
        }
    }

    /** The stock status rows of the legacy stock items written ({@code item_id, product_id, 1, qty, in stock}), per website. */
    private List<Object[]> statusRows(List<Object[]> legacy) {
        if (legacy.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byProduct = new HashMap<>();
        for (Object[] row : legacy) {
            byProduct.put((Long) row[1], row);
        }
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(statusRowsSql.formatted(SqlRows.placeholders(byProduct.size())), rs -> {
            Object[] item = byProduct.get(rs.getLong(1));
            rows.add(new Object[] {item[1], rs.getInt(2), 1, item[3], item[4]});
        }, byProduct.keySet().toArray());
        return rows;
    }

    private Map<String, Product> products(List<String> skus) {
        Map<String, Product> products = new HashMap<>();
        jdbc.query(productsSql.formatted(SqlRows.placeholders(skus.size())), rs -> {
            int inStock = rs.getInt(7);
            Integer stockFlag = rs.wasNull() ? null : inStock;
            products.put(rs.getString(1), new Product(rs.getLong(2), rs.getString(3),
                    rs.getInt(4) == 1 || rs.getInt(5) == 1, rs.getBigDecimal(6), stockFlag, rs.getInt(8) > 0,
                    rs.getBigDecimal(9) == null ? BigDecimal.ZERO : rs.getBigDecimal(9), (Long) rs.getObject(10, Long.class)));
        }, skus.toArray());
        return products;
    }

    private Map<String, SourceItem> sourceItems(List<String> skus) {
        Map<String, SourceItem> items = new HashMap<>();
        List<Object> args = new ArrayList<>();
        args.add(sourceCode);
        args.add(sourceCode);
        args.addAll(skus);
        args.addAll(skus);
        jdbc.query(sourceItemsSql.formatted(SqlRows.placeholders(skus.size())), rs -> {
            int status = rs.getInt(3);
            Integer statusOrNull = rs.wasNull() ? null : status;
            items.put(rs.getString(1), new SourceItem(rs.getBigDecimal(2), statusOrNull, rs.getBigDecimal(4),
                    rs.getObject(5, Long.class)));
        }, args.toArray());
        return items;
    }
}

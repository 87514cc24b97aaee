package io.cartbridge.agent.cart.magento2;

import io.cartbridge.agent.support.SqlRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What MSI's {@code SourceDeductionProcessor} writes when a shipment is created: the source the shipment left from
 * ({@code inventory_shipment_source}), the shipped units deducted from that source's {@code inventory_source_item} (its
 * status out of stock once nothing is left), and one reservation per SKU of {@code +units} whose metadata names the
 * event ({@code shipment_created}) and the order: it balances the order's {@code order_placed} reservation, so the
 * salable quantity (source quantity plus the stock's reservations) does not move. Products whose stock is not managed
 * are not deducted; a SKU the catalog no longer has gets its reservation all the same, as MSI does. On the default source
 * the legacy {@code cataloginventory_stock_item} and {@code cataloginventory_stock_status} follow, as MSI keeps them.
 */
final class Magento2SourceDeduction {

    private static final String SHIPMENT_SOURCE = """
            INSERT INTO {inventory_shipment_source} (shipment_id, source_code) VALUES (?, ?)""";
    /** The stock of the store's website, as MSI's sales channels map it. */
    private static final String STOCK = """
            SELECT c.stock_id FROM {store} s
            JOIN {store_website} w ON w.website_id = s.website_id
            JOIN {inventory_stock_sales_channel} c ON c.type = 'website' AND c.code = w.code
            WHERE s.store_id = ?""";
    /** {@code %s}: one bound placeholder per SKU. */
    private static final String PRODUCTS = """
            SELECT e.sku, e.type_id, COALESCE(si.use_config_manage_stock, 1), COALESCE(si.manage_stock, 1),
                   CASE WHEN COALESCE(si.use_config_backorders, 1) = 1 THEN 0 ELSE si.backorders END
            FROM {catalog_product_entity} e
            LEFT JOIN {cataloginventory_stock_item} si ON si.product_id = e.entity_id AND si.stock_id = 1
            WHERE e.sku IN (%s)""";
    /**
     * MariaDB assigns left to right: the status sees the quantity after the deduction. A product with backorders stays
     * in stock below 0 (the second parameter, 1 with backorders), as MSI's source deduction keeps it.
     */
    private static final String DEDUCT = """
            UPDATE {inventory_source_item}
            SET quantity = quantity - ?, status = CASE WHEN status = 0 THEN 0 WHEN ? = 1 OR quantity > 0 THEN 1 ELSE 0 END
            WHERE source_code = ? AND sku = ?""";
    private static final String RESERVE = """
            INSERT INTO {inventory_reservation} (stock_id, sku, quantity, metadata) VALUES (?, ?, ?, ?)""";
    static final String LEGACY_ITEM = """
            UPDATE {cataloginventory_stock_item} si
            JOIN {catalog_product_entity} e ON e.entity_id = si.product_id
            JOIN {inventory_source_item} s ON s.sku = e.sku AND s.source_code = 'default'
            SET si.qty = s.quantity, si.is_in_stock = s.status
            WHERE e.sku = ? AND si.stock_id = 1""";
    static final String LEGACY_STATUS = """
            UPDATE {cataloginventory_stock_status} ss
            JOIN {catalog_product_entity} e ON e.entity_id = ss.product_id
            JOIN {inventory_source_item} s ON s.sku = e.sku AND s.source_code = 'default'
            SET ss.qty = s.quantity, ss.stock_status = s.status
            WHERE e.sku = ? AND ss.stock_id = 1""";

    /** Product types whose stock MSI keeps per source ({@code IsSourceItemManagementAllowedForProductType}). */
    static final Set<String> SOURCE_ITEM_TYPES = Set.of("simple", "virtual", "downloadable");

    private final JdbcTemplate jdbc;
    private final String sourceCode;
    private final String shipmentSourceSql;
    private final String stockSql;
    private final String productsSql;
    private final String deductSql;
    private final String reserveSql;
    private final String legacyItemSql;
    private final String legacyStatusSql;

    Magento2SourceDeduction(JdbcTemplate jdbc, Magento2Tables tables, String sourceCode) {
        this.jdbc = jdbc;
        this.sourceCode = sourceCode;
        this.shipmentSourceSql = tables.sql(SHIPMENT_SOURCE);
        this.stockSql = tables.sql(STOCK);
        this.productsSql = tables.sql(PRODUCTS);
        this.deductSql = tables.sql(DEDUCT);
        this.reserveSql = tables.sql(RESERVE);
        this.legacyItemSql = tables.sql(LEGACY_ITEM);
        this.legacyStatusSql = tables.sql(LEGACY_STATUS);
    }

    /** The stock id of the store's website; Default Stock (1) when no sales channel names the website. */
    int stockId(int storeId) {
        List<Integer> ids = jdbc.queryForList(stockSql, Integer.class, storeId);
        return ids.isEmpty() ? 1 : ids.get(0);
    }

    /**
     * Writes a new shipment's source deduction and balancing reservations.
     *
     * @param units SKU → units shipped (children's SKUs for configurable and bundle items)
     */
    void shipped(long shipmentId, long orderId, String orderIncrementId, int stockId, Map<String, BigDecimal> units) {
        jdbc.update(shipmentSourceSql, shipmentId, sourceCode);
        if (units.isEmpty()) {
            return;
        }
        Map<String, Object[]> products = new HashMap<>();
        jdbc.query(productsSql.formatted(SqlRows.placeholders(units.size())), rs -> {
            products.put(rs.getString(1), new Object[] {rs.getString(2), rs.getInt(3) == 1 || rs.getInt(4) == 1,
                    rs.getInt(5) > 0 ? 1 : 0});
        }, units.keySet().toArray());
        String metadata = metadata(orderId, orderIncrementId);
        List<Object[]> deductions = new ArrayList<>();
        List<Object[]> reservations = new ArrayList<>();
        List<Object[]> legacy = new ArrayList<>();
        units.forEach((sku, quantity) -> {
            Object[] product = products.get(sku);
            if (product != null && (boolean) product[1] && SOURCE_ITEM_TYPES.contains((String) product[0])) {
                deductions.add(new Object[] {quantity, product[2], sourceCode, sku});
                legacy.add(new Object[] {sku});
            }
            if (product == null || SOURCE_ITEM_TYPES.contains((String) product[0])) {
                reservations.add(new Object[] {stockId, sku, quantity, metadata});
            }
        });
        if (!deductions.isEmpty()) {
            jdbc.batchUpdate(deductSql, deductions);
            if (sourceCode.equals("default")) {
                jdbc.batchUpdate(legacyItemSql, legacy);
                jdbc.batchUpdate(legacyStatusSql, legacy);
            }
        }
        if (!reservations.isEmpty()) {
            jdbc.batchUpdate(reserveSql, reservations);
        }
    }

    /**
     * The reservation's metadata as MSI serializes its sales event ({@code SalesEventToArrayConverter}, JSON): the order's
     * entity id and increment id as strings.
     */
    static String metadata(long orderId, String incrementId) {
        return "{\"event_type\":\"shipment_created\",\"object_type\":\"order\",\"object_id\":\"" + orderId
                + "\",\"object_increment_id\":\"" + json(incrementId == null ? "" : incrementId) + "\"}";
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

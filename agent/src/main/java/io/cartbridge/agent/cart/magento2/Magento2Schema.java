package io.cartbridge.agent.cart.magento2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which Magento tables the plugin's statements use, whether the cart's database has them under the configured prefix,
 * and which stock the install keeps: Multi-Source Inventory when its source-item and reservation tables are there
 * (Magento 2.3 and later with the Inventory modules enabled), else the legacy {@code cataloginventory_*} tables alone.
 */
final class Magento2Schema {

    private static final String TABLES = """
            SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()""";

    static final List<String> TABLE_NAMES = List.of("sales_order", "sales_order_item", "sales_order_address",
            "sales_order_grid", "sales_order_status_history", "sales_order_status_state", "sales_shipment",
            "sales_shipment_item", "sales_shipment_track", "sales_shipment_comment", "sales_shipment_grid",
            "sales_sequence_meta", "sales_sequence_profile", "store", "store_website", "directory_country_region",
            "catalog_product_entity", "cataloginventory_stock_item", "cataloginventory_stock_status");

    static final List<String> MSI_TABLE_NAMES = List.of("inventory_source_item", "inventory_reservation",
            "inventory_source_stock_link", "inventory_shipment_source", "inventory_stock_sales_channel");

    private Magento2Schema() {
    }

    /** Whether the install keeps its stock in MSI's tables. */
    static boolean msi(JdbcTemplate jdbc, String prefix) {
        Set<String> present = new TreeSet<>(jdbc.queryForList(TABLES, String.class));
        return MSI_TABLE_NAMES.stream().allMatch(t -> present.contains(prefix + t));
    }

    /** {@return what is missing, in one sentence, or {@code null} when every table is there} */
    static String missingTables(JdbcTemplate jdbc, String prefix, String settings) {
        Set<String> present = new TreeSet<>(jdbc.queryForList(TABLES, String.class));
        List<String> missing = new ArrayList<>();
        for (String table : TABLE_NAMES) {
            if (!present.contains(prefix + table)) {
                missing.add(prefix + table);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        String suffix = missing.get(0).substring(prefix.length());
        List<String> elsewhere = present.stream().filter(t -> t.endsWith(suffix) && !t.equals(prefix + suffix)).toList();
        if (!elsewhere.isEmpty()) {
            return "no table " + missing.get(0) + " (" + settings + ".table-prefix is '" + prefix
                    + "'; tables found ending in " + suffix + ": " + String.join(", ", elsewhere) + ")";
        }
        return (missing.size() == 1 ? "no table " : "no tables ") + String.join(", ", missing)
                + " (Magento 2 needs them; " + settings + ".table-prefix is '" + prefix + "')";
    }
}

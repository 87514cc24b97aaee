package io.cartbridge.agent.cart.prestashop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which PrestaShop tables the plugin's statements use, and whether the cart's database has them under the configured
 * prefix; and CartBridge's own table beside them, {@code cartbridge_shipment}, which the plugin creates as a module
 * creates its tables: PrestaShop keeps no shipped quantity per order line, so the units each warehouse shipment
 * shipped are kept there, for partial shipments to add up.
 */
final class PrestaShopSchema {

    private static final String TABLES = """
            SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()""";

    static final List<String> TABLE_NAMES = List.of("orders", "order_detail", "order_state", "order_history",
            "order_carrier", "carrier", "address", "country", "state", "customer", "configuration", "product",
            "product_attribute", "stock_available");

    /** One row per (order, warehouse shipment, reference): units of the reference the shipment shipped. */
    static final String CREATE_SHIPMENTS = """
            CREATE TABLE IF NOT EXISTS ps_cartbridge_shipment (
              id_order int(10) unsigned NOT NULL,
              shipment_id varchar(190) NOT NULL,
              reference varchar(64) NOT NULL,
              quantity decimal(20,6) NOT NULL DEFAULT '0.000000',
              date_add datetime NOT NULL,
              PRIMARY KEY (id_order, shipment_id, reference)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";

    private PrestaShopSchema() {
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
        List<String> elsewhere = present.stream().filter(t -> t.endsWith("_" + suffix)).toList();
        if (!elsewhere.isEmpty()) {
            return "no table " + missing.get(0) + " (" + settings + ".table-prefix is '" + prefix
                    + "'; tables found with suffix " + suffix + ": " + String.join(", ", elsewhere) + ")";
        }
        return (missing.size() == 1 ? "no table " : "no tables ") + String.join(", ", missing)
                + " (PrestaShop needs them; " + settings + ".table-prefix is '" + prefix + "')";
    }
}

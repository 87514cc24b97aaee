package io.cartbridge.agent.demo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.cartbridge.agent.config.EmbeddedDatabaseListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cart platforms {@code demo --platform} runs on. WooCommerce is the demo's own store ({@link DemoStore});
 * every other platform has a demo store in {@code sample-data/<platform>} ({@code schema.sql}, written from the
 * platform's own schema files, and {@code demo-store.sql}), loaded once into a database of its own
 * ({@code demo_shop_<platform>}) beside a ledger of its own ({@code cartbridge_<platform>}), so that each platform's
 * demo sends its orders once whatever the others did.
 */
final class DemoPlatforms {

    static final String WOOCOMMERCE = "woocommerce";

    /**
     * A platform's demo store.
     *
     * @param name          the platform's name, as {@code cartbridge.cart.platform} takes it
     * @param label         the platform as its users call it
     * @param prefix        the table prefix of its sample scripts
     * @param ordersTable   the table whose presence says the store was loaded, without prefix
     * @param settings      what the demo store needs besides the platform: its shipping methods mapped
     */
    record DemoPlatform(String name, String label, String prefix, String ordersTable, Map<String, Object> settings) {

        /** Loads the demo store unless the database already has one; true if it loaded it. */
        boolean seedOnce(DataSource cart) {
            if (WOOCOMMERCE.equals(name)) {
                return DemoStore.seedOnce(cart, prefix);
            }
            Integer tables = new JdbcTemplate(cart).queryForObject("""
                    SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?""",
                    Integer.class, prefix + ordersTable);
            if (tables != null && tables > 0) {
                return false;
            }
            DemoStore.runScript(cart, "sample-data/" + name + "/schema.sql", prefix, prefix);
            DemoStore.runScript(cart, "sample-data/" + name + "/demo-store.sql", prefix, prefix);
            return true;
        }
    }

    private static final List<DemoPlatform> PLATFORMS = List.of(
            new DemoPlatform(WOOCOMMERCE, "WooCommerce", "wp_", "wc_orders", Map.of()),
            // a PrestaShop carrier is mapped by its id_reference, which its versions share
            new DemoPlatform("prestashop", "PrestaShop", "ps_", "orders", Map.of(
                    "cartbridge.shipping-methods.1.carrier", "UPSN", "cartbridge.shipping-methods.1.service", "GND",
                    "cartbridge.shipping-methods.2.carrier", "FDEG", "cartbridge.shipping-methods.2.service", "2D")),
            // Magento 2 names a shipping method carrier_method; a standard install has no table prefix
            new DemoPlatform("magento2", "Magento 2", "", "sales_order", Map.of(
                    "cartbridge.shipping-methods.flatrate_flatrate.carrier", "UPSN",
                    "cartbridge.shipping-methods.flatrate_flatrate.service", "GND",
                    "cartbridge.shipping-methods.tablerate_bestway.carrier", "FDEG",
                    "cartbridge.shipping-methods.tablerate_bestway.service", "2D")));

    private DemoPlatforms() {
    }

    /** The platform of that name; null means WooCommerce. */
    static DemoPlatform named(String name) {
        String wanted = name == null ? WOOCOMMERCE : name.trim().toLowerCase(java.util.Locale.ROOT);
        return PLATFORMS.stream().filter(p -> p.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--platform must be one of " + names() + ", not " + name));
    }

    static List<String> names() {
        return PLATFORMS.stream().map(DemoPlatform::name).toList();
    }

    /**
     * The demo's settings on that platform: the one-shop demo's (of the format's demo, when not X12) with the
     * platform's store and shipping methods, and databases of the platform's own on the demo's embedded MariaDB.
     *
     * @param base  the settings of the demo on WooCommerce in the chosen format
     * @param home  the state folder of this platform's demo ({@code demo/<platform>[-<format>]})
     * @param names the suffix of its databases: {@code prestashop}, {@code prestashop_edifact} ...
     */
    static Map<String, Object> properties(DemoPlatform platform, Map<String, Object> base, Path home, String names) {
        Map<String, Object> p = new HashMap<>();
        base.forEach((key, value) -> {
            if (!key.startsWith("cartbridge.shipping-methods.") && !key.startsWith("cartbridge.cart.woocommerce.")) {
                p.put(key, value);
            }
        });
        p.put("cartbridge.home", home.toString());
        p.put("spring.datasource.url", EmbeddedDatabaseListener.server(home.getParent()).jdbcUrl("cartbridge_" + names));
        p.put("spring.datasource.username", "root");
        p.put("spring.datasource.password", "");
        p.put("cartbridge.cart.embedded-database", "demo_shop_" + names);
        p.put("cartbridge.cart.platform", platform.name());
        p.putAll(platform.settings());
        return p;
    }
}

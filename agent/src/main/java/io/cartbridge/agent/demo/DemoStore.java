package io.cartbridge.agent.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The demo WooCommerce stores from {@code sample-data/woocommerce}: the WooCommerce tables and a
 * catalogue with orders, loaded once into an empty database. {@link #SEED} is the demo store (HPOS
 * storage, a few dozen orders); {@link #OUTLET} the second shop of {@code demo --shops 2} (posts storage).
 */
public final class DemoStore {

    private static final String SCHEMA = "sample-data/woocommerce/schema.sql";
    static final String SEED = "sample-data/woocommerce/demo-store.sql";
    static final String OUTLET = "sample-data/woocommerce/demo-outlet.sql";
    private static final String HAS_ORDERS = """
            SELECT COUNT(*) FROM information_schema.tables
            WHERE table_schema = DATABASE() AND table_name = ?""";

    private DemoStore() {
    }

    /** Creates the WooCommerce tables (with the given prefix) if they are missing. */
    public static void createSchema(DataSource cart, String prefix) {
        run(cart, SCHEMA, prefix);
    }

    /** Loads the demo store unless the database already has one; true if it loaded it. */
    public static boolean seedOnce(DataSource cart, String prefix) {
        return seedOnce(cart, prefix, SEED);
    }

    /** Loads the store of the {@code seed} script unless the database already has a store; true if it loaded it. */
    static boolean seedOnce(DataSource cart, String prefix, String seed) {
        Integer tables = new JdbcTemplate(cart).queryForObject(HAS_ORDERS, Integer.class, prefix + "wc_orders");
        if (tables != null && tables > 0) {
            return false;
        }
        run(cart, SCHEMA, prefix);
        run(cart, seed, prefix);
        return true;
    }

    private static void run(DataSource cart, String script, String prefix) {
        runScript(cart, script, "wp_", prefix);
    }

    /** Runs a script of the jar's {@code sample-data}, its tables' {@code scriptPrefix} replaced by {@code prefix}. */
    public static void runScript(DataSource cart, String script, String scriptPrefix, String prefix) {
        String sql;
        try (InputStream in = new ClassPathResource(script).getInputStream()) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + script, e);
        }
        if (!prefix.equals(scriptPrefix)) {
            sql = sql.replace(scriptPrefix, prefix);
        }
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(cart);
    }
}

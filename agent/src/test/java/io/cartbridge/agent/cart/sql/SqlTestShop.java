package io.cartbridge.agent.cart.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.agent.support.TestPostgres;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The example home-made shop of {@code sample-data/sql} (schema, seed data and the statements of
 * {@code cartbridge-sql.properties}) in a test database of its own, on MariaDB or on PostgreSQL.
 */
public final class SqlTestShop implements AutoCloseable {

    static final Path SAMPLE = Path.of("..", "sample-data", "sql");

    /** The database the shop runs on. */
    public enum Engine { MARIADB, POSTGRESQL }

    private final Engine engine;
    private final String url;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;

    public SqlTestShop(Engine engine) {
        this.engine = engine;
        this.url = engine == Engine.MARIADB ? TestDatabase.create("sqlshop") : TestPostgres.create("sqlshop");
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user());
        ds.setPassword(engine == Engine.MARIADB ? TestDatabase.password() : TestPostgres.password());
        ds.setPoolName("test-sql-shop");
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(0);
        this.dataSource = ds;
        this.jdbc = new JdbcTemplate(ds);
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                new FileSystemResource(SAMPLE.resolve(engine == Engine.MARIADB ? "schema-mariadb.sql" : "schema-postgresql.sql")),
                new FileSystemResource(SAMPLE.resolve("seed.sql")));
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(ds);
    }

    public String url() {
        return url;
    }

    public String user() {
        return engine == Engine.MARIADB ? TestDatabase.user() : TestPostgres.user();
    }

    public String password() {
        return engine == Engine.MARIADB ? TestDatabase.password() : TestPostgres.password();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The example's settings, {@code cartbridge.stores.shop.sql.*} and the shipping methods, as the file has them. */
    public static Map<String, String> exampleSettings() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(SAMPLE.resolve("cartbridge-sql.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> settings.put(k, properties.getProperty(k)));
        return settings;
    }

    /** The service level the shop keeps on an order, or {@code null}. */
    String service(long orderId) {
        return jdbc.queryForObject("SELECT service FROM customer_order WHERE id = ?", String.class, orderId);
    }

    /** {@code status|carrier|tracking|shipped_on} of an order. */
    String order(long id) {
        return jdbc.queryForObject("SELECT CONCAT(status, '|', COALESCE(carrier, ''), '|', COALESCE(tracking, ''), '|', "
                + "COALESCE(CAST(shipped_on AS CHAR(10)), '')) FROM customer_order WHERE id = ?", String.class, id);
    }

    /** {@code order shipment sku qty} of every shipment row, sorted. */
    List<String> shipmentItems() {
        return jdbc.queryForList("SELECT CONCAT(order_id, ' ', shipment_id, ' ', sku, ' ', qty) FROM order_shipment_item "
                + "ORDER BY order_id, shipment_id, sku", String.class);
    }

    List<String> notes(long order) {
        return jdbc.queryForList("SELECT note FROM order_note WHERE order_id = ? ORDER BY id", String.class, order);
    }

    /** {@code sku=stock} of every product with a SKU, by SKU. */
    List<String> stock() {
        return jdbc.queryForList("SELECT CONCAT(sku, '=', stock) FROM product WHERE sku IS NOT NULL ORDER BY sku", String.class);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

package io.cartbridge.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.config.EmbeddedMariaDb;
import io.cartbridge.agent.demo.DemoStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The shops of {@code bench order-export --stores N}: N WooCommerce stores (HPOS, prefix {@code wp_}), each in a
 * database of its own on the bench's MariaDB ({@code bench_shop_001}...), as a 3PL's client shops are separate
 * WordPress installations; every store has the same orders 1001..., so that the store has to be part of every key.
 * Store 1 is seeded with {@link BenchStore#seed}, the others are copied from it on the server.
 *
 * <p>The agent reaches the carts as user {@value #CART_USER} and its own database as {@value #AGENT_USER}, so that
 * MariaDB's per-user statistics ({@code userstat}) tell the two apart from each other and from the bench's own
 * statements (as root).
 */
final class BenchStores {

    static final String CART_USER = "bench_cart";
    static final String AGENT_USER = "bench_agent";
    static final String PARTNER = "bench3pl";
    private static final String PASSWORD = "bench-only";
    private static final String AGENT_DATABASE = "cartbridge";
    private static final String[] ANALYSED = {"wp_wc_orders", "wp_wc_order_addresses", "wp_woocommerce_order_items",
            "wp_woocommerce_order_itemmeta", "wp_wc_product_meta_lookup", "wp_posts", "wp_postmeta"};

    /** ER_OPTION_PREVENTS_STATEMENT: the server runs with --skip-grant-tables. */
    private static final int SKIP_GRANT_TABLES = 1290;

    private final EmbeddedMariaDb server;
    private final int stores;

    BenchStores(EmbeddedMariaDb server, int stores) {
        this.server = server;
        this.stores = stores;
    }

    static String store(int i) {
        return "shop%03d".formatted(i);
    }

    static String database(int i) {
        return "bench_shop_%03d".formatted(i);
    }

    static String senderId(int i) {
        return "SHOP%03d".formatted(i);
    }

    /** The server as root, for the bench's own statements. */
    SingleConnectionDataSource root(String database) {
        return new SingleConnectionDataSource("jdbc:mariadb://127.0.0.1:" + server.port() + "/" + database, "root", "", true);
    }

    /**
     * Drops the stores of an earlier bench, empties the agent's database (its migrations kept), makes the two users,
     * turns the per-user statistics on and seeds the stores.
     */
    void prepare(int ordersPerStore) throws SQLException {
        SingleConnectionDataSource root = root("");
        try (Connection c = root.getConnection(); Statement st = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT schema_name FROM information_schema.schemata "
                    + "WHERE schema_name LIKE 'bench\\_shop\\_%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String db : old) {
                st.execute("DROP DATABASE `" + db + "`");
            }
            st.execute("CREATE DATABASE IF NOT EXISTS " + AGENT_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            createUsers(st);
            st.execute("SET GLOBAL userstat = 1");
            st.execute("USE " + AGENT_DATABASE);
            BenchCommand.emptyTables(st, Set.of("flyway_schema_history"), false);
            for (int i = 1; i <= stores; i++) {
                st.execute("CREATE DATABASE `" + database(i) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        } finally {
            root.destroy();
        }
        SingleConnectionDataSource first = root(database(1));
        try {
            DemoStore.createSchema(first, "wp_");
            BenchStore.seed(new JdbcTemplate(first), ordersPerStore);
        } finally {
            first.destroy();
        }
        copyFirstStore();
    }

    /**
     * The two users, with their rights; the embedded MariaDB runs with {@code --skip-grant-tables}, where any user
     * logs in (and is still counted under its name) and users cannot be created.
     */
    private static void createUsers(Statement st) throws SQLException {
        try {
            for (String user : new String[] {CART_USER, AGENT_USER}) {
                // both hosts: a TCP login from 127.0.0.1 is 'localhost' to MariaDB, where an anonymous user may win
                for (String host : new String[] {"localhost", "127.0.0.1"}) {
                    st.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                    st.execute(user.equals(AGENT_USER) ? "GRANT ALL ON " + AGENT_DATABASE + ".* TO '" + user + "'@'" + host + "'"
                            : "GRANT ALL ON `bench\\_shop\\_%`.* TO '" + user + "'@'" + host + "'");
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != SKIP_GRANT_TABLES) {
                throw e;
            }
        }
    }

    private void copyFirstStore() throws SQLException {
        SingleConnectionDataSource root = root("");
        try (Connection c = root.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + database(1) + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (int i = 2; i <= stores; i++) {
                for (String table : tables) {
                    String to = "`" + database(i) + "`.`" + table + "`";
                    String from = "`" + database(1) + "`.`" + table + "`";
                    st.execute("CREATE TABLE " + to + " LIKE " + from);
                    st.execute("INSERT INTO " + to + " SELECT * FROM " + from);
                }
                String db = database(i);
                st.execute("ANALYZE TABLE " + String.join(", ", Arrays.stream(ANALYSED).map(t -> "`" + db + "`.`" + t + "`").toList()));
            }
        } finally {
            root.destroy();
        }
    }

    /** The agent's settings: its database, the stores, one partner (the sandbox) and a connection per store. */
    Map<String, Object> agentProperties(Map<String, Object> sandboxWarehouse) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + AGENT_DATABASE);
        p.put("spring.datasource.username", AGENT_USER);
        p.put("spring.datasource.password", PASSWORD);
        String partner = "cartbridge.partners." + PARTNER + ".";
        sandboxWarehouse.forEach((key, value) -> p.put(key.replace("cartbridge.warehouse.", partner), value));
        p.put(partner + "x12.receiver-id", "BENCH3PL");
        p.put(partner + "orders-per-file", 500);
        p.put(partner + "sftp.min-file-age", "0s");
        for (int i = 1; i <= stores; i++) {
            String store = "cartbridge.stores." + store(i) + ".";
            p.put(store + "platform", "woocommerce");
            p.put(store + "url", "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + database(i));
            p.put(store + "username", CART_USER);
            p.put(store + "password", PASSWORD);
            p.put(store + "table-prefix", "wp_");
            p.put(store + "woocommerce.storage", "hpos");
            String connection = "cartbridge.connections." + store(i) + ".";
            p.put(connection + "store", store(i));
            p.put(connection + "partner", PARTNER);
            p.put(connection + "x12.sender-id", senderId(i));
            p.put(connection + "shipping-methods.flat_rate.carrier", "UPSN");
            p.put(connection + "shipping-methods.flat_rate.service", "GND");
        }
        return p;
    }
}

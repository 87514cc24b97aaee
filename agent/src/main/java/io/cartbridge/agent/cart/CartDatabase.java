package io.cartbridge.agent.cart;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;

/**
 * The connection to the shop's database and the plugin for its platform, opened by the platform registered under
 * the store's {@code platform} setting ({@link CartPlatforms}). Created on first use, so
 * that commands which never touch the cart (listing executions, say) need no cart settings. The first
 * use also checks that the database can be reached and holds the platform's tables, so that a job and
 * {@code cartbridge check} fail with the same {@link CartDatabaseException} sentence.
 */
public class CartDatabase implements DisposableBean {

    private final String store;
    private final CartProperties properties;
    private HikariDataSource dataSource;
    private CartPlugin plugin;

    private final ScheduledExecutorService housekeeping;

    private final CartCalls calls;

    CartDatabase(String store, CartProperties properties, ScheduledExecutorService housekeeping, CartCalls calls) {
        this.store = store;
        this.calls = calls;
        this.properties = properties;
        this.housekeeping = housekeeping;
    }

    /**
     * The plugin of the configured platform; validates the settings first.
     *
     * @throws CartDatabaseException when the database cannot be reached or lacks the platform's tables
     */
    public synchronized CartPlugin plugin() {
        if (plugin == null) {
            properties.validate();
            requireConnection();
            CartPlatform platform = CartPlatforms.installed().get(properties.platform(), properties.boundAt() + ".platform");
            CartPlugin candidate = platform.open(new CartStore(store, properties.boundAt(), dataSource(),
                    properties.validatedTablePrefix(), properties.settings(), properties.writeBackMode(), calls));
            String missing = candidate.missingTables();
            if (missing != null) {
                List<String> recognized = CartPlatforms.installed().recognize(tableNames());
                throw new CartDatabaseException(missing + (recognized.isEmpty() ? ""
                        : "; the database holds " + String.join(", ", recognized)), null);
            }
            plugin = candidate;
        }
        return plugin;
    }

    /** The names of the tables of the database the URL names (of its schema, where the database has schemas). */
    private Set<String> tableNames() {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource().getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        } catch (SQLException e) {
            // only for the message: without the names, it names no platform
        }
        return names;
    }

    /** The database's URL and user, for messages: a password given in the URL is masked. */
    public String address() {
        return properties.url().replaceAll("(?i)(password=)[^&;]*", "$1****") + " as " + properties.username();
    }

    private void requireConnection() {
        try (Connection ignored = dataSource().getConnection()) {
            // connecting, with the configured URL and user, is the check; from now on idle connections may all go
            ((HikariDataSource) dataSource()).getHikariConfigMXBean().setMinimumIdle(0);
        } catch (SQLException | RuntimeException e) {
            throw new CartDatabaseException("cannot connect to " + address() + ": " + rootMessage(e), e);
        }
    }

    /** The driver's own words (the deepest SQLException), which name the host and port; else the root cause. */
    private static String rootMessage(Throwable e) {
        Throwable driver = null;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                driver = t;
            }
            root = t;
        }
        Throwable chosen = driver == null ? root : driver;
        return chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
    }

    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            properties.validate();
            HikariDataSource ds = new HikariDataSource();
            ds.setPoolName("cart-" + store);
            ds.setJdbcUrl(properties.url());
            ds.setUsername(properties.username());
            ds.setPassword(properties.password());
            ds.setMaximumPoolSize(4);
            // one idle connection until the first use has taken it (requireConnection): the pool's start-up check
            // connects (failing fast when it cannot), and without a minimum idle Hikari closes that connection at
            // once, only for the first use to open another
            ds.setMinimumIdle(1);
            ds.setScheduledExecutor(housekeeping);
            ds.setDataSourceProperties(driverProperties(properties.url()));
            dataSource = ds;
        }
        return dataSource;
    }

    /**
     * The driver settings of every cart pool (tests use them too: a plugin's statements must work as the agent runs
     * them). MariaDB: batches in one round trip, server-side prepared statements: the page queries (IN lists of a
     * page of ids) are parsed once per connection, not on every page, and rows come back in the binary protocol,
     * cheaper to decode.
     */
    public static java.util.Properties driverProperties(String url) {
        java.util.Properties driver = new java.util.Properties();
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            driver.setProperty("rewriteBatchedStatements", "true");
            driver.setProperty("useBulkStmts", "true");
            driver.setProperty("useServerPrepStmts", "true");
        }
        return driver;
    }

    /** Closes the pool's idle connections now, and those in use when they are returned; the pool stays usable. */
    synchronized void closeIdleConnections() {
        if (dataSource != null && dataSource.getHikariPoolMXBean() != null) {
            dataSource.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public synchronized void destroy() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}

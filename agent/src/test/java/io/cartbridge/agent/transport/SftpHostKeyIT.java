package io.cartbridge.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Host keys checked against known_hosts like {@code StrictHostKeyChecking=yes}, and failed logins reported at once. */
class SftpHostKeyIT {

    private static final byte[] CONTENT = "ST*940*0001~".getBytes();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "server whose only host key is {0}")
    @ValueSource(strings = {"ed25519", "rsa"})
    void serverWithASingleHostKeyTypeIsAccepted(String algorithm) throws Exception {
        try (SftpTestServer server = SftpTestServer.start(dir, algorithm);
             SftpRemoteFolder folder = new SftpRemoteFolder(server.passwordSettings())) {
            assertThat(Files.readString(server.knownHosts()))
                    .startsWith("[127.0.0.1]:" + server.port() + (algorithm.equals("rsa") ? " ssh-rsa AAAA" : " ssh-ed25519 AAAA"));

            folder.upload("/in", "a.x12", CONTENT);

            assertThat(server.root().resolve("in/a.x12")).hasBinaryContent(CONTENT);
        }
    }

    @Test
    void hashedKnownHostsEntryIsAccepted() throws Exception {
        try (SftpTestServer server = SftpTestServer.start(dir)) {
            TestKeys.run(List.of(TestKeys.SSH_KEYGEN.toString(), "-H", "-f", server.knownHosts().toString()));
            assertThat(Files.readString(server.knownHosts())).startsWith("|1|").doesNotContain("127.0.0.1");
            try (SftpRemoteFolder folder = new SftpRemoteFolder(server.passwordSettings())) {
                folder.upload("/in", "a.x12", CONTENT);
            }
            assertThat(server.root().resolve("in/a.x12")).hasBinaryContent(CONTENT);
        }
    }

    @Test
    void hostKeyIsKeptAcrossRestarts() throws Exception {
        Path hostKey = dir.resolve("host-key");
        String first;
        try (SandboxSftpServer server = SandboxSftpServer.start("127.0.0.1", 0, dir.resolve("root"), "u", "p", null,
                hostKey, "ed25519")) {
            first = Files.readString(server.writeKnownHosts(dir.resolve("first"))).split(" ", 2)[1];
        }
        try (SandboxSftpServer server = SandboxSftpServer.start("127.0.0.1", 0, dir.resolve("root"), "u", "p", null,
                hostKey, "ed25519")) {
            assertThat(Files.readString(server.writeKnownHosts(dir.resolve("second"))).split(" ", 2)[1]).isEqualTo(first);
        }
        assertThat(dir.resolve("root/in")).isDirectory();
        assertThat(dir.resolve("root/out")).isDirectory();
    }

    @Test
    void unknownHostKeyIsRefused() throws Exception {
        try (SftpTestServer server = SftpTestServer.start(dir)) {
            Files.writeString(server.knownHosts(), "[127.0.0.1]:1 " + otherKey("other") + "\n");

            TransportException error = uploadFails(server.passwordSettings().withRetries(Duration.ofSeconds(5), 3));

            assertThat(error.getMessage())
                    .startsWith("SFTP upload of /in/a.x12 at shop@127.0.0.1:" + server.port() + " refused: ")
                    .contains("host key of 127.0.0.1:" + server.port() + " is not in known_hosts " + server.knownHosts(),
                            "ssh-ed25519 SHA256:")
                    .doesNotContain("attempts");
            assertThat(server.root().resolve("in/a.x12")).doesNotExist();
        }
    }

    @Test
    void changedHostKeyIsRefused() throws Exception {
        try (SftpTestServer server = SftpTestServer.start(dir)) {
            Files.writeString(server.knownHosts(), "[127.0.0.1]:" + server.port() + " " + otherKey("other") + "\n");

            TransportException error = uploadFails(server.passwordSettings());

            assertThat(error.getMessage())
                    .contains("refused: host key of 127.0.0.1:" + server.port() + " has changed: the server offers ssh-ed25519 SHA256:",
                            "but known_hosts " + server.knownHosts() + " holds SHA256:");
        }
    }

    @Test
    void anyHostKeyIsAcceptedWhenAllowed() throws Exception {
        try (SftpTestServer server = SftpTestServer.start(dir)) {
            SftpSettings trusting = new SftpSettings("127.0.0.1", server.port(), SftpTestServer.USER,
                    SftpTestServer.PASSWORD, null, null, null, true, Duration.ofSeconds(5), 1);
            try (SftpRemoteFolder folder = new SftpRemoteFolder(trusting)) {
                folder.upload("/in", "a.x12", CONTENT);
            }
            assertThat(server.root().resolve("in/a.x12")).hasBinaryContent(CONTENT);
        }
    }

    @Test
    void wrongPasswordFailsQuicklyWithoutRetries() throws Exception {
        try (SftpTestServer server = SftpTestServer.start(dir)) {
            SftpSettings wrong = new SftpSettings("127.0.0.1", server.port(), SftpTestServer.USER, "not-the-password",
                    null, null, server.knownHosts(), false, Duration.ofSeconds(5), 5);
            long start = System.nanoTime();

            TransportException error = uploadFails(wrong);

            // five attempts would wait 200 + 400 + 800 + 1600 ms between them
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
            assertThat(error.getMessage())
                    .isEqualTo("SFTP upload of /in/a.x12 at shop@127.0.0.1:" + server.port()
                            + " failed: login refused (wrong password, or the key is not authorized for this user)");
        }
    }

    private TransportException uploadFails(SftpSettings settings) {
        try (SftpRemoteFolder folder = new SftpRemoteFolder(settings)) {
            return catchThrowableOfType(TransportException.class, () -> folder.upload("/in", "a.x12", CONTENT));
        }
    }

    /** The public key line of a fresh ed25519 key, as another server would have. */
    private String otherKey(String name) throws Exception {
        Path key = TestKeys.generate(Files.createTempDirectory(dir, "keys"), name, "ed25519", null);
        String[] parts = Files.readString(Path.of(key + ".pub")).trim().split(" ");
        return parts[0] + " " + parts[1];
    }
}

package io.cartbridge.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key login with the key files partners hand out: OpenSSH format (ed25519, RSA 3072), with or without passphrase, and PEM RSA. */
class SftpKeyLoginIT {

    private static final String PASSPHRASE = "open sesame";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} key, passphrase {1}, PEM {2}")
    @CsvSource({"ed25519, true, false", "ed25519, false, false", "rsa, true, false", "rsa, false, false",
            "rsa, true, true"})
    void keyLoginUploads(String type, boolean withPassphrase, boolean pem) throws Exception {
        Path key = TestKeys.generate(Files.createDirectory(dir.resolve("keys")), "id_" + type, type,
                withPassphrase ? PASSPHRASE : null, pem);
        assertThat(Files.readString(key)).startsWith(pem ? "-----BEGIN RSA PRIVATE KEY-----" : "-----BEGIN OPENSSH PRIVATE KEY-----");
        byte[] content = ("order for " + type).getBytes();

        try (SftpTestServer server = SftpTestServer.start(dir).authorize(key);
             SftpRemoteFolder folder = new SftpRemoteFolder(server.keySettings(key, withPassphrase ? PASSPHRASE : null))) {
            folder.upload("/in", "k.x12", content);

            assertThat(server.root().resolve("in/k.x12")).hasBinaryContent(content);
        }
    }

    @Test
    void wrongPassphraseIsReportedWithoutRetriesOrSecrets() throws Exception {
        Path key = TestKeys.generate(dir, "id_ed25519", "ed25519", PASSPHRASE);
        try (SftpTestServer server = SftpTestServer.start(dir).authorize(key);
             SftpRemoteFolder folder = new SftpRemoteFolder(server.keySettings(key, "not-the-phrase-123")
                     .withRetries(Duration.ofSeconds(5), 4))) {
            TransportException error = catchThrowableOfType(TransportException.class,
                    () -> folder.upload("/in", "k.x12", new byte[] {1}));

            assertThat(error.getMessage()).startsWith("SFTP upload of /in/k.x12 at shop@127.0.0.1:" + server.port() + " failed: ")
                    .contains("cannot load private key " + key + " (missing, unreadable, or the passphrase is wrong)")
                    .doesNotContain("attempts", "not-the-phrase-123", PASSPHRASE);
        }
    }

    @Test
    void missingKeyFileIsReported() throws Exception {
        Path key = dir.resolve("no_such_key");
        try (SftpTestServer server = SftpTestServer.start(dir);
             SftpRemoteFolder folder = new SftpRemoteFolder(server.keySettings(key, null))) {
            TransportException error = catchThrowableOfType(TransportException.class,
                    () -> folder.upload("/in", "k.x12", new byte[] {1}));

            assertThat(error.getMessage()).contains("failed: cannot load private key " + key);
        }
    }

    @Test
    void keyNotAuthorizedIsALoginFailure() throws Exception {
        Path key = TestKeys.generate(dir, "id_ed25519", "ed25519", null);
        try (SftpTestServer server = SftpTestServer.start(dir);
             SftpRemoteFolder folder = new SftpRemoteFolder(server.keySettings(key, null))) {
            TransportException error = catchThrowableOfType(TransportException.class,
                    () -> folder.upload("/in", "k.x12", new byte[] {1}));

            assertThat(error.getMessage()).endsWith("failed: login refused (wrong password, or the key is not authorized for this user)");
        }
    }
}

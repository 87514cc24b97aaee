package io.cartbridge.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a real OpenSSH server ({@code sshd} with {@code internal-sftp}, SFTP v3, ed25519 host key
 * only), started on a free loopback port as the current user. Skipped where {@code /usr/sbin/sshd} is missing
 * (Debian: {@code apt-get install openssh-server}).
 */
class OpenSshSftpIT {

    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final String PASSPHRASE = "open sesame";

    @TempDir
    static Path dir;

    private static Process sshd;
    private static Thread killer;
    private static int port;
    private static Path knownHosts;
    private static Path ed25519Key;
    private static Path rsaKey;
    private static final StringBuffer log = new StringBuffer();

    @BeforeAll
    static void startSshd() throws Exception {
        assumeTrue(Files.isExecutable(SSHD), SSHD + " not found: install openssh-server to run this test");
        Path keys = Files.createDirectory(dir.resolve("keys"));
        Path hostKey = TestKeys.generate(keys, "ssh_host_ed25519_key", "ed25519", null);
        ed25519Key = TestKeys.generate(keys, "id_ed25519", "ed25519", PASSPHRASE);
        rsaKey = TestKeys.generate(keys, "id_rsa", "rsa", null);
        Path authorizedKeys = TestKeys.authorize(TestKeys.authorize(keys.resolve("authorized_keys"), ed25519Key), rsaKey);
        Files.createDirectories(dir.resolve("drop/in"));
        if (isRoot()) {
            Files.createDirectories(Path.of("/run/sshd")); // privilege separation directory, absent in containers
        }
        port = freePort();
        knownHosts = Files.writeString(dir.resolve("known_hosts"),
                "[127.0.0.1]:" + port + " " + Files.readString(Path.of(hostKey + ".pub")));
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorizedKeys,
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin yes",
                "StrictModes no",
                "UsePAM no",
                "Subsystem sftp internal-sftp",
                ""));
        start(List.of(SSHD.toString(), "-D", "-e", "-f", config.toString(), "-p", String.valueOf(port)));
    }

    @AfterAll
    static void stopSshd() throws Exception {
        if (sshd != null) {
            stop();
            Runtime.getRuntime().removeShutdownHook(killer);
        }
    }

    @Test
    void uploadWithAnEd25519KeyWithPassphrase() throws Exception {
        byte[] content = "ISA*00*~ST*940*0001~SE*2*0001~".getBytes(StandardCharsets.US_ASCII);

        try (SftpRemoteFolder folder = new SftpRemoteFolder(settings(ed25519Key, PASSPHRASE))) {
            folder.upload(drop("in"), "ed25519.x12", "first copy".getBytes());
            folder.upload(drop("in"), "ed25519.x12", content);

            assertThat(folder.list(drop("in"))).extracting(RemoteFile::name, RemoteFile::size)
                    .contains(org.assertj.core.groups.Tuple.tuple("ed25519.x12", (long) content.length));
        }
        assertThat(dir.resolve("drop/in/ed25519.x12")).hasBinaryContent(content);
        assertThat(dir.resolve("drop/in/ed25519.x12.writing")).doesNotExist();
    }

    @Test
    void uploadDownloadAndArchiveWithAnRsaKey() throws Exception {
        byte[] content = new byte[600 * 1024 + 3];
        new java.util.Random(3).nextBytes(content);

        try (SftpRemoteFolder folder = new SftpRemoteFolder(settings(rsaKey, null))) {
            folder.upload(drop("in"), "rsa.x12", content);
            assertThat(dir.resolve("drop/in/rsa.x12")).hasBinaryContent(content);

            folder.download(drop("in"), "rsa.x12", dir.resolve("local/rsa.x12"));
            Files.createDirectories(dir.resolve("drop/archive"));
            folder.rename(drop("in"), "rsa.x12", drop("archive"), "rsa-1.x12");
        }
        assertThat(dir.resolve("local/rsa.x12")).hasBinaryContent(content);
        assertThat(dir.resolve("drop/archive/rsa-1.x12")).hasBinaryContent(content);
        assertThat(dir.resolve("drop/in/rsa.x12")).doesNotExist();
    }

    private static SftpSettings settings(Path key, String passphrase) {
        return SftpSettings.withPrivateKey("127.0.0.1", port, System.getProperty("user.name"), key, passphrase, knownHosts)
                .withRetries(Duration.ofSeconds(10), 2);
    }

    private static String drop(String sub) {
        return dir.resolve("drop").resolve(sub).toAbsolutePath().toString();
    }

    /** Starts sshd and waits (at most 15 s) for its "Server listening" line on stderr; stops it on any failure. */
    private static void start(List<String> command) throws Exception {
        sshd = new ProcessBuilder(command).redirectErrorStream(true).start();
        killer = new Thread(() -> sshd.descendants().forEach(ProcessHandle::destroyForcibly));
        Runtime.getRuntime().addShutdownHook(killer);
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(sshd.getInputStream()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.append(line).append('\n');
                    if (line.contains("Server listening on 127.0.0.1 port " + port)) {
                        listening.complete(null);
                    }
                }
            } catch (IOException ignored) {
                // the stream closes when sshd stops
            }
            listening.completeExceptionally(new IllegalStateException("sshd exited:\n" + log));
        }, "sshd-log");
        reader.setDaemon(true);
        reader.start();
        try {
            listening.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("sshd did not start listening on port " + port + ":\n" + log, e);
        }
    }

    private static void stop() throws InterruptedException {
        sshd.descendants().forEach(ProcessHandle::destroy);
        sshd.destroy();
        if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
            sshd.descendants().forEach(ProcessHandle::destroyForcibly);
            sshd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

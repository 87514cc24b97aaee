package io.cartbridge.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Transient failures are retried with a growing pause, a bounded number of times. */
class SftpRetryIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(30)
    void serverDownFailsAfterMaxAttemptsNamingHostAndPort() throws Exception {
        int port = freePort();
        SftpSettings settings = new SftpSettings("127.0.0.1", port, "shop", "pw", null, null,
                dir.resolve("known_hosts"), false, Duration.ofSeconds(2), 3);
        long start = System.nanoTime();

        TransportException error;
        try (SftpRemoteFolder folder = new SftpRemoteFolder(settings)) {
            error = catchThrowableOfType(TransportException.class, () -> folder.upload("/in", "a.x12", new byte[] {1}));
        }

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(error.getMessage()).isEqualTo("SFTP upload of /in/a.x12 at shop@127.0.0.1:" + port
                + " failed after 3 attempts: Connection refused");
        assertThat(took).isBetween(Duration.ofMillis(600), Duration.ofSeconds(5)); // 200 + 400 ms between attempts
    }

    @Test
    @Timeout(30)
    void connectionDroppedByTheServerIsRetriedUntilItAnswers() throws Exception {
        ServerSocket flaky = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        int port = flaky.getLocalPort();
        CompletableFuture<SftpTestServer> server = CompletableFuture.supplyAsync(() -> {
            try (flaky; Socket first = flaky.accept()) {
                first.setSoLinger(true, 0); // reset, as a crashing or overloaded server does
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return SftpTestServer.start(dir, "ed25519", port);
        });
        // the host key does not exist yet: this test is about retries, not host keys
        SftpSettings settings = new SftpSettings("127.0.0.1", port, SftpTestServer.USER, SftpTestServer.PASSWORD,
                null, null, null, true, Duration.ofSeconds(5), 6);

        try (SftpRemoteFolder folder = new SftpRemoteFolder(settings)) {
            folder.upload("/in", "a.x12", "after retry".getBytes());
        }

        try (SftpTestServer started = server.get(20, TimeUnit.SECONDS)) {
            assertThat(started.root().resolve("in/a.x12")).hasContent("after retry");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

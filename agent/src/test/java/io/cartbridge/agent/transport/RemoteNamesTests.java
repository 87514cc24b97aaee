package io.cartbridge.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names are checked before any connection: nothing unsafe reaches the server or the local disk. */
class RemoteNamesTests {

    /** Nothing listens on port 1: a name check that let a call through would fail differently. */
    private final SftpRemoteFolder folder = new SftpRemoteFolder(new SftpSettings("127.0.0.1", 1, "shop", "pw",
            null, null, Path.of("known_hosts"), false, Duration.ofSeconds(1), 1));

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "", ".", "..", "a\\b", "x..", "a\nb", "tab\there", "nul\u0000"})
    void unsafeNamesAreRejectedBeforeConnecting(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> folder.upload("/in", name, new byte[] {1}))
                .withMessageStartingWith("invalid file name '");
        assertThatIllegalArgumentException().isThrownBy(() -> folder.exists("/in", name));
        assertThatIllegalArgumentException().isThrownBy(() -> folder.delete("/in", name));
        assertThatIllegalArgumentException().isThrownBy(() -> folder.rename("/in", "ok", "/archive", name));
        assertThatIllegalArgumentException().isThrownBy(() -> folder.download("/out", name, Path.of("target", "x")));
        folder.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/in/../etc", "..", "", "in\\x", "/in\r"})
    void unsafeDirectoriesAreRejected(String directory) {
        assertThatIllegalArgumentException().isThrownBy(() -> folder.list(directory))
                .withMessageStartingWith("invalid remote directory '");
        folder.close();
    }

    @Test
    void downloadTargetMustStayInTheGivenFolder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> folder.download("/out", "a.945", Path.of("inbox", "..", "a.945")))
                .withMessageContaining("must not contain '.' or '..'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> folder.download("/out", "a.945", Path.of("inbox", "bad\u0001name")))
                .withMessageStartingWith("invalid file name");
        folder.close();
    }

    @Test
    void validNamesMakePaths() {
        assertThat(RemoteNames.path("/in", "orders-20240101.x12")).isEqualTo("/in/orders-20240101.x12");
        assertThat(RemoteNames.path("/in/", "a.b.c")).isEqualTo("/in/a.b.c");
        assertThat(RemoteNames.path("in", "ä ö.xml")).isEqualTo("in/ä ö.xml");
        assertThat(RemoteNames.requireLocalTarget(Path.of("/tmp/inbox/a.945"))).isEqualTo(Path.of("/tmp/inbox/a.945"));
    }
}

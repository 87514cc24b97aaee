package io.cartbridge.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password login against the embedded server: every {@link RemoteFolder} operation, checked on the server's disk. */
class SftpPasswordUploadIT {

    private static final byte[] ORDER = "ISA*00*          *00*~GS*OW~ST*940*0001~\r\n\u00e9\u0000end".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private SftpTestServer server;
    private SftpRemoteFolder folder;

    @BeforeEach
    void start() {
        server = SftpTestServer.start(dir);
        folder = new SftpRemoteFolder(server.passwordSettings());
    }

    @AfterEach
    void stop() {
        folder.close();
        server.close();
    }

    @Test
    void uploadLandsWithExactBytesAndNoTemporaryFileLeft() throws Exception {
        folder.upload("/in", "orders-1.x12", ORDER);

        assertThat(server.root().resolve("in/orders-1.x12")).hasBinaryContent(ORDER);
        assertThat(namesIn("in")).containsExactly("orders-1.x12");
    }

    @Test
    void uploadOfAnExistingNameReplacesIt() throws Exception {
        folder.upload("/in", "orders-1.x12", ORDER);
        folder.upload("/in", "orders-1.x12", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(server.root().resolve("in/orders-1.x12")).hasContent("second");
        assertThat(namesIn("in")).containsExactly("orders-1.x12");
    }

    @Test
    void uploadOfALargeFileKeepsEveryByte() throws Exception {
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(large);

        folder.upload("/in", "large.x12", large);

        assertThat(server.root().resolve("in/large.x12")).hasBinaryContent(large);
    }

    @Test
    void listReturnsRegularFilesOnlyWithSizesAndTimes() throws Exception {
        Path out = server.root().resolve("out");
        Files.writeString(out.resolve("b.945"), "12345");
        Files.writeString(out.resolve("a.856"), "");
        Files.createDirectory(out.resolve("archive"));
        Instant before = Instant.now().minus(Duration.ofMinutes(1));

        var files = folder.list("/out");

        assertThat(files).extracting(RemoteFile::name).containsExactly("a.856", "b.945");
        assertThat(files).extracting(RemoteFile::size).containsExactly(0L, 5L);
        assertThat(files).allSatisfy(f -> assertThat(f.modified()).isAfter(before).isBefore(Instant.now().plusSeconds(5)));
    }

    @Test
    void existsTellsPresentFromAbsent() throws Exception {
        Files.writeString(server.root().resolve("out/here.945"), "x");

        assertThat(folder.exists("/out", "here.945")).isTrue();
        assertThat(folder.exists("/out", "gone.945")).isFalse();
    }

    @Test
    void downloadRoundTripLeavesNoPartFile() throws Exception {
        folder.upload("/out", "ship.945", ORDER);
        Path target = dir.resolve("inbox/ship.945");

        folder.download("/out", "ship.945", target);

        assertThat(target).hasBinaryContent(ORDER);
        try (Stream<Path> files = Files.list(dir.resolve("inbox"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("ship.945");
        }
    }

    @Test
    void downloadOfAMissingFileSaysWhichAndLeavesNothing() {
        Path target = dir.resolve("inbox/none.945");

        var error = org.assertj.core.api.Assertions.catchThrowableOfType(TransportException.class,
                () -> folder.download("/out", "none.945", target));

        assertThat(error.getMessage()).contains("download of /out/none.945", "shop@127.0.0.1:" + server.port(),
                "SSH_FX_NO_SUCH_FILE").doesNotContain(SftpTestServer.PASSWORD);
        assertThat(target).doesNotExist();
        assertThat(Path.of(target + ".part")).doesNotExist();
    }

    @Test
    void renameMovesIntoAnArchiveFolder() throws Exception {
        Files.writeString(server.root().resolve("out/ship.945"), "shipped");
        Files.createDirectory(server.root().resolve("out/archive"));

        folder.rename("/out", "ship.945", "/out/archive", "ship-1.945");

        assertThat(server.root().resolve("out/archive/ship-1.945")).hasContent("shipped");
        assertThat(server.root().resolve("out/ship.945")).doesNotExist();
    }

    @Test
    void deleteRemovesTheFileAndToleratesItsAbsence() throws Exception {
        Files.writeString(server.root().resolve("out/ship.945"), "shipped");

        folder.delete("/out", "ship.945");
        folder.delete("/out", "ship.945");

        assertThat(server.root().resolve("out/ship.945")).doesNotExist();
    }

    private java.util.List<String> namesIn(String sub) throws Exception {
        try (Stream<Path> files = Files.list(server.root().resolve(sub))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

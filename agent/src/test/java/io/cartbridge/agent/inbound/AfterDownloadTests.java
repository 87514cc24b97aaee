package io.cartbridge.agent.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.transport.RemoteFile;
import io.cartbridge.agent.transport.RemoteFolder;
import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.junit.jupiter.api.Test;

/** The after-download setting names one policy, and each touches the server only as it says. */
class AfterDownloadTests {

    final List<String> calls = new ArrayList<>();
    final OnDemandConnection connection = new OnDemandConnection(new Recorded(), null);

    static WarehouseProperties.Sftp sftp(String afterDownload, String inboundDir, String archiveDir) {
        return new WarehouseProperties.Sftp("sftp.example.com", null, "shop", "secret", null, null, null, true,
                null, inboundDir, null, null, afterDownload, archiveDir, null);
    }

    @Test
    void eachSettingValueNamesItsPolicyWithTheFoldersOfTheSettings() {
        assertThat(AfterDownload.of(sftp(null, "/outbox/", null)))
                .as("archive by default, into <inbound-dir>/archive").isEqualTo(new ArchiveAfterDownload("/outbox/", "/outbox/archive"));
        assertThat(AfterDownload.of(sftp(" Archive ", "/out", "/done"))).isEqualTo(new ArchiveAfterDownload("/out", "/done"));
        assertThat(AfterDownload.of(sftp("delete", "/out", null))).isEqualTo(new DeleteAfterDownload("/out"));
        assertThat(AfterDownload.of(sftp("leave", "/out", null))).isEqualTo(new LeaveAfterDownload());
        assertThatThrownBy(() -> AfterDownload.of(sftp("move", "/out", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("after-download must be archive, delete or leave, not 'move'");
    }

    @Test
    void archiveMovesTheFileUnderItsNameIntoTheArchiveFolderItCreatesFirst() {
        new ArchiveAfterDownload("/out", "/out/archive").apply(connection, "945-0001.edi");

        assertThat(calls).containsExactly("open", "ensureDirectory /out/archive",
                "rename /out/945-0001.edi -> /out/archive/945-0001.edi");
    }

    @Test
    void deleteRemovesTheFileFromTheInboundFolder() {
        new DeleteAfterDownload("/out").apply(connection, "945-0001.edi");

        assertThat(calls).containsExactly("open", "delete /out/945-0001.edi");
    }

    @Test
    void leaveNeverConnects() {
        new LeaveAfterDownload().apply(connection, "945-0001.edi");

        assertThat(calls).isEmpty();
    }

    /** A transport whose folder records what is done to it; only what the policies may call is allowed. */
    final class Recorded extends WarehouseTransport {
        @Override
        public RemoteFolder open(WarehouseProperties partner) {
            calls.add("open");
            return new RemoteFolder() {
                @Override
                public void rename(String fromDirectory, String name, String toDirectory, String newName) {
                    calls.add("rename " + fromDirectory + "/" + name + " -> " + toDirectory + "/" + newName);
                }

                @Override
                public void delete(String directory, String name) {
                    calls.add("delete " + directory + "/" + name);
                }

                @Override
                public void ensureDirectory(String directory) {
                    calls.add("ensureDirectory " + directory);
                }

                @Override
                public void close() {
                }

                @Override
                public void upload(String directory, String name, byte[] content) {
                    throw new AssertionError("upload");
                }

                @Override
                public List<RemoteFile> list(String directory) {
                    throw new AssertionError("list");
                }

                @Override
                public boolean exists(String directory, String name) {
                    throw new AssertionError("exists");
                }

                @Override
                public void download(String directory, String name, Path target) {
                    throw new AssertionError("download");
                }

                @Override
                public void connect() {
                    throw new AssertionError("connect");
                }
            };
        }
    }
}

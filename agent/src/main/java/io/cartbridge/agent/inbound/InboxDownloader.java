package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.cartbridge.agent.support.Sha256;
import io.cartbridge.agent.transport.RemoteFile;
import io.cartbridge.agent.warehouse.OnDemandConnection;

/**
 * Brings a remote file into the partner's local inbox: downloaded under a temporary name, hashed, then renamed
 * atomically to a name made of its SHA-256 and remote name. A crash mid-download leaves only the temporary file, which
 * the next attempt overwrites; the final name never holds a partial file.
 */
final class InboxDownloader {

    /** A file safely in the inbox, with the SHA-256 of its content. */
    record Downloaded(Path local, String sha256) {
    }

    private final Path inbox;
    private final String inboundDir;
    private final OnDemandConnection connection;

    InboxDownloader(Path inbox, String inboundDir, OnDemandConnection connection) {
        this.inbox = inbox;
        this.inboundDir = inboundDir;
        this.connection = connection;
    }

    Downloaded download(RemoteFile file) throws IOException {
        Files.createDirectories(inbox);
        Path download = inbox.resolve(file.name() + ".download");
        connection.get().download(inboundDir, file.name(), download);
        String sha256 = Sha256.of(download);
        Path local = inbox.resolve(sha256.substring(0, 12) + "-" + file.name());
        Files.move(download, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Downloaded(local, sha256);
    }

    /** The folder the files land in, for messages. */
    Path inbox() {
        return inbox;
    }
}

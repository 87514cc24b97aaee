package io.cartbridge.agent.inbound;

import io.cartbridge.agent.warehouse.OnDemandConnection;

/**
 * {@code after-download=archive} (the default): the collected file is moved, under its own name, into the archive
 * folder, which is created when missing. The warehouse sees what was taken; nothing is lost on the server.
 */
record ArchiveAfterDownload(String inboundDir, String archiveDir) implements AfterDownload {

    @Override
    public void apply(OnDemandConnection connection, String name) {
        connection.get().ensureDirectory(archiveDir);
        connection.get().rename(inboundDir, name, archiveDir, name);
    }
}

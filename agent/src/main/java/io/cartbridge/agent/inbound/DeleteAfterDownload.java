package io.cartbridge.agent.inbound;

import io.cartbridge.agent.warehouse.OnDemandConnection;

/** {@code after-download=delete}: the collected file is removed from the inbound folder; the local inbox keeps it. */
record DeleteAfterDownload(String inboundDir) implements AfterDownload {

    @Override
    public void apply(OnDemandConnection connection, String name) {
        connection.get().delete(inboundDir, name);
    }
}

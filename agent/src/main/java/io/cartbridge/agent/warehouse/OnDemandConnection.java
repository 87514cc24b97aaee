package io.cartbridge.agent.warehouse;

import io.cartbridge.agent.transport.RemoteFolder;

/**
 * One connection to the partner's SFTP server, opened at first use and kept until {@link #close()}:
 * for a step or a sender that may have nothing to transfer, and then never connects.
 */
public final class OnDemandConnection implements AutoCloseable {

    private final WarehouseTransport transport;
    private final WarehouseProperties partner;
    private RemoteFolder remote;

    public OnDemandConnection(WarehouseTransport transport, WarehouseProperties partner) {
        this.transport = transport;
        this.partner = partner;
    }

    /** {@return the connection, opened now if it is not open yet} */
    public RemoteFolder get() {
        if (remote == null) {
            remote = transport.open(partner);
        }
        return remote;
    }

    /** Closes the connection if it was opened; the next {@link #get()} opens a new one. */
    @Override
    public void close() {
        if (remote != null) {
            remote.close();
            remote = null;
        }
    }
}

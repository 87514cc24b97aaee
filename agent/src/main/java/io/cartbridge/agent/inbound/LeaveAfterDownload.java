package io.cartbridge.agent.inbound;

import io.cartbridge.agent.warehouse.OnDemandConnection;

/**
 * {@code after-download=leave}: the collected file stays where it is, for a server that cleans up itself or a folder
 * others read too. The ledger remembers it (name, size, time), so later runs do not collect it again.
 */
record LeaveAfterDownload() implements AfterDownload {

    @Override
    public void apply(OnDemandConnection connection, String name) {
    }
}

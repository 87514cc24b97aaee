package io.cartbridge.agent.warehouse;

import io.cartbridge.agent.transport.RemoteFolder;
import io.cartbridge.agent.transport.SftpRemoteFolder;
import io.cartbridge.agent.transport.SftpSettings;
import org.springframework.stereotype.Component;

/** Opens connections to the warehouse's file drop from the partner settings. */
@Component
public class WarehouseTransport {

    private final WarehouseProperties warehouse;

    WarehouseTransport(WarehouseProperties warehouse) {
        this.warehouse = warehouse;
    }

    /** A new connection to the partner's SFTP server; close it when done. */
    public RemoteFolder open() {
        WarehouseProperties.Sftp s = warehouse.sftp();
        return new SftpRemoteFolder(new SftpSettings(s.host(), s.port(), s.username(), s.password(),
                s.privateKey(), s.privateKeyPassphrase(), s.knownHosts(), s.allowUnknownHostKeys(),
                s.timeout(), s.maxAttempts()));
    }
}

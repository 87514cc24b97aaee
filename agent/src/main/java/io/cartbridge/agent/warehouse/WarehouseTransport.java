package io.cartbridge.agent.warehouse;

import io.cartbridge.agent.transport.RemoteFolder;
import io.cartbridge.agent.transport.SftpRemoteFolder;
import io.cartbridge.agent.transport.SftpSettings;
import org.springframework.stereotype.Component;

/** Opens connections to a partner's file drop from its settings. Holds nothing: each caller owns its session. */
@Component
public class WarehouseTransport {

    /** A new connection to the partner's SFTP server; close it when done. */
    public RemoteFolder open(WarehouseProperties partner) {
        WarehouseProperties.Sftp s = partner.sftp();
        return new SftpRemoteFolder(new SftpSettings(s.host(), s.port(), s.username(), s.password(),
                s.privateKey(), s.privateKeyPassphrase(), s.knownHosts(), s.allowUnknownHostKeys(),
                s.timeout(), s.maxAttempts()));
    }
}

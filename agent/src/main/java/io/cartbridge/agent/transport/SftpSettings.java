package io.cartbridge.agent.transport;

import java.nio.file.Path;
import java.time.Duration;

/** Connection settings of an SFTP server. */
public record SftpSettings(String host, int port, String username, String password, Path privateKey,
                           String privateKeyPassphrase, Path knownHosts, boolean allowUnknownHostKeys,
                           Duration timeout, int maxAttempts) {

    @Override
    public String toString() {
        return "SftpSettings[" + username + "@" + host + ":" + port + "]";
    }
}

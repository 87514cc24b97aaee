package io.cartbridge.agent.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.transport.RemoteFolder;
import io.cartbridge.agent.transport.TransportException;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import org.springframework.stereotype.Component;

/**
 * The partner's SFTP server, through the transport the jobs use (same host key check, login and retries):
 * connect and log in, write and remove a small file under a dot-name in the outbound folder, list the
 * inbound folder.
 */
@Component
class SftpCheck {

    static final String SERVER = "SFTP server";
    static final String OUTBOUND = "outbound folder";
    static final String INBOUND = "inbound folder";
    private static final String PROBE = ".cartbridge-check-" + ProcessHandle.current().pid();

    private final WarehouseTransport transport;

    SftpCheck(WarehouseTransport transport) {
        this.transport = transport;
    }

    List<CheckResult> check(ConnectionContext context) {
        String connection = context.name();
        WarehouseProperties warehouse = context.partner();
        WarehouseProperties.Sftp sftp = warehouse.sftp();
        String address = sftp.username() + "@" + sftp.host() + ":" + sftp.port();
        List<CheckResult> results = new ArrayList<>();
        RemoteFolder remote;
        try {
            remote = transport.open(warehouse);
        } catch (ConfigurationException | IllegalArgumentException e) {
            results.add(CheckResult.failed(connection, SERVER, e.getMessage()));
            return notChecked(connection, results, "no SFTP settings");
        }
        try (remote) {
            try {
                remote.connect();
                results.add(CheckResult.passed(connection, SERVER, address + ", host key "
                        + (sftp.allowUnknownHostKeys() ? "not checked (allow-unknown-host-keys)" : "in " + sftp.knownHosts())
                        + ", " + (sftp.password() != null && !sftp.password().isEmpty() ? "password" : "key " + sftp.privateKey())
                        + " login"));
            } catch (TransportException e) {
                results.add(CheckResult.failed(connection, SERVER, "cannot log in to " + address + ": " + e.reason()));
                return notChecked(connection, results, "no SFTP login");
            }
            results.add(outbound(connection, remote, sftp.outboundDir()));
            results.add(inbound(connection, remote, sftp.inboundDir()));
        }
        return results;
    }

    private static CheckResult outbound(String connection, RemoteFolder remote, String directory) {
        try {
            remote.upload(directory, PROBE, "cartbridge check\n".getBytes(StandardCharsets.US_ASCII));
            remote.delete(directory, PROBE);
            return CheckResult.passed(connection, OUTBOUND, directory + " writable");
        } catch (TransportException | IllegalArgumentException e) {
            return CheckResult.failed(connection, OUTBOUND, "cannot write in " + directory
                    + " (cartbridge.warehouse.sftp.outbound-dir): " + reason(e));
        }
    }

    private static CheckResult inbound(String connection, RemoteFolder remote, String directory) {
        try {
            int files = remote.list(directory).size();
            return CheckResult.passed(connection, INBOUND, directory + " readable, " + files + " file(s) waiting");
        } catch (TransportException | IllegalArgumentException e) {
            return CheckResult.failed(connection, INBOUND, "cannot list " + directory
                    + " (cartbridge.warehouse.sftp.inbound-dir): " + reason(e));
        }
    }

    private static String reason(RuntimeException e) {
        return e instanceof TransportException t ? t.reason() : e.getMessage();
    }

    private static List<CheckResult> notChecked(String connection, List<CheckResult> results, String why) {
        results.add(CheckResult.failed(connection, OUTBOUND, "not checked: " + why));
        results.add(CheckResult.failed(connection, INBOUND, "not checked: " + why));
        return results;
    }
}

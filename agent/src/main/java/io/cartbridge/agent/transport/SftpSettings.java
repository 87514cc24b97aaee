package io.cartbridge.agent.transport;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach and log in to an SFTP server. Checked on construction: a missing or invalid setting is an
 * {@link IllegalArgumentException} naming the property as {@code cartbridge.warehouse.sftp.*}.
 * {@link #toString()} masks the secrets.
 *
 * @param host                 host name or address of the server
 * @param port                 TCP port, 1 to 65535 (usually 22)
 * @param username             login name
 * @param password             password (secret: never logged); {@code null} when logging in with a key
 * @param privateKey           OpenSSH-format (or PEM RSA) private key file, ed25519 or RSA; or {@code null}
 * @param privateKeyPassphrase passphrase of the private key (secret: never logged); {@code null} if none
 * @param knownHosts           OpenSSH known_hosts file that must hold the server's host key
 * @param allowUnknownHostKeys accept any host key, unknown or changed (never the default: for tests and trials)
 * @param timeout              connect, login and channel-open timeout; {@code null} means 30 seconds
 * @param maxAttempts          attempts per operation on transient errors (refused, reset, timed out), at least 1
 */
public record SftpSettings(String host, int port, String username, String password, Path privateKey,
                           String privateKeyPassphrase, Path knownHosts, boolean allowUnknownHostKeys,
                           Duration timeout, int maxAttempts) {

    private static final String PREFIX = "cartbridge.warehouse.sftp.";

    public SftpSettings {
        require(host != null && !host.isBlank(), "host must be set");
        require(port >= 1 && port <= 65535, "port must be between 1 and 65535, not " + port);
        require(username != null && !username.isBlank(), "username must be set");
        require(hasText(password) || privateKey != null,
                "password or " + PREFIX + "private-key must be set");
        require(knownHosts != null || allowUnknownHostKeys,
                "known-hosts must be set (or " + PREFIX + "allow-unknown-host-keys=true)");
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        require(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive, not " + timeout);
        require(maxAttempts >= 1, "max-attempts must be at least 1, not " + maxAttempts);
    }

    /** Password login checked against a known_hosts file, 30 s timeout, 3 attempts. */
    public static SftpSettings withPassword(String host, int port, String username, String password, Path knownHosts) {
        return new SftpSettings(host, port, username, password, null, null, knownHosts, false, null, 3);
    }

    /** Key login checked against a known_hosts file, 30 s timeout, 3 attempts. */
    public static SftpSettings withPrivateKey(String host, int port, String username, Path privateKey,
                                              String passphrase, Path knownHosts) {
        return new SftpSettings(host, port, username, null, privateKey, passphrase, knownHosts, false, null, 3);
    }

    /** A copy with another timeout and number of attempts. */
    public SftpSettings withRetries(Duration timeout, int maxAttempts) {
        return new SftpSettings(host, port, username, password, privateKey, privateKeyPassphrase, knownHosts,
                allowUnknownHostKeys, timeout, maxAttempts);
    }

    /** {@code user@host:port}, for messages. */
    public String address() {
        return username + "@" + host + ":" + port;
    }

    @Override
    public String toString() {
        return "SftpSettings[host=" + host + ", port=" + port + ", username=" + username
                + ", password=" + mask(password) + ", privateKey=" + privateKey
                + ", privateKeyPassphrase=" + mask(privateKeyPassphrase) + ", knownHosts=" + knownHosts
                + ", allowUnknownHostKeys=" + allowUnknownHostKeys + ", timeout=" + timeout
                + ", maxAttempts=" + maxAttempts + "]";
    }

    private static String mask(String secret) {
        return secret == null ? null : "****";
    }

    private static boolean hasText(String s) {
        return s != null && !s.isEmpty();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(PREFIX + message);
        }
    }
}

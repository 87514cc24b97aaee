package io.cartbridge.agent.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The sandbox warehouse's SFTP server (also used by tests): embedded Apache MINA SSHD serving one folder,
 * with {@code in} and {@code out} in it. Its host key is kept in a file, generated on first start, so that
 * a known_hosts line written once stays valid across restarts.
 */
public final class SandboxSftpServer implements AutoCloseable {

    private final SshServer server;
    private final String host;
    private final Path root;

    private SandboxSftpServer(SshServer server, String host, Path root) {
        this.server = server;
        this.host = host;
        this.root = root;
    }

    /**
     * Starts a server.
     *
     * @param host             address to listen on, e.g. {@code 127.0.0.1}
     * @param port             port, or 0 for a free one (see {@link #port()})
     * @param root             the folder served as {@code /}; {@code in} and {@code out} are created in it
     * @param user             the one login accepted
     * @param password         its password, or {@code null} for key login only
     * @param authorizedKeys   OpenSSH authorized_keys file for key login, or {@code null} for password only
     * @param hostKeyFile      where the host key is kept (generated on first start)
     * @param hostKeyAlgorithm {@code "ed25519"} (default when {@code null}) or {@code "rsa"} (3072 bits)
     */
    public static SandboxSftpServer start(String host, int port, Path root, String user, String password,
                                          Path authorizedKeys, Path hostKeyFile, String hostKeyAlgorithm) {
        try {
            Files.createDirectories(root.resolve("in"));
            Files.createDirectories(root.resolve("out"));
            if (hostKeyFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(hostKeyFile.toAbsolutePath().getParent());
            }
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost(host);
            server.setPort(port);
            CoreModuleProperties.TCP_NODELAY.set(server, true);
            server.setKeyPairProvider(hostKeys(hostKeyFile, hostKeyAlgorithm));
            if (password != null) {
                server.setPasswordAuthenticator((u, p, session) -> user.equals(u) && password.equals(p));
            }
            if (authorizedKeys != null) {
                AuthorizedKeysAuthenticator keys = new AuthorizedKeysAuthenticator(authorizedKeys);
                server.setPublickeyAuthenticator((u, key, session) -> user.equals(u) && keys.authenticate(u, key, session));
            }
            server.setKeyboardInteractiveAuthenticator(null);
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
            server.start();
            return new SandboxSftpServer(server, host, root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SFTP server on " + host + ":" + port, e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** The folder served as {@code /}. */
    public Path root() {
        return root;
    }

    /** Writes an OpenSSH known_hosts line for this server ({@code [127.0.0.1]:port ssh-ed25519 AAAA...}) to file. */
    public Path writeKnownHosts(Path file) {
        String name = port() == 22 ? host : "[" + host + "]:" + port();
        try {
            StringBuilder lines = new StringBuilder();
            for (KeyPair pair : server.getKeyPairProvider().loadKeys(null)) {
                lines.append(name).append(' ').append(PublicKeyEntry.toString(pair.getPublic())).append('\n');
            }
            Files.writeString(file, lines);
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the known_hosts line of " + name + " to " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the SFTP server on port " + port(), e);
        }
    }

    private static SimpleGeneratorHostKeyProvider hostKeys(Path file, String algorithm) {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        if (algorithm == null || algorithm.equalsIgnoreCase("ed25519")) {
            if (!SecurityUtils.isEDDSACurveSupported()) {
                throw new IllegalStateException("an ed25519 host key needs an EdDSA provider (net.i2p.crypto:eddsa)");
            }
            provider.setAlgorithm(SecurityUtils.EDDSA);
        } else if (algorithm.equalsIgnoreCase("rsa")) {
            provider.setAlgorithm("RSA");
            provider.setKeySize(3072);
        } else {
            throw new IllegalArgumentException("host key algorithm must be ed25519 or rsa, not '" + algorithm + "'");
        }
        return provider;
    }
}

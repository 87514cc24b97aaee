package io.cartbridge.agent.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;

/** Embedded Apache MINA SSHD SFTP server. */
public final class SandboxSftpServer implements AutoCloseable {

    private final SshServer server;
    private final Path root;

    private SandboxSftpServer(SshServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    public static SandboxSftpServer start(String host, int port, Path root, String user, String password,
                                          Path authorizedKeys, Path hostKeyFile, String hostKeyAlgorithm) {
        try {
            Files.createDirectories(root.resolve("in"));
            Files.createDirectories(root.resolve("out"));
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost(host);
            server.setPort(port);
            org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(server, true);
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKeyFile));
            server.setPasswordAuthenticator((u, p, s) -> user.equals(u) && password.equals(p));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
            server.start();
            return new SandboxSftpServer(server, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path root() {
        return root;
    }

    public Path writeKnownHosts(Path file) {
        try {
            StringBuilder lines = new StringBuilder();
            for (KeyPair kp : server.getKeyPairProvider().loadKeys(null)) {
                lines.append("[127.0.0.1]:").append(port()).append(' ')
                        .append(PublicKeyEntry.toString(kp.getPublic())).append('\n');
            }
            Files.writeString(file, lines);
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

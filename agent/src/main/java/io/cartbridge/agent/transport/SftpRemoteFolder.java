package io.cartbridge.agent.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.integration.file.remote.session.Session;
import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;
import org.apache.sshd.sftp.client.SftpClient;

/** SFTP via Spring Integration (Apache MINA SSHD client). */
public final class SftpRemoteFolder implements RemoteFolder {

    private final SftpSettings settings;
    private final DefaultSftpSessionFactory factory;
    private Session<SftpClient.DirEntry> session;

    public SftpRemoteFolder(SftpSettings settings) {
        this.settings = settings;
        this.factory = new DefaultSftpSessionFactory();
        factory.setHost(settings.host());
        factory.setPort(settings.port());
        factory.setUser(settings.username());
        if (settings.password() != null && !settings.password().isEmpty()) {
            factory.setPassword(settings.password());
        }
        if (settings.privateKey() != null) {
            factory.setPrivateKey(new FileSystemResource(settings.privateKey()));
            factory.setPrivateKeyPassphrase(settings.privateKeyPassphrase());
        }
        if (settings.knownHosts() != null) {
            factory.setKnownHostsResource(new FileSystemResource(settings.knownHosts()));
        }
        factory.setAllowUnknownKeys(settings.allowUnknownHostKeys());
        factory.setSshClientConfigurer(client -> { org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true); client.setCipherFactories(java.util.List.of(
                org.apache.sshd.common.cipher.BuiltinCiphers.aes128gcm, org.apache.sshd.common.cipher.BuiltinCiphers.aes256gcm,
                org.apache.sshd.common.cipher.BuiltinCiphers.aes128ctr, org.apache.sshd.common.cipher.BuiltinCiphers.aes256ctr,
                org.apache.sshd.common.cipher.BuiltinCiphers.cc20p1305_openssh)); });
        factory.setTimeout((int) settings.timeout().toMillis());
    }

    private Session<SftpClient.DirEntry> session() {
        if (session == null || !session.isOpen()) {
            RuntimeException last = null;
            for (int attempt = 1; attempt <= Math.max(1, settings.maxAttempts()); attempt++) {
                try {
                    session = factory.getSession();
                    return session;
                } catch (RuntimeException e) {
                    last = e;
                }
            }
            throw new TransportException("Cannot connect to " + settings.host() + ":" + settings.port() + " as "
                    + settings.username() + ": " + last.getMessage(), last);
        }
        return session;
    }

    @Override
    public void upload(String directory, String name, byte[] content) {
        String target = directory + "/" + name;
        String temp = target + ".writing";
        try {
            Session<SftpClient.DirEntry> s = session();
            try (java.io.OutputStream out = ((SftpClient) s.getClientInstance()).write(temp, 255 * 1024)) {
                out.write(content);
            }
            if (s.exists(target)) {
                s.remove(target);
            }
            s.rename(temp, target);
        } catch (IOException | RuntimeException e) {
            throw new TransportException("Upload of " + target + " to " + settings.host() + ":" + settings.port()
                    + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<RemoteFile> list(String directory) {
        throw new UnsupportedOperationException("list");
    }

    @Override
    public boolean exists(String directory, String name) {
        try {
            return session().exists(directory + "/" + name);
        } catch (IOException e) {
            throw new TransportException("exists failed", e);
        }
    }

    @Override
    public void download(String directory, String name, Path target) {
        throw new UnsupportedOperationException("download");
    }

    @Override
    public void rename(String fromDirectory, String name, String toDirectory, String newName) {
        throw new UnsupportedOperationException("rename");
    }

    @Override
    public void delete(String directory, String name) {
        throw new UnsupportedOperationException("delete");
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}

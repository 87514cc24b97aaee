package io.cartbridge.agent.transport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.springframework.core.io.FileSystemResource;
import org.springframework.integration.file.remote.session.CachingSessionFactory;
import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;

/**
 * Builds the Spring Integration session factory for one server: password or private key (loaded by MINA
 * SSHD, OpenSSH or PEM format), host key checked by {@link KnownHostsVerifier}, sessions cached so that
 * a step's files travel over one connection.
 */
final class SftpConnections {

    private final DefaultSftpSessionFactory factory;
    private final CachingSessionFactory<SftpClient.DirEntry> cache;
    private final KnownHostsVerifier verifier;

    SftpConnections(SftpSettings settings) {
        requireEdDsa();
        this.verifier = settings.allowUnknownHostKeys() ? null
                : new KnownHostsVerifier(settings.knownHosts(), settings.host(), settings.port());
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
        factory.setAllowUnknownKeys(settings.allowUnknownHostKeys());
        factory.setTimeout(Math.toIntExact(settings.timeout().toMillis()));
        factory.setSshClientConfigurer(client -> configure(client, settings));
        this.cache = new CachingSessionFactory<>(factory, 1);
    }

    CachingSessionFactory<SftpClient.DirEntry> sessions() {
        return cache;
    }

    /** Why the host key was refused on the last connect, or {@code null}. */
    String hostKeyRefusal() {
        return verifier == null ? null : verifier.refusal();
    }

    /** Forgets the last host key refusal, so that it cannot be blamed for a later failure. */
    void resetHostKeyRefusal() {
        if (verifier != null) {
            verifier.reset();
        }
    }

    void close() {
        cache.destroy();
        factory.destroy();
    }

    private void configure(SshClient client, SftpSettings settings) {
        // runs after Spring Integration's own set-up, so this verifier replaces its yes/no one
        if (verifier != null) {
            client.setServerKeyVerifier(verifier);
            client.setSignatureFactories(knownTypesFirst(client.getSignatureFactories(), verifier.knownKeyTypes()));
        }
        SshClientSettings.applyTo(client);
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, settings.timeout());
    }

    /**
     * Like OpenSSH, asks first for the host key types known_hosts lists for the server, so that a server
     * with several host keys is not refused for offering one known_hosts does not hold.
     */
    private static List<NamedFactory<Signature>> knownTypesFirst(List<NamedFactory<Signature>> factories,
                                                                 Set<String> knownTypes) {
        List<NamedFactory<Signature>> ordered = new ArrayList<>(factories);
        ordered.sort(Comparator.comparingInt(f -> knownTypes.contains(KeyUtils.getCanonicalKeyType(f.getName())) ? 0 : 1));
        return ordered;
    }

    private static void requireEdDsa() {
        if (!SecurityUtils.isEDDSACurveSupported()) {
            throw new IllegalStateException("ed25519 keys need an EdDSA provider on the class path "
                    + "(net.i2p.crypto:eddsa or org.bouncycastle:bcprov-jdk18on)");
        }
    }
}

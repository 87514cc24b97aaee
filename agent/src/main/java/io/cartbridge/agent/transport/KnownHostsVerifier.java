package io.cartbridge.agent.transport;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Accepts the server only if its host key is listed for {@code host:port} in an OpenSSH known_hosts file
 * (plain, {@code [host]:port} and hashed entries; {@code @revoked} keys refused), like
 * {@code StrictHostKeyChecking=yes}. Spring Integration's own verifier answers yes or no; this one also keeps
 * why it refused (unknown or changed key, with fingerprints) for the {@link TransportException}.
 */
final class KnownHostsVerifier implements ServerKeyVerifier {

    private final Path knownHosts;
    private final String host;
    private final int port;
    private final AtomicReference<String> refusal = new AtomicReference<>();

    KnownHostsVerifier(Path knownHosts, String host, int port) {
        this.knownHosts = knownHosts;
        this.host = host;
        this.port = port;
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        List<Known> known;
        try {
            known = knownKeys();
        } catch (Exception e) {
            return refuse("cannot read known_hosts " + knownHosts + ": " + e.getMessage());
        }
        String offered = KeyUtils.getKeyType(serverKey) + " " + KeyUtils.getFingerPrint(serverKey);
        boolean revoked = known.stream().anyMatch(k -> k.revoked() && KeyUtils.compareKeys(k.key(), serverKey));
        if (revoked) {
            return refuse("host key of " + host + ":" + port + " (" + offered + ") is marked @revoked in " + knownHosts);
        }
        if (known.stream().anyMatch(k -> !k.revoked() && KeyUtils.compareKeys(k.key(), serverKey))) {
            refusal.set(null);
            return true;
        }
        List<String> sameType = known.stream()
                .filter(k -> !k.revoked() && KeyUtils.getKeyType(k.key()).equals(KeyUtils.getKeyType(serverKey)))
                .map(k -> KeyUtils.getFingerPrint(k.key())).toList();
        if (!sameType.isEmpty()) {
            return refuse("host key of " + host + ":" + port + " has changed: the server offers " + offered
                    + " but known_hosts " + knownHosts + " holds " + String.join(", ", sameType)
                    + "; if the server's key was really replaced, update known_hosts");
        }
        return refuse("host key of " + host + ":" + port + " is not in known_hosts " + knownHosts
                + " (the server offers " + offered + "); add it, e.g. ssh-keyscan -p " + port + " " + host
                + ", after checking the fingerprint with the server's administrator");
    }

    /** Forgets the last refusal, before a new operation. */
    void reset() {
        refusal.set(null);
    }

    /** Why the last check refused the server, or {@code null} if it did not. */
    String refusal() {
        return refusal.get();
    }

    /** The key types known_hosts lists for this host (e.g. {@code ssh-ed25519}), for ordering the client's preferences. */
    Set<String> knownKeyTypes() {
        Set<String> types = new TreeSet<>();
        try {
            knownKeys().stream().filter(k -> !k.revoked()).forEach(k -> types.add(KeyUtils.getKeyType(k.key())));
        } catch (Exception e) {
            // reported with a clear message when the server's key is checked
        }
        return types;
    }

    private List<Known> knownKeys() throws Exception {
        List<Known> keys = new ArrayList<>();
        for (KnownHostEntry entry : KnownHostEntry.readKnownHostEntries(knownHosts)) {
            if (entry.getKeyEntry() == null || !entry.isHostMatch(host, port)
                    || "cert-authority".equals(entry.getMarker())) {
                continue;
            }
            PublicKey key = entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
            if (key != null) {
                keys.add(new Known(key, "revoked".equals(entry.getMarker())));
            }
        }
        return keys;
    }

    private boolean refuse(String reason) {
        refusal.set(reason);
        return false;
    }

    private record Known(PublicKey key, boolean revoked) {
    }
}

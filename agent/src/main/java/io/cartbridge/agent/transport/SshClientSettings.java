package io.cartbridge.agent.transport;

import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * The wire settings of the agent's SSH client: algorithm preferences and socket options, not who connects
 * where. Public so that a program measured against the agent (the bench's bare export) connects with these
 * very settings, rather than a copy that could drift: a comparison is then about the work, not the cipher.
 */
public final class SshClientSettings {

    private SshClientSettings() {
    }

    /** Applies the agent's wire settings to a client that has not been started yet. */
    public static void applyTo(SshClient client) {
        // SFTP requests are small: sent at once, not held back by Nagle's algorithm for the previous one's ACK
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        // ChaCha20-Poly1305 first, as OpenSSH prefers it: the launcher runs short commands on the C1 JIT alone,
        // which has no AES, GHASH or SHA intrinsics, and there ChaCha20 in plain Java is the fastest of these by far
        // (the README's benchmark section has the figures); AES-CTR with an encrypt-then-MAC SHA-2, GCM and the rest
        // stay as fallbacks for servers that do not offer it
        client.setCipherFactories(List.of(BuiltinCiphers.cc20p1305_openssh, BuiltinCiphers.aes128ctr,
                BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256gcm, BuiltinCiphers.aes256ctr));
        client.setMacFactories(List.of(BuiltinMacs.hmacsha256etm, BuiltinMacs.hmacsha512etm, BuiltinMacs.hmacsha256,
                BuiltinMacs.hmacsha512));
    }
}

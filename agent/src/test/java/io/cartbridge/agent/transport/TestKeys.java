package io.cartbridge.agent.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/**
 * Client key files as a partner would give them: written by {@code ssh-keygen} (OpenSSH format, or PEM when
 * asked), or by MINA SSHD's OpenSSH writer when {@code ssh-keygen} is missing.
 */
final class TestKeys {

    static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

    /** A key at {@code dir/name} (public half in {@code name.pub}); type {@code ed25519} or {@code rsa} (3072 bits). */
    static Path generate(Path dir, String name, String type, String passphrase) {
        return generate(dir, name, type, passphrase, false);
    }

    /** As {@link #generate(Path, String, String, String)}, in the old PEM format if {@code pem} (RSA only). */
    static Path generate(Path dir, String name, String type, String passphrase, boolean pem) {
        Path key = dir.resolve(name);
        if (Files.isExecutable(SSH_KEYGEN)) {
            List<String> command = new ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q", "-t", type,
                    "-N", passphrase == null ? "" : passphrase, "-C", name, "-f", key.toString()));
            if (type.equals("rsa")) {
                command.addAll(List.of("-b", "3072"));
            }
            if (pem) {
                command.addAll(List.of("-m", "PEM"));
            }
            run(command);
        } else if (pem) {
            throw new IllegalStateException("PEM keys need " + SSH_KEYGEN);
        } else {
            writeWithMina(key, type, passphrase);
        }
        return key;
    }

    /** Appends the public half of {@code key} to an authorized_keys file. */
    static Path authorize(Path authorizedKeys, Path key) {
        try {
            Files.writeString(authorizedKeys, Files.readString(Path.of(key + ".pub")).trim() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return authorizedKeys;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a short command, failing with its output if it does not succeed within 60 seconds. */
    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            String output = new String(process.getInputStream().readAllBytes());
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeWithMina(Path key, String type, String passphrase) {
        try {
            KeyPair pair = type.equals("rsa") ? KeyUtils.generateKeyPair("ssh-rsa", 3072)
                    : KeyUtils.generateKeyPair("ssh-ed25519", 256);
            OpenSSHKeyEncryptionContext encryption = null;
            if (passphrase != null) {
                encryption = new OpenSSHKeyEncryptionContext();
                encryption.setCipherName(OpenSSHKeyEncryptionContext.AES);
                encryption.setCipherType("256");
                encryption.setPassword(passphrase);
            }
            try (OutputStream out = Files.newOutputStream(key)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "test", encryption, out);
            }
            Files.writeString(Path.of(key + ".pub"), PublicKeyEntry.toString(pair.getPublic()) + " test\n");
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a test key " + key, e);
        }
    }

    private TestKeys() {
    }
}

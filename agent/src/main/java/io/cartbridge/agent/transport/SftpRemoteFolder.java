package io.cartbridge.agent.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.sftp.client.SftpClient;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.file.remote.SessionCallback;
import org.springframework.integration.sftp.session.SftpRemoteFileTemplate;

/**
 * A folder on an SFTP server, through Spring Integration SFTP (Apache MINA SSHD client). Connects on first
 * use and keeps the connection until {@link #close()}. Each operation is retried on transient failures
 * (refused, reset, timed out) up to {@link SftpSettings#maxAttempts()} times, waiting 200 ms, 400 ms, 800 ms...
 * between attempts; login failures and refused host keys fail at once.
 */
public final class SftpRemoteFolder implements RemoteFolder {

    private static final int WRITE_BUFFER = 255 * 1024;
    private static final String WRITING_SUFFIX = ".writing";

    private final SftpSettings settings;
    private final SftpConnections connections;
    private final SftpRemoteFileTemplate template;
    private final RetryTemplate retry;

    public SftpRemoteFolder(SftpSettings settings) {
        this.settings = settings;
        this.connections = new SftpConnections(settings);
        this.template = new SftpRemoteFileTemplate(connections.sessions());
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(settings.maxAttempts() - 1L)
                .delay(Duration.ofMillis(200)).multiplier(2).maxDelay(Duration.ofSeconds(5))
                .predicate(failure -> connections.hostKeyRefusal() == null && SftpFailures.isTransient(failure))
                .build());
    }

    @Override
    public void upload(String directory, String name, byte[] content) {
        String target = RemoteNames.path(directory, name);
        String temporary = target + WRITING_SUFFIX;
        run("upload of", target, session -> {
            SftpClient client = (SftpClient) session.getClientInstance();
            try (OutputStream out = client.write(temporary, WRITE_BUFFER)) {
                out.write(content);
            }
            session.rename(temporary, target); // removes an existing target first on SFTP v3
            return null;
        });
    }

    @Override
    public List<RemoteFile> list(String directory) {
        RemoteNames.requireDirectory(directory);
        return run("listing of", directory, session -> Arrays.stream(session.list(directory))
                .filter(entry -> entry.getAttributes().isRegularFile())
                .map(entry -> new RemoteFile(entry.getFilename(), entry.getAttributes().getSize(),
                        modified(entry.getAttributes())))
                .sorted(Comparator.comparing(RemoteFile::name))
                .toList());
    }

    @Override
    public boolean exists(String directory, String name) {
        String path = RemoteNames.path(directory, name);
        return run("existence check of", path, session -> session.exists(path));
    }

    @Override
    public void download(String directory, String name, Path target) {
        String path = RemoteNames.path(directory, name);
        RemoteNames.requireLocalTarget(target);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            run("download of", path, session -> {
                try (OutputStream out = Files.newOutputStream(part)) {
                    session.read(path, out);
                }
                return null;
            });
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new TransportException("SFTP download of " + path + " from " + settings.address()
                    + " failed: cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(part);
        }
    }

    @Override
    public void rename(String fromDirectory, String name, String toDirectory, String newName) {
        String from = RemoteNames.path(fromDirectory, name);
        String to = RemoteNames.path(toDirectory, newName);
        run("rename of", from + " to " + to, session -> {
            session.rename(from, to);
            return null;
        });
    }

    @Override
    public void delete(String directory, String name) {
        String path = RemoteNames.path(directory, name);
        run("delete of", path, session -> session.remove(path));
    }

    @Override
    public void ensureDirectory(String directory) {
        RemoteNames.requireDirectory(directory);
        run("creation of", directory, session -> session.exists(directory) || session.mkdir(directory));
    }

    @Override
    public void connect() {
        run("login", "", session -> null);
    }

    @Override
    public void close() {
        connections.close();
    }

    private <T> T run(String operation, String path, SessionCallback<SftpClient.DirEntry, T> action) {
        AtomicInteger attempts = new AtomicInteger();
        connections.resetHostKeyRefusal();
        try {
            return retry.execute(() -> {
                attempts.incrementAndGet();
                return template.execute(action);
            });
        } catch (RetryException e) {
            throw failure(operation, path, e.getLastException(), attempts.get());
        }
    }

    private TransportException failure(String operation, String path, Throwable cause, int attempts) {
        String refusal = connections.hostKeyRefusal();
        String prefix = "SFTP " + operation + (path.isEmpty() ? "" : " " + path) + " at " + settings.address();
        if (refusal != null) {
            return new TransportException(prefix + " refused: " + refusal, refusal, cause);
        }
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        String reason = SftpFailures.describe(cause);
        if (settings.privateKey() != null
                && (SftpFailures.isKeyFileFailure(cause) || !Files.isReadable(settings.privateKey()))) {
            reason = "cannot load private key " + settings.privateKey()
                    + " (missing, unreadable, or the passphrase is wrong): " + reason;
        }
        return new TransportException(prefix + " failed" + tries + ": " + reason, reason, cause);
    }

    private static Instant modified(SftpClient.Attributes attributes) {
        return attributes.getModifyTime() == null ? Instant.EPOCH : attributes.getModifyTime().toInstant();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale .part file is overwritten by the next download
        }
    }
}

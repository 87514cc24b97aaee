package io.cartbridge.agent.transport;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a job needs from the warehouse's file drop. Implementations: SFTP now, local folder later.
 * <p>
 * Directories are absolute or relative remote paths such as {@code /in}; names are single file names
 * (no {@code /}, {@code \}, {@code ..}, control characters, not empty): an invalid one is refused with an
 * {@link IllegalArgumentException} before anything is sent. Failed transfers throw {@link TransportException}.
 * Not thread-safe: one instance per step, closed when the step ends.
 */
public interface RemoteFolder extends AutoCloseable {

    /**
     * Uploads under {@code "<name>.writing"}, then renames to {@code name}: the warehouse never sees a
     * partial file. An existing {@code name} is replaced (removed, then renamed onto, as SFTP v3 rename does
     * not overwrite). Retried on transient errors.
     */
    void upload(String directory, String name, byte[] content);

    /** Regular files only (no {@code .}, {@code ..}, directories or links to them), sorted by name. */
    List<RemoteFile> list(String directory);

    /** Whether {@code name} exists in {@code directory}. */
    boolean exists(String directory, String name);

    /**
     * Downloads to {@code target} via {@code "<target>.part"} and an atomic move, so that {@code target}
     * is either absent or complete. The parent folder of {@code target} is created if needed.
     */
    void download(String directory, String name, Path target);

    /** Moves a file, e.g. into an archive folder; an existing {@code newName} is replaced. */
    void rename(String fromDirectory, String name, String toDirectory, String newName);

    /** Deletes a file; does nothing if it is already gone, so that a retried step succeeds. */
    void delete(String directory, String name);

    /** Creates the directory (one level) if it does not exist yet. */
    void ensureDirectory(String directory);

    /** Connects and logs in now, rather than at the first transfer; does nothing when already connected. */
    void connect();

    /** Closes the connection; the folder cannot be used afterwards. */
    @Override
    void close();
}

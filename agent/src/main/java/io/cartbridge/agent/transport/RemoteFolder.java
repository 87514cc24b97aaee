package io.cartbridge.agent.transport;

import java.nio.file.Path;
import java.util.List;

/** Everything a job needs from the warehouse's file drop. */
public interface RemoteFolder extends AutoCloseable {

    /** Uploads under "name.writing", then renames to name (replacing an existing file). */
    void upload(String directory, String name, byte[] content);

    List<RemoteFile> list(String directory);

    boolean exists(String directory, String name);

    void download(String directory, String name, Path target);

    void rename(String fromDirectory, String name, String toDirectory, String newName);

    void delete(String directory, String name);

    @Override
    void close();
}

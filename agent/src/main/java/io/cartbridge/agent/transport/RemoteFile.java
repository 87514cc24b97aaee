package io.cartbridge.agent.transport;

import java.time.Instant;

/**
 * A regular file in a remote folder.
 *
 * @param name     the file name, without directory
 * @param size     size in bytes
 * @param modified last modification time as the server reports it (second precision on SFTP v3)
 */
public record RemoteFile(String name, long size, Instant modified) {
}

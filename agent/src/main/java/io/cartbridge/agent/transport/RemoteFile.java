package io.cartbridge.agent.transport;

import java.time.Instant;

/** A regular file in a remote folder. */
public record RemoteFile(String name, long size, Instant modified) {
}

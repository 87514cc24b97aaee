package io.cartbridge.agent.transport;

/**
 * A file transfer that failed. The message names the operation, the remote path, the user and
 * {@code host:port}, and the cause (refused host key, failed login, connection refused...), never a secret.
 */
public class TransportException extends RuntimeException {

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}

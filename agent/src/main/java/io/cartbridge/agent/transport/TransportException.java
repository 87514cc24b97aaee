package io.cartbridge.agent.transport;

/**
 * A file transfer that failed. The message names the operation, the remote path, the user and
 * {@code host:port}, and the cause (refused host key, failed login, connection refused...), never a secret.
 */
public class TransportException extends RuntimeException {

    private final String reason;

    public TransportException(String message, Throwable cause) {
        this(message, message, cause);
    }

    /** @param reason the cause alone, without the operation and path ("login refused (...)") */
    public TransportException(String message, String reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** {@return why it failed, in a few words without the operation and path} */
    public String reason() {
        return reason;
    }
}

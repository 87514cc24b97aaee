package io.cartbridge.agent.transport;

/** A file transfer that failed; the message names host, port, operation and path, never a secret. */
public class TransportException extends RuntimeException {

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}

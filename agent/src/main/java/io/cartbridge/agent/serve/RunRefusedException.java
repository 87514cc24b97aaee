package io.cartbridge.agent.serve;

/**
 * A job was not started: another run of it for the same connection holds its lock, or the agent is shutting
 * down. The message says which, and names the host and process that hold the lock.
 */
public class RunRefusedException extends RuntimeException {

    private final String holder;

    RunRefusedException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    /** {@return the process holding the lock, as {@code pid@host}; null when the agent is draining} */
    public String holder() {
        return holder;
    }
}

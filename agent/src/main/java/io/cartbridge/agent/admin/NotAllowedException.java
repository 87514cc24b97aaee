package io.cartbridge.agent.admin;

/**
 * An admin action that its target's state does not allow (restart a completed run, stop one that is not running):
 * exit code 2 on the CLI, 409 from the API; the message says why.
 */
public class NotAllowedException extends UsageException {

    NotAllowedException(String message) {
        super(message);
    }
}

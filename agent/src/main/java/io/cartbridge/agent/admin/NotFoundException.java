package io.cartbridge.agent.admin;

/** What an admin command or request names does not exist: exit code 2 on the CLI, 404 from the API. */
public class NotFoundException extends UsageException {

    public NotFoundException(String message) {
        super(message);
    }
}

package io.cartbridge.agent.admin;

/** A command line (or an API request) that cannot be run as given: printed as one line, exit code 2; 400 from the API. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}

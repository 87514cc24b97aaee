package io.cartbridge.agent.admin;

/** A command line that cannot be run as given: printed as one line, exit code 2. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}

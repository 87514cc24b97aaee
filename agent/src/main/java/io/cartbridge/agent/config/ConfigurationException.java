package io.cartbridge.agent.config;

/**
 * A missing or invalid setting. The message names the property and says what is expected; the
 * CLI prints it as one line and exits with the usage code.
 */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    /** Throws when {@code value} is null or blank. */
    public static String require(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(property + " must be set");
        }
        return value;
    }
}

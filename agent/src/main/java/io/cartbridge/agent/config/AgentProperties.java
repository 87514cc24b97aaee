package io.cartbridge.agent.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the agent itself.
 *
 * @param home where the agent keeps its embedded database, inbox and error folders
 *             ({@code cartbridge.home}, default {@code ~/.cartbridge})
 */
@ConfigurationProperties("cartbridge")
public record AgentProperties(Path home) {

    public AgentProperties {
        if (home == null) {
            home = defaultHome();
        }
    }

    /**
     * {@return {@code ~/.cartbridge}: the home when {@code cartbridge.home} is not set} For the code that needs the
     * home before properties are bound (the embedded database, the demo, the sandbox, the bench).
     */
    public static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".cartbridge");
    }
}

package io.cartbridge.agent.support;

import io.cartbridge.agent.admin.Cli;

/**
 * The agent's command line with the {@link Faults} its JVM was started with (system properties that
 * only this class reads): what {@link TestAgent#spawn(java.util.List, java.util.Map, Faults, java.nio.file.Path)}
 * runs in a separate process.
 */
public final class AgentWithFaults {

    private AgentWithFaults() {
    }

    public static void main(String[] args) {
        System.exit(Faults.fromSystemProperties().around(() -> Cli.run(args)));
    }
}

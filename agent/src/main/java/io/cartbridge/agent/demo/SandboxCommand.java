package io.cartbridge.agent.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.cartbridge.agent.config.AgentProperties;

/**
 * {@code cartbridge sandbox [--port P] [--root DIR] [--authorized-keys FILE]}: the sandbox warehouse's SFTP server alone, to
 * try a real deployment against. Prints how to connect (the password is in a file, never printed).
 */
public final class SandboxCommand {

    private SandboxCommand() {
    }

    public static int run(Map<String, String> options, PrintStream out) {
        Path folder = Path.of(options.getOrDefault("root", AgentProperties.defaultHome().resolve("sandbox").toString()));
        int port;
        try {
            port = Integer.parseInt(options.getOrDefault("port", "2222"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number");
        }
        Path authorizedKeys = options.containsKey("authorized-keys") ? Path.of(options.get("authorized-keys")) : null;
        SandboxWarehouse sandbox = SandboxWarehouse.start(folder.toAbsolutePath(), port, authorizedKeys);
        out.printf("Sandbox warehouse SFTP server on 127.0.0.1:%d%n", sandbox.port());
        out.printf("  user:        %s%n", SandboxWarehouse.USER);
        out.printf("  password:    in %s%n", folder.toAbsolutePath().resolve("password"));
        if (authorizedKeys != null) {
            out.printf("  keys:        the public keys in %s%n", authorizedKeys);
        }
        out.printf("  known_hosts: %s%n", sandbox.knownHosts());
        out.printf("  files:       %s (orders arrive in /in, the warehouse answers in /out)%n", sandbox.root());
        out.println("Agent settings: cartbridge.warehouse.sftp.host=127.0.0.1 cartbridge.warehouse.sftp.port="
                + sandbox.port() + " cartbridge.warehouse.sftp.username=" + SandboxWarehouse.USER
                + " cartbridge.warehouse.sftp.known-hosts=" + sandbox.knownHosts());
        out.println("Press Ctrl-C to stop.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

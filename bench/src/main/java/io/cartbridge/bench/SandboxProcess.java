package io.cartbridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.cartbridge.agent.demo.SandboxWarehouse;

/**
 * The sandbox warehouse in a JVM of its own ({@code cartbridge sandbox}), as a 3PL's SFTP server is a
 * process of its own: the benchmark then measures the agent's JVM, not the server's work as well. It
 * still shares the machine's cores, as it would on a one-box test. Its log counts the SFTP logins ({@link BenchSandbox}).
 */
final class SandboxProcess implements AutoCloseable {

    private final Process process;
    private final Path folder;
    private final int port;

    private SandboxProcess(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    static SandboxProcess start(Path folder) {
        try {
            Files.createDirectories(folder);
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    BenchSandbox.class.getName(), "sandbox", "--port", Integer.toString(port),
                    "--root", folder.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("sandbox.log").toFile()).start();
            SandboxProcess sandbox = new SandboxProcess(process, folder, port);
            sandbox.awaitListening();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the sandbox warehouse in " + folder, e);
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The sandbox warehouse stopped at start-up; see "
                        + folder.resolve("sandbox.log"));
            }
            if (Files.isRegularFile(folder.resolve("known_hosts"))) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                    return;
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the sandbox warehouse started", e);
            }
        }
        close();
        throw new IllegalStateException("The sandbox warehouse did not listen within 60 s; see " + folder.resolve("sandbox.log"));
    }

    long pid() {
        return process.pid();
    }

    Path root() {
        return folder.resolve("root");
    }

    /** The agent settings that point the warehouse partner at this sandbox. */
    Map<String, Object> agentProperties() throws IOException {
        return SandboxWarehouse.agentProperties(port, Files.readString(folder.resolve("password")).trim(),
                folder.resolve("known_hosts"));
    }

    /** {@return the SFTP logins the server accepted so far (one per SSH session), from its log} */
    long logins() {
        try (Stream<String> lines = Files.lines(folder.resolve("sandbox.log"))) {
            return lines.filter(l -> l.contains(BenchSandbox.LOGIN_LINE)
                    && !l.contains("failed") && !l.contains("ignore") && !l.contains("remaining methods")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();                      // SIGTERM: the sandbox's shutdown hook stops its server
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

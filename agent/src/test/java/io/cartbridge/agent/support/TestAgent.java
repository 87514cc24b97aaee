package io.cartbridge.agent.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.demo.SandboxWarehouse;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12OrderFile;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Everything an agent test needs, real: an agent database and a WooCommerce store on MariaDB, and
 * the sandbox warehouse's SFTP server (Apache MINA SSHD) with its files in a temporary folder.
 */
public final class TestAgent implements AutoCloseable {

    private final Path folder;
    private final String agentDb;
    private final WooCommerceTestStore store;
    private final SandboxWarehouse warehouse;
    private final JdbcTemplate ledger;

    public TestAgent(Path folder) {
        this(folder, "wp_");
    }

    public TestAgent(Path folder, String tablePrefix) {
        this.folder = folder;
        this.agentDb = TestDatabase.create("agent");
        this.store = new WooCommerceTestStore(tablePrefix);
        this.warehouse = SandboxWarehouse.start(folder.resolve("warehouse"), 0);
        this.ledger = new JdbcTemplate(new DriverManagerDataSource(agentDb, TestDatabase.user(), TestDatabase.password()));
    }

    public WooCommerceTestStore store() {
        return store;
    }

    public SandboxWarehouse warehouse() {
        return warehouse;
    }

    /** The agent's database (ledger and job repository). */
    public JdbcTemplate ledger() {
        return ledger;
    }

    /** Agent settings for this test's databases and warehouse. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("cartbridge.home", folder.resolve("home").toString());
        p.put("logging.threshold.console", "WARN");
        // serve's web server on a free port: tests (and other checkouts' tests) run side by side
        p.put("server.port", 0);
        p.put("spring.datasource.url", agentDb);
        p.put("spring.datasource.username", TestDatabase.user());
        p.put("spring.datasource.password", TestDatabase.password());
        p.put("cartbridge.cart.url", store.url());
        p.put("cartbridge.cart.username", TestDatabase.user());
        p.put("cartbridge.cart.password", TestDatabase.password());
        p.put("cartbridge.warehouse.id", "acme3pl");
        p.put("cartbridge.warehouse.x12.sender-id", "MYSHOP");
        p.put("cartbridge.warehouse.x12.receiver-id", "ACME3PL");
        p.put("cartbridge.warehouse.sftp.max-attempts", 2);
        p.put("cartbridge.shipping-methods.flat_rate.carrier", "UPSN");
        p.put("cartbridge.shipping-methods.flat_rate.service", "GND");
        p.put("cartbridge.shipping-methods.fedex_2day.carrier", "FDEG");
        p.put("cartbridge.shipping-methods.fedex_2day.service", "2D");
        p.putAll(warehouse.agentProperties());
        return p;
    }

    /** Starts an agent context with these settings on top of {@link #properties()}. */
    public ConfigurableApplicationContext start(Map<String, Object> overrides) {
        return start(overrides, Faults.none());
    }

    /** {@link #start(Map)}, with these failures and pauses injected. */
    public ConfigurableApplicationContext start(Map<String, Object> overrides, Faults faults) {
        List<String> args = commandLineProperties(overrides);
        return faults.around(() -> AgentContext.start(args));
    }

    /** Command-line arguments for a separate agent process with these settings. */
    public List<String> commandLineProperties(Map<String, Object> overrides) {
        Map<String, Object> p = properties();
        p.putAll(overrides);
        List<String> args = new ArrayList<>();
        p.forEach((k, v) -> args.add("--" + k + "=" + v));
        return args;
    }

    /**
     * Starts the agent in a separate JVM (the test's classpath, {@code -Xmx256m}) with {@code command}
     * and these settings on top of {@link #properties()}; its output goes to {@code log}.
     */
    public Process spawn(List<String> command, Map<String, Object> overrides, Path log) {
        return spawn(command, overrides, Faults.none(), log, false);
    }

    /** {@link #spawn(List, Map, Path)}, with these failures and pauses injected in that process. */
    public Process spawn(List<String> command, Map<String, Object> overrides, Faults faults, Path log) {
        return spawn(command, overrides, faults, log, false);
    }

    /**
     * {@link #spawn(List, Map, Path)}, on the embedded default database when {@code embeddedDatabase}
     * (no {@code spring.datasource.*} passed: the agent starts its own MariaDB under cartbridge.home).
     */
    public Process spawn(List<String> command, Map<String, Object> overrides, Path log, boolean embeddedDatabase) {
        return spawn(command, overrides, Faults.none(), log, embeddedDatabase);
    }

    /** {@link #spawn(List, Map, Path, boolean)}, with these failures and pauses injected in that process. */
    public Process spawn(List<String> command, Map<String, Object> overrides, Faults faults, Path log,
                         boolean embeddedDatabase) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        if (!faults.isEmpty()) {
            cmd.addAll(faults.jvmArguments());
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(faults.isEmpty() ? io.cartbridge.agent.CartBridgeApplication.class.getName()
                : AgentWithFaults.class.getName());
        cmd.addAll(command);
        List<String> properties = commandLineProperties(overrides);
        cmd.addAll(embeddedDatabase
                ? properties.stream().filter(p -> !p.startsWith("--spring.datasource.")).toList() : properties);
        try {
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files on the warehouse's server in /in, by name. */
    public List<Path> inboundFiles() {
        try (Stream<Path> files = Files.list(warehouse.root().resolve("in"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every 940 file on the server, parsed. */
    public List<X12OrderFile> parsedFiles() {
        List<X12OrderFile> parsed = new ArrayList<>();
        for (Path file : inboundFiles()) {
            try (InputStream in = Files.newInputStream(file)) {
                parsed.add(new X12WarehouseOrderReader().read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parsed;
    }

    /** Order numbers across all files on the server, in file order (repeats kept, to catch them). */
    public List<String> sentOrderNumbers() {
        return parsedFiles().stream().flatMap(f -> f.orders().stream()).map(WarehouseOrder::orderNumber).toList();
    }

    @Override
    public void close() {
        warehouse.close();
        store.close();
    }
}

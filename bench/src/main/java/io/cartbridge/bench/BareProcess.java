package io.cartbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench order-export --bare}: runs {@link BareOrderExport} on the seeded store instead of the job,
 * in a JVM of its own started as a user would start a small program (same java, class path and -X/-XX
 * options as the bench's JVM), pointed at the bench's databases and sandbox warehouse. Measures its wall
 * time from spawn to exit; the program reports its export loop itself.
 */
final class BareProcess {

    private BareProcess() {
    }

    static int run(ConfigurableApplicationContext context, Map<String, Object> sandbox, Path log, PrintStream out) {
        HikariDataSource cart = hikari(context.getBean(CartDatabase.class).dataSource(), "cart");
        HikariDataSource agent = hikari(context.getBean(DataSource.class), "agent");
        WarehouseProperties warehouse = context.getBean(WarehouseProperties.class);
        Environment env = context.getEnvironment();
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareOrderExport.class.getName(),
                "--cart-url", cart.getJdbcUrl(), "--cart-user", cart.getUsername(),
                "--agent-url", agent.getJdbcUrl(), "--agent-user", agent.getUsername(),
                "--sftp-host", sandbox.get("cartbridge.warehouse.sftp.host").toString(),
                "--sftp-port", sandbox.get("cartbridge.warehouse.sftp.port").toString(),
                "--sftp-user", sandbox.get("cartbridge.warehouse.sftp.username").toString(),
                "--outbound-dir", warehouse.sftp().outboundDir(),
                "--sender-id", warehouse.x12().senderId(), "--receiver-id", warehouse.x12().receiverId(),
                "--carrier", env.getRequiredProperty("cartbridge.shipping-methods.flat_rate.carrier"),
                "--service", env.getRequiredProperty("cartbridge.shipping-methods.flat_rate.service"),
                "--page-size", warehouse.ordersPerFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // secrets through the environment: a command line is visible to every user of the machine
        builder.environment().put("CARTBRIDGE_BARE_CART_PASSWORD", orEmpty(cart.getPassword()));
        builder.environment().put("CARTBRIDGE_BARE_AGENT_PASSWORD", orEmpty(agent.getPassword()));
        builder.environment().put("CARTBRIDGE_BARE_SFTP_PASSWORD", sandbox.get("cartbridge.warehouse.sftp.password").toString());
        Process process = null;
        try {
            long spawn = System.nanoTime();
            process = builder.start();
            int exit = process.waitFor();
            long wall = System.nanoTime() - spawn;
            List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (exit != 0) {
                out.printf("bare program failed (exit %d); its output (%s):%n", exit, log);
                output.stream().skip(Math.max(0, output.size() - 20)).forEach(line -> out.println("  " + line));
                return 1;
            }
            Long exported = new JdbcTemplate(agent).queryForObject("SELECT COUNT(*) FROM bare_order", Long.class);
            out.printf("bare program (plain JDBC + StAEDI + SFTP, a JVM of its own with %s)%n", String.join(" ", jvmOptions));
            out.printf(Locale.ROOT, "  orders exported: %d; wall time from spawn to exit: %.2f s, %.0f orders/s%n",
                    exported, wall / 1e9, exported * 1e9 / wall);
            output.stream().filter(line -> line.startsWith("bare: ")).forEach(line -> out.println("  " + line));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the bare program; see " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the bare program ran", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static HikariDataSource hikari(DataSource dataSource, String which) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the " + which + " database's settings: " + e.getMessage(), e);
        }
        throw new IllegalStateException("bench --bare needs the " + which + " database as a Hikari pool, not "
                + dataSource.getClass().getName());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

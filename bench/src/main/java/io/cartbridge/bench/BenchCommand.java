package io.cartbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.demo.DemoStore;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cartbridge bench order-export [--orders N] [--bare]}, {@code bench shipment-import [--shipments N]},
 * {@code bench inventory-import [--items N] [--changed PERCENT]}: prepares a fresh embedded MariaDB
 * store (and, for the imports, the warehouse's file, collected first), runs the job and prints items/s
 * inside the job, the time of each step, the start-up and the JVM's peak heap. State lives under
 * {@code ~/.cartbridge/bench} and is wiped first. With {@code --bare}, order-export's yardstick runs
 * instead of the job: {@link BareOrderExport}, see {@link BareProcess}. With {@code --platform prestashop}, the store
 * is a PrestaShop one ({@link PrestaShopBenchStore}) instead of WooCommerce.
 */
final class BenchCommand {

    private BenchCommand() {
    }

    /** {@code what} and {@code options} as {@link BenchMain} checked them; the bench's state under {@code benchHome}. */
    static int run(String what, Map<String, String> options, List<String> springArgs, PrintStream out, Path benchHome) {
        if (options.containsKey("stores")) {
            return StoresBench.run(Integer.parseInt(options.get("stores")), Integer.parseInt(options.getOrDefault("orders", "20")),
                    springArgs, out, benchHome.toAbsolutePath());
        }
        if (what.equals("snapshot-read")) {
            try {
                return SnapshotReadBench.run(Integer.parseInt(options.getOrDefault("items", "1000000")),
                        options.getOrDefault("format", "x12"), out, benchHome.toAbsolutePath());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (what.equals("trigger")) {
            int orders = Integer.parseInt(options.getOrDefault("orders", "100"));
            return TriggerBench.run(orders, DurationStyle.detectAndParse(options.getOrDefault("poll", "5s")),
                    Integer.parseInt(options.getOrDefault("seconds", Integer.toString(Math.max(1, orders * 3 / 2)))),
                    springArgs, out, benchHome.toAbsolutePath());
        }
        if (what.equals("write-back") && "magento2".equals(options.get("platform"))) {
            return Magento2WriteBackBench.run(Integer.parseInt(options.getOrDefault("shipments", "2000")),
                    Integer.parseInt(options.getOrDefault("items", "100000")), springArgs, out, benchHome.toAbsolutePath());
        }
        if (what.equals("write-back") && "prestashop".equals(options.get("platform"))) {
            return PrestaShopWriteBackBench.run(Integer.parseInt(options.getOrDefault("shipments", "2000")),
                    Integer.parseInt(options.getOrDefault("items", "100000")), springArgs, out, benchHome.toAbsolutePath());
        }
        if (what.equals("write-back")) {
            return WriteBackBench.run(Integer.parseInt(options.getOrDefault("shipments", "2000")),
                    Integer.parseInt(options.getOrDefault("items", "100000")), springArgs, out, benchHome.toAbsolutePath());
        }
        boolean bare = options.containsKey("bare");
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path home = benchHome.toAbsolutePath();
        wipe(home);
        try (SandboxProcess sandbox = SandboxProcess.start(home.resolve("sandbox-warehouse"))) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("cartbridge.home", home.toString());
            properties.put("cartbridge.cart.embedded-database", "bench_shop");
            properties.put("cartbridge.warehouse.id", "bench3pl");
            properties.put("cartbridge.warehouse.x12.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.x12.receiver-id", "BENCH3PL");
            properties.put("cartbridge.warehouse.orders-per-file", 500);
            properties.put("cartbridge.warehouse.sftp.min-file-age", "0s");
            boolean prestashop = "prestashop".equals(options.get("platform"));
            if (prestashop) {
                // the bench's carrier, by its id_reference
                properties.put("cartbridge.cart.platform", "prestashop");
                properties.put("cartbridge.shipping-methods.1.carrier", "UPSN");
                properties.put("cartbridge.shipping-methods.1.service", "GND");
            } else {
                properties.put("cartbridge.shipping-methods.flat_rate.carrier", "UPSN");
                properties.put("cartbridge.shipping-methods.flat_rate.service", "GND");
            }
            properties.putAll(sandbox.agentProperties());
            String format = options.getOrDefault("format", "x12");
            properties.put("cartbridge.warehouse.format", format);
            properties.put("cartbridge.warehouse.edifact.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.edifact.recipient-id", "BENCH3PL");
            properties.put("cartbridge.warehouse.xml.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.xml.receiver-id", "BENCH3PL");
            long contextStart = System.nanoTime();
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                long startup = System.nanoTime() - contextStart;
                // the single-shop settings are the shorthand for one connection 'default'
                CartDatabase cart = context.getBean(ConnectionContexts.class).of(Connections.DEFAULT).cart();
                emptyDatabase(context.getBean(DataSource.class), Set.of("flyway_schema_history"), false);
                emptyDatabase(cart.dataSource(), Set.of(), true);
                if (prestashop) {
                    PrestaShopBenchStore.createSchema(cart.dataSource());
                } else {
                    DemoStore.createSchema(cart.dataSource(), "wp_");
                }
                JdbcTemplate jdbc = new JdbcTemplate(cart.dataSource());
                AdminCommands admin = context.getBean(AdminCommands.class);
                long seedStart = System.nanoTime();
                Path outbox = sandbox.root().resolve("out");
                long count;
                switch (what) {
                    case "shipment-import" -> {
                        count = Integer.parseInt(options.getOrDefault("shipments", "20000"));
                        seedOrders(jdbc, (int) count, prestashop);
                        admin.run("order-export");
                        if (format.equals("x12")) {
                            BenchFiles.shipmentAdvice(outbox.resolve("shipments.edi"), (int) count);
                        } else {
                            BenchFiles.shipmentConfirmations(outbox.resolve("shipments." + (format.equals("xml") ? "xml" : "edi")),
                                    format, (int) count);
                        }
                        admin.run("inbound-collect");
                    }
                    case "inventory-import" -> {
                        count = Integer.parseInt(options.getOrDefault("items", "100000"));
                        if (prestashop) {
                            PrestaShopBenchStore.seedStockedProducts(jdbc, (int) count);
                        } else {
                            BenchStore.seedStockedProducts(jdbc, (int) count);
                        }
                        int changed = Integer.parseInt(options.getOrDefault("changed", "100"));
                        if (format.equals("x12")) {
                            BenchFiles.inventoryAdvice(outbox.resolve("stock.edi"), (int) count, changed);
                        } else {
                            BenchFiles.inventorySnapshot(outbox.resolve("stock." + (format.equals("xml") ? "xml" : "edi")), format,
                                    (int) count, changed);
                        }
                        admin.run("inbound-collect");
                    }
                    default -> {
                        count = Integer.parseInt(options.getOrDefault("orders", "50000"));
                        seedOrders(jdbc, (int) count, prestashop);
                    }
                }
                long seed = System.nanoTime() - seedStart;
                out.printf("Prepared %d %s in %.1f s (seeding, files; not measured)%n", count,
                        what.equals("order-export") ? "paid orders" : what.equals("shipment-import") ? "shipments" : "stock items",
                        seed / 1e9);
                if (bare) {
                    return BareProcess.run(context, sandbox.agentProperties(), home.resolve("bare-export.log"), out);
                }
                resetPeaks();
                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long serverPid = Long.parseLong(Files.readString(Path.of(new JdbcTemplate(context.getBean(DataSource.class))
                        .queryForObject("SELECT @@pid_file", String.class))).trim());
                long agentCpu = os.getProcessCpuTime();
                double serverCpu = ProcessCpu.seconds(serverPid);
                double sandboxCpu = ProcessCpu.seconds(sandbox.pid());
                JobExecution execution = admin.run(what);
                agentCpu = os.getProcessCpuTime() - agentCpu;
                serverCpu = ProcessCpu.seconds(serverPid) - serverCpu;
                sandboxCpu = ProcessCpu.seconds(sandbox.pid()) - sandboxCpu;
                Duration job = Duration.between(execution.getStartTime(), execution.getEndTime());
                long read = execution.getStepExecutions().stream().mapToLong(s -> s.getReadCount()).max().orElse(0);
                long wallWithoutSeed = System.currentTimeMillis() - processStart - seed / 1_000_000;
                out.printf("%s: %s, %d items read in %.2f s inside the job: %.0f per second%n", what,
                        execution.getStatus(), read, job.toMillis() / 1000.0, read * 1000.0 / Math.max(1, job.toMillis()));
                execution.getStepExecutions().forEach(step -> out.printf("  step %-16s %7d read %7d written in %.2f s%n",
                        step.getStepName(), step.getReadCount(), step.getWriteCount(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0));
                // CPU seconds hold better than wall time on a shared machine: they do not count other people's work
                out.printf("CPU during the job: agent %.2f s, MariaDB %.2f s, SFTP server %.2f s; %.1f us of CPU per item%n",
                        agentCpu / 1e9, serverCpu, sandboxCpu,
                        (agentCpu / 1e9 + serverCpu + sandboxCpu) * 1e6 / Math.max(1, read));
                out.printf("start-up (JVM + embedded MariaDB + context): %.2f s; whole run without preparation: %.2f s%n",
                        startup / 1e9, wallWithoutSeed / 1000.0);
                out.printf("peak heap during the job: %d MB (max heap %d MB); %d cores%n", peakHeapMb(),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
                return execution.getStatus().isUnsuccessful() ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void seedOrders(JdbcTemplate jdbc, int count, boolean prestashop) {
        if (prestashop) {
            PrestaShopBenchStore.seed(jdbc, count);
        } else {
            BenchStore.seed(jdbc, count);
        }
    }

    /** The embedded MariaDB's binaries and data, kept from one bench to the next. */
    private static final Set<String> KEPT = Set.of("mariadb-10.11.5", "db");

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /**
     * Clears what an earlier bench left, except the embedded MariaDB's binaries and data folder: an
     * agent that runs order-export has its database installed already, so start-up is measured on
     * an installed server; the databases' contents are emptied once the server runs.
     */
    static void wipe(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> top = Files.list(home)) {
            for (Path entry : top.filter(p -> !KEPT.contains(p.getFileName().toString())).toList()) {
                try (Stream<Path> paths = Files.walk(entry)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + home, e);
        }
    }

    /** Empties (or drops) every table of the connection's database but the ones kept, in one session. */
    static void emptyDatabase(DataSource dataSource, Set<String> kept, boolean drop) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            emptyTables(st, kept, drop);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the bench databases: " + e.getMessage(), e);
        }
    }

    /** Empties (or drops) every table of the session's current database but the ones kept. */
    static void emptyTables(Statement st, Set<String> kept, boolean drop) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        st.execute("SET FOREIGN_KEY_CHECKS = 0");
        for (String table : tables) {
            if (!kept.contains(table.toLowerCase(java.util.Locale.ROOT))) {
                st.execute((drop ? "DROP TABLE `" : "TRUNCATE TABLE `") + table.replace("`", "``") + "`");
            }
        }
        st.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
}

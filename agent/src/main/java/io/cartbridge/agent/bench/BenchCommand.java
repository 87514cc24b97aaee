package io.cartbridge.agent.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.demo.DemoStore;
import io.cartbridge.agent.demo.SandboxWarehouse;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cartbridge bench order-export [--orders N]}, {@code bench shipment-import [--shipments N]},
 * {@code bench inventory-import [--items N] [--changed PERCENT]}: prepares a fresh embedded MariaDB
 * store (and, for the imports, the warehouse's file, collected first), runs the job and prints items/s
 * inside the job, the time of each step, the start-up and the JVM's peak heap. State lives under
 * {@code ~/.cartbridge/bench} and is wiped first.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static int run(List<String> arguments, Map<String, String> options, List<String> springArgs, PrintStream out) {
        String what = arguments.isEmpty() ? "order-export" : arguments.get(0);
        if (!List.of("order-export", "shipment-import", "inventory-import").contains(what)) {
            throw new IllegalArgumentException("bench knows order-export, shipment-import and inventory-import, not " + what);
        }
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path home = Path.of(System.getProperty("user.home"), ".cartbridge", "bench").toAbsolutePath();
        wipe(home);
        try (SandboxWarehouse sandbox = SandboxWarehouse.start(home.resolve("sandbox-warehouse"), 0)) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("cartbridge.home", home.toString());
            properties.put("cartbridge.cart.embedded-database", "bench_shop");
            properties.put("cartbridge.warehouse.id", "bench3pl");
            properties.put("cartbridge.warehouse.x12.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.x12.receiver-id", "BENCH3PL");
            properties.put("cartbridge.warehouse.orders-per-file", 500);
            properties.put("cartbridge.warehouse.sftp.min-file-age", "0s");
            properties.put("cartbridge.shipping-methods.flat_rate.carrier", "UPSN");
            properties.put("cartbridge.shipping-methods.flat_rate.service", "GND");
            properties.putAll(sandbox.agentProperties());
            long contextStart = System.nanoTime();
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                long startup = System.nanoTime() - contextStart;
                CartDatabase cart = context.getBean(CartDatabase.class);
                DemoStore.createSchema(cart.dataSource(), "wp_");
                JdbcTemplate jdbc = new JdbcTemplate(cart.dataSource());
                AdminCommands admin = context.getBean(AdminCommands.class);
                long seedStart = System.nanoTime();
                Path outbox = sandbox.root().resolve("out");
                long count;
                switch (what) {
                    case "shipment-import" -> {
                        count = Integer.parseInt(options.getOrDefault("shipments", "20000"));
                        BenchStore.seed(jdbc, (int) count);
                        admin.run("order-export");
                        BenchFiles.shipmentAdvice(outbox.resolve("shipments.edi"), (int) count);
                        admin.run("inbound-collect");
                    }
                    case "inventory-import" -> {
                        count = Integer.parseInt(options.getOrDefault("items", "100000"));
                        BenchStore.seedStockedProducts(jdbc, (int) count);
                        BenchFiles.inventoryAdvice(outbox.resolve("stock.edi"), (int) count,
                                Integer.parseInt(options.getOrDefault("changed", "100")));
                        admin.run("inbound-collect");
                    }
                    default -> {
                        count = Integer.parseInt(options.getOrDefault("orders", "50000"));
                        BenchStore.seed(jdbc, (int) count);
                    }
                }
                long seed = System.nanoTime() - seedStart;
                out.printf("Prepared %d %s in %.1f s (seeding, files; not measured)%n", count,
                        what.equals("order-export") ? "paid orders" : what.equals("shipment-import") ? "shipments" : "stock items",
                        seed / 1e9);
                resetPeaks();
                JobExecution execution = admin.run(what);
                Duration job = Duration.between(execution.getStartTime(), execution.getEndTime());
                long read = execution.getStepExecutions().stream().mapToLong(s -> s.getReadCount()).max().orElse(0);
                long wallWithoutSeed = System.currentTimeMillis() - processStart - seed / 1_000_000;
                out.printf("%s: %s, %d items read in %.2f s inside the job: %.0f per second%n", what,
                        execution.getStatus(), read, job.toMillis() / 1000.0, read * 1000.0 / Math.max(1, job.toMillis()));
                execution.getStepExecutions().forEach(step -> out.printf("  step %-16s %7d read %7d written in %.2f s%n",
                        step.getStepName(), step.getReadCount(), step.getWriteCount(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0));
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

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static void wipe(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + home, e);
        }
    }
}

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
 * {@code cartbridge bench order-export [--orders N]}: seeds N paid orders (2-3 lines each) into a
 * fresh embedded MariaDB store, runs order-export to the sandbox warehouse and prints orders/s inside
 * the job, the wall time of start-up plus job, and the JVM's peak heap. State lives under
 * {@code cartbridge.home}/bench and is wiped first.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static int run(List<String> arguments, Map<String, String> options, List<String> springArgs, PrintStream out) {
        String what = arguments.isEmpty() ? "order-export" : arguments.get(0);
        if (!what.equals("order-export")) {
            throw new IllegalArgumentException("bench knows order-export, not " + what);
        }
        int orders = Integer.parseInt(options.getOrDefault("orders", "50000"));
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
            properties.put("cartbridge.shipping-methods.flat_rate.carrier", "UPSN");
            properties.put("cartbridge.shipping-methods.flat_rate.service", "GND");
            properties.putAll(sandbox.agentProperties());
            long contextStart = System.nanoTime();
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                long startup = System.nanoTime() - contextStart;
                CartDatabase cart = context.getBean(CartDatabase.class);
                DemoStore.createSchema(cart.dataSource(), "wp_");
                long seedStart = System.nanoTime();
                BenchStore.seed(new JdbcTemplate(cart.dataSource()), orders);
                long seed = System.nanoTime() - seedStart;
                out.printf("Seeded %d paid orders in %.1f s%n", orders, seed / 1e9);
                resetPeaks();
                AdminCommands admin = context.getBean(AdminCommands.class);
                JobExecution execution = admin.run("order-export");
                Duration job = Duration.between(execution.getStartTime(), execution.getEndTime());
                long read = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("order-extract"))
                        .mapToLong(s -> s.getReadCount()).sum();
                long files;
                try (Stream<Path> list = Files.list(sandbox.root().resolve("in"))) {
                    files = list.count();
                }
                long wallWithoutSeed = System.currentTimeMillis() - processStart - seed / 1_000_000;
                out.printf("order-export: %s, %d orders in %d files in %.2f s inside the job: %.0f orders/s%n",
                        execution.getStatus(), read, files, job.toMillis() / 1000.0, read * 1000.0 / Math.max(1, job.toMillis()));
                execution.getStepExecutions().forEach(step -> out.printf("  step %-14s %6d read %6d written in %.2f s%n",
                        step.getStepName(), step.getReadCount(), step.getWriteCount(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0));
                out.printf("start-up (JVM + embedded MariaDB + context): %.2f s; whole run without seeding: %.2f s%n",
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

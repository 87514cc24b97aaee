package io.cartbridge.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.demo.DemoStore;
import io.cartbridge.agent.serve.Trigger;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cartbridge bench trigger [--orders 100] [--poll 5s] [--seconds N]}: how long a paid order takes to reach
 * the warehouse through {@code serve}'s trigger alone (no schedule). The store holds {@code orders} orders awaiting
 * payment; each is paid at a random moment within {@code seconds} (default 1.5 s an order), as WooCommerce pays one
 * (status and update time); a watcher lists the SFTP server's {@code /in} every 20 ms and reads each new file.
 * Prints the time from payment to file on the server: p50, p95, max, and how many runs the trigger started.
 */
final class TriggerBench {

    private static final String PENDING = "UPDATE wp_wc_orders SET status = 'wc-pending'";
    private static final String PAY = """
            UPDATE wp_wc_orders SET status = 'wc-processing', date_updated_gmt = UTC_TIMESTAMP() WHERE id = ?""";
    private static final String RUNS = """
            SELECT e.STATUS, COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE i.JOB_NAME = 'order-export' GROUP BY e.STATUS""";
    /** The trigger's promise: with a 5 s poll, 95 % of paid orders reach the warehouse within 10 s. */
    private static final Duration TARGET = Duration.ofSeconds(10);

    private TriggerBench() {
    }

    static int run(int orders, Duration poll, int seconds, List<String> springArgs, PrintStream out, Path home) {
        BenchCommand.wipe(home);
        try (SandboxProcess sandbox = SandboxProcess.start(home.resolve("sandbox-warehouse"))) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("cartbridge.home", home.toString());
            properties.put("cartbridge.cart.embedded-database", "bench_shop");
            properties.put("cartbridge.warehouse.id", "bench3pl");
            properties.put("cartbridge.warehouse.x12.sender-id", "BENCHSHOP");
            properties.put("cartbridge.warehouse.x12.receiver-id", "BENCH3PL");
            properties.put("cartbridge.warehouse.sftp.min-file-age", "0s");
            properties.put("cartbridge.shipping-methods.flat_rate.carrier", "UPSN");
            properties.put("cartbridge.shipping-methods.flat_rate.service", "GND");
            properties.put("cartbridge.trigger.poll-interval", poll.toMillis() + "ms");
            properties.putAll(sandbox.agentProperties());
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties);
                 PrintStream triggerLog = new PrintStream(new FileOutputStream(home.resolve("trigger.log").toFile()), true)) {
                CartDatabase cart = context.getBean(ConnectionContexts.class).of(Connections.DEFAULT).cart();
                BenchCommand.emptyDatabase(context.getBean(DataSource.class), Set.of("flyway_schema_history"), false);
                BenchCommand.emptyDatabase(cart.dataSource(), Set.of(), true);
                DemoStore.createSchema(cart.dataSource(), "wp_");
                JdbcTemplate jdbc = new JdbcTemplate(cart.dataSource());
                BenchStore.seed(jdbc, orders);
                jdbc.update(PENDING);
                out.printf("Prepared %d orders awaiting payment; paying them at random moments over %d s, trigger polling every %s s%n",
                        orders, seconds, poll.toMillis() / 1000.0);
                Map<String, Long> seen = new ConcurrentHashMap<>();
                ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
                Path inbox = sandbox.root().resolve("in");
                Set<Path> read = new HashSet<>();
                watcher.scheduleWithFixedDelay(() -> watch(inbox, read, seen), 0, 20, TimeUnit.MILLISECONDS);
                try (Trigger.Polling polling = context.getBean(Trigger.class).start(triggerLog)) {
                    Map<String, Long> paid = payAtRandomMoments(jdbc, orders, seconds);
                    long deadline = System.nanoTime() + poll.multipliedBy(3).plusSeconds(60).toNanos();
                    while (seen.keySet().containsAll(paid.keySet()) == false && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    watcher.shutdownNow();
                    return report(paid, seen, context.getBean(DataSource.class), poll, out);
                } finally {
                    watcher.shutdownNow();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Pays every order once, each at a random moment (fixed seed) within the period; {@return order number → nanoTime paid} */
    private static Map<String, Long> payAtRandomMoments(JdbcTemplate jdbc, int orders, int seconds) throws InterruptedException {
        Random random = new Random(BenchStore.SEED);
        long[] moments = new long[orders];
        for (int i = 0; i < orders; i++) {
            moments[i] = (long) (random.nextDouble() * seconds * 1_000_000_000L);
        }
        Arrays.sort(moments);
        List<Long> ids = new ArrayList<>();
        for (int o = 1; o <= orders; o++) {
            ids.add(1000L + o);
        }
        Collections.shuffle(ids, random);
        Map<String, Long> paid = new HashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            long wait = start + moments[i] - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            jdbc.update(PAY, ids.get(i));
            paid.put(Long.toString(ids.get(i)), System.nanoTime());
        }
        return paid;
    }

    /** Reads each new order file in the server's inbox once, noting when each of its orders was first seen. */
    private static void watch(Path inbox, Set<Path> read, Map<String, Long> seen) {
        long now = System.nanoTime();
        List<Path> files;
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.filter(p -> p.getFileName().toString().contains("-940-") && !p.getFileName().toString().endsWith(".writing"))
                    .filter(p -> !read.contains(p)).toList();
        } catch (IOException e) {
            return;             // not there yet
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (WarehouseOrder order : new X12WarehouseOrderReader().read(in).orders()) {
                    seen.putIfAbsent(order.orderNumber(), now);
                }
                read.add(file);
            } catch (IOException | RuntimeException e) {
                // renamed into place but not readable yet: the next look reads it
            }
        }
    }

    private static int report(Map<String, Long> paid, Map<String, Long> seen, DataSource agent, Duration poll, PrintStream out) {
        List<Long> millis = new ArrayList<>();
        paid.forEach((order, at) -> {
            Long arrived = seen.get(order);
            if (arrived != null) {
                millis.add(TimeUnit.NANOSECONDS.toMillis(arrived - at));
            }
        });
        Collections.sort(millis);
        int missing = paid.size() - millis.size();
        Map<String, Long> runs = new HashMap<>();
        new JdbcTemplate(agent).query(RUNS, rs -> {
            runs.put(rs.getString(1), rs.getLong(2));
        });
        out.printf("trigger (poll %s s): %d of %d paid orders on the SFTP server; paid to file: p50 %.2f s, p95 %.2f s, max %.2f s%n",
                poll.toMillis() / 1000.0, millis.size(), paid.size(), pct(millis, 50) / 1000.0, pct(millis, 95) / 1000.0,
                millis.isEmpty() ? 0 : millis.get(millis.size() - 1) / 1000.0);
        out.printf("order-export runs started by the trigger: %s; %d cores%n", runs, Runtime.getRuntime().availableProcessors());
        boolean met = missing == 0 && pct(millis, 95) <= TARGET.toMillis();
        out.printf("target (p95 within %d s with a 5 s poll): %s%n", TARGET.toSeconds(), met ? "met" : "NOT met"
                + (missing > 0 ? " (" + missing + " orders never arrived)" : ""));
        return missing == 0 ? 0 : 1;
    }

    /** The nearest-rank percentile of sorted values, 0 when there are none. */
    static long pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}

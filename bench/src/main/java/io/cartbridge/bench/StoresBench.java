package io.cartbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.config.EmbeddedDatabaseListener;
import io.cartbridge.agent.config.EmbeddedMariaDb;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code cartbridge bench order-export --stores N [--orders M]}: N shops of M paid orders (default 20) each, one
 * partner server, a connection per shop with its own sender id ({@link BenchStores}); runs order-export once and
 * prints the whole run's time, start-up included, what each connection (partition) cost: its time, the
 * database connections opened to the carts and to the agent's database, the statements, the SFTP logins and the
 * job repository's step executions; then checks that every order was sent exactly once ({@link SentOnce}).
 *
 * <p>The whole run is the JVM's life up to the job's end, less what a real run does not do: starting the
 * partner's SFTP server (a process of its own) and preparing the shops. It includes the embedded MariaDB's
 * start, the agent's context and the job.
 *
 * <p>For diagnosis, {@code BENCH_GENERAL_LOG=/some/file} logs every statement of the job to that file (and, with
 * microsecond times, to {@code file.tsv}) and writes InnoDB's status, with its last deadlock, to {@code file.innodb}.
 */
final class StoresBench {

    static final String JOB = "order-export";

    private StoresBench() {
    }

    static int run(int stores, int orders, List<String> springArgs, PrintStream out, Path home) {
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        BenchCommand.wipe(home);
        EmbeddedMariaDb server = EmbeddedDatabaseListener.server(home);
        long preparationStart = System.nanoTime();
        BenchStores shops = new BenchStores(server, stores);
        SingleConnectionDataSource rootDataSource = shops.root("");
        try (SandboxProcess sandbox = SandboxProcess.start(home.resolve("sandbox-warehouse"))) {
            shops.prepare(orders);
            long preparation = System.nanoTime() - preparationStart;
            out.printf("Prepared %d stores of %d paid orders (databases %s..%s on the bench's MariaDB) and the partner's "
                    + "SFTP server in %.1f s (not measured)%n", stores, orders, BenchStores.database(1),
                    BenchStores.database(stores), preparation / 1e9);
            Map<String, Object> properties = new HashMap<>(shops.agentProperties(sandbox.agentProperties()));
            properties.put("cartbridge.home", home.toString());
            long contextStart = System.nanoTime();
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                long startup = System.nanoTime() - contextStart;
                long contextReady = System.currentTimeMillis();
                AdminCommands admin = context.getBean(AdminCommands.class);
                JdbcTemplate root = new JdbcTemplate(rootDataSource);
                BenchCommand.resetPeaks();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                threads.resetPeakThreadCount();
                root.execute("FLUSH STATUS");
                // diagnosis: every statement of the job in that file (and .tsv), InnoDB's status (its last deadlock) in .innodb
                if (System.getenv("BENCH_GENERAL_LOG") != null) {
                    root.execute("SET GLOBAL general_log_file = '" + System.getenv("BENCH_GENERAL_LOG") + "'");
                    root.execute("SET GLOBAL log_output = 'FILE,TABLE'");
                    root.execute("TRUNCATE mysql.general_log");
                    root.execute("SET GLOBAL general_log = 1");
                }
                Map<String, DatabaseUse> before = DatabaseUse.byUser(root);
                long loginsBefore = sandbox.logins();

                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpuStart = os.getProcessCpuTime();
                long serverPid = Long.parseLong(Files.readString(Path.of(root.queryForObject("SELECT @@pid_file", String.class))).trim());
                double serverCpu = ProcessCpu.seconds(serverPid);
                double sandboxCpu = ProcessCpu.seconds(sandbox.pid());
                long jobStart = System.nanoTime();
                JobExecution execution = admin.run(JOB);
                long jobNanos = System.nanoTime() - jobStart;
                long jobCpu = os.getProcessCpuTime() - cpuStart;
                serverCpu = ProcessCpu.seconds(serverPid) - serverCpu;
                sandboxCpu = ProcessCpu.seconds(sandbox.pid()) - sandboxCpu;
                if (System.getenv("BENCH_GENERAL_LOG") != null) {
                    root.execute("SET GLOBAL general_log = 0");
                    Files.writeString(Path.of(System.getenv("BENCH_GENERAL_LOG") + ".innodb"),
                            root.queryForObject("SHOW ENGINE INNODB STATUS", (rs, n) -> rs.getString("Status")));
                    root.execute("SELECT event_time, thread_id, user_host, command_type, REPLACE(CONVERT(argument USING utf8mb4), '\\n', ' ') "
                            + "FROM mysql.general_log ORDER BY event_time INTO OUTFILE '" + System.getenv("BENCH_GENERAL_LOG") + ".tsv'");
                }

                long wholeRun = System.currentTimeMillis() - processStart - preparation / 1_000_000;
                Map<String, DatabaseUse> after = DatabaseUse.byUser(root);
                long logins = sandbox.logins() - loginsBefore;
                Integer peakConnections = root.queryForObject(
                        "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'MAX_USED_CONNECTIONS'",
                        Integer.class);
                int total = stores * orders;
                out.printf("%s: %s, %d connections, %d orders in %.2f s inside the job (restarts included): %.0f per second%n",
                        JOB, execution.getStatus(), stores, total, jobNanos / 1e9, total / (jobNanos / 1e9));
                out.printf("  CPU used during the job: agent JVM %.2f s, MariaDB server %.2f s, SFTP server %.2f s: %.0f ms per "
                        + "connection in all (%.2f s of wall time on %d cores at the least); load average %.1f%n", jobCpu / 1e9,
                        serverCpu, sandboxCpu, (jobCpu / 1e9 + serverCpu + sandboxCpu) * 1000 / stores,
                        (jobCpu / 1e9 + serverCpu + sandboxCpu) / os.getAvailableProcessors(), os.getAvailableProcessors(),
                        os.getSystemLoadAverage());
                out.printf("whole run, start-up included: %.2f s (%.0f orders per second); start-up (JVM + embedded MariaDB "
                        + "+ context): %.2f s; context alone %.2f s%n", wholeRun / 1000.0, total * 1000.0 / Math.max(1, wholeRun),
                        (contextReady - processStart - preparation / 1_000_000) / 1000.0, startup / 1e9);
                execution.getStepExecutions().stream().filter(s -> s.getStatus().isUnsuccessful()).forEach(s -> out.printf(
                        "  FAILED %s: %s%n", s.getStepName(), s.getExitStatus().getExitDescription().lines().findFirst().orElse("")));
                printPerConnection(root, execution, stores, out);
                DatabaseUse carts = DatabaseUse.of(after, BenchStores.CART_USER).minus(DatabaseUse.of(before, BenchStores.CART_USER));
                DatabaseUse agent = DatabaseUse.of(after, BenchStores.AGENT_USER).minus(DatabaseUse.of(before, BenchStores.AGENT_USER));
                out.printf("  cart databases:  %5d connections opened (%.2f per store), %6d statements (%.1f per connection), "
                        + "server busy %.2f s%n", carts.connections(), carts.connections() / (double) stores, carts.statements(),
                        carts.statements() / (double) stores, carts.busySeconds());
                out.printf("  agent database:  %5d connections opened, %6d statements (%.1f per connection), %d commits "
                        + "(%.1f per connection), server busy %.2f s%n", agent.connections(), agent.statements(),
                        agent.statements() / (double) stores, agent.commits(), agent.commits() / (double) stores, agent.busySeconds());
                out.printf("  at most %d database connections open at once (all users); at most %d threads in the agent's JVM%n",
                        peakConnections, threads.getPeakThreadCount());
                out.printf("  SFTP logins:     %5d (%.2f per connection)%n", logins, logins / (double) stores);
                out.printf("peak heap during the job: %d MB (max heap %d MB); %d cores%n", BenchCommand.peakHeapMb(),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
                SentOnce sent = SentOnce.check(sandbox.root().resolve("in"), stores, root);
                out.printf("sent: %d orders of %d stores in %d files: %d ST*940 segments, %d distinct (sender id, order), "
                        + "%d of no store; ledger: %d filed in uploaded, noted files; cart notes: %d; %s%n", total, stores,
                        sent.files(), sent.transactions(), sent.distinct(), sent.unknownSender(), sent.ledger(), sent.notes(),
                        sent.exactlyOnce(total) ? "every order exactly once" : "NOT EXACTLY ONCE");
                return execution.getStatus().isUnsuccessful() || !sent.exactlyOnce(total) ? 1 : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the bench's stores: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rootDataSource.destroy();
        }
    }

    /** The step executions of every execution of the run's job instance (the run and its restarts after lock conflicts). */
    private static final String STEPS = """
            SELECT s.STEP_NAME, s.STATUS, TIMESTAMPDIFF(MICROSECOND, s.START_TIME, s.END_TIME) / 1000 AS millis,
                   s.START_TIME, s.END_TIME, s.VERSION, s.JOB_EXECUTION_ID,
                   (SELECT COUNT(*) FROM cartbridge.BATCH_STEP_EXECUTION_CONTEXT c WHERE c.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID) AS contexts
            FROM cartbridge.BATCH_STEP_EXECUTION s JOIN cartbridge.BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
            WHERE j.JOB_INSTANCE_ID = ? ORDER BY s.STEP_EXECUTION_ID""";

    /** The executions of the run's job instance: the run, then its restarts. */
    private static final String RUNS = """
            SELECT TIMESTAMPDIFF(MICROSECOND, START_TIME, END_TIME) / 1000 AS millis FROM cartbridge.BATCH_JOB_EXECUTION
            WHERE JOB_INSTANCE_ID = ? ORDER BY JOB_EXECUTION_ID""";

    /**
     * Time per partition (a connection's steps) and per kind of step; the job repository's rows, over the run and
     * the restarts of its partitions that lost lock conflicts.
     */
    private static void printPerConnection(JdbcTemplate root, JobExecution execution, int stores, PrintStream out) {
        List<Map<String, Object>> steps = root.queryForList(STEPS, execution.getJobInstance().getInstanceId());
        long partitions = 0;
        double sum = 0;
        double max = 0;
        long versions = 0;
        long contexts = 0;
        Set<Object> executions = new HashSet<>();
        Map<String, double[]> byStep = new LinkedHashMap<>();
        List<LocalDateTime[]> spans = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            String name = (String) step.get("STEP_NAME");
            double millis = step.get("millis") == null ? 0 : ((Number) step.get("millis")).doubleValue();
            versions += ((Number) step.get("VERSION")).longValue();
            contexts += ((Number) step.get("contexts")).longValue();
            executions.add(step.get("JOB_EXECUTION_ID"));
            String kind = name.substring(0, Math.max(0, name.indexOf(':')));
            if (kind.equals(JOB)) {
                partitions++;
                sum += millis;
                max = Math.max(max, millis);
                spans.add(new LocalDateTime[] {time(step.get("START_TIME")), time(step.get("END_TIME"))});
            } else if (!kind.isEmpty()) {
                double[] n = byStep.computeIfAbsent(kind, k -> new double[2]);
                n[0]++;
                n[1] += millis;
            }
        }
        List<Map<String, Object>> runs = root.queryForList(RUNS, execution.getJobInstance().getInstanceId());
        double restartMillis = runs.stream().skip(1).mapToDouble(r -> ((Number) r.get("millis")).doubleValue()).sum();
        out.printf("per connection (%d partitions, %d at once; %d restarts after lock conflicts, %d partitions re-run in %.2f s): "
                + "%.0f ms on average, %.0f ms at most; steps on average:", partitions, mostAtOnce(spans), executions.size() - 1,
                partitions - stores, restartMillis / 1000, sum / Math.max(1, partitions), max);
        byStep.forEach((kind, n) -> out.printf(" %s %.0f ms", kind, n[1] / n[0]));
        out.println();
        out.printf("  job repository:  %5d BATCH_STEP_EXECUTION rows (%.1f per connection), written %d times in all "
                + "(%.1f per connection), %d step execution contexts%n", steps.size(), steps.size() / (double) stores,
                versions + steps.size(), (versions + steps.size()) / (double) stores, contexts);
    }

    private static LocalDateTime time(Object value) {
        return value == null ? null : ((java.sql.Timestamp) value).toLocalDateTime();
    }

    /** The partitions that ran at once at most, from their start and end times. */
    private static int mostAtOnce(List<LocalDateTime[]> spans) {
        int most = 0;
        for (LocalDateTime[] p : spans) {
            int running = (int) spans.stream().filter(o -> o[1] != null && !o[0].isAfter(p[0]) && o[1].isAfter(p[0])).count();
            most = Math.max(most, running);
        }
        return most;
    }
}

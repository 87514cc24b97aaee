package io.cartbridge.agent.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.StepCounts;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent process is killed with SIGKILL in the middle of order-export; {@code cartbridge restart ID}
 * from a new process recovers the execution left STARTED and finishes it, reading the cart from the
 * order after the last committed chunk, with every order in exactly one 940 and control numbers
 * without gap or repeat.
 */
class OrderExportKillIT {

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-10", null);
        for (int i = 1; i <= OrderExportRestartIT.ORDERS; i++) {
            agent.store().order(2000 + i, "wc-processing", OrderExportRestartIT.BUYER, "flat_rate",
                    List.of(Line.of(10, i, "Thing")));
        }
    }

    @AfterEach
    void close() {
        agent.close();
    }

    /** Each chunk of order-extract waits before it is filed, so that the process is killed between chunks. */
    static final Faults SLOW_EXTRACT = Faults.none().pauseAt("extract.chunk", Duration.ofMillis(1500));

    @Test
    void killedRunIsRestartedFromANewProcess() throws Exception {
        Process first = agent.spawn(List.of("run", "order-export"), Map.of("cartbridge.warehouse.orders-per-file", 2),
                SLOW_EXTRACT, folder.resolve("first.log"));
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() ->
                    agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_outbound_file", Integer.class) >= 1);
        } finally {
            first.destroyForcibly();           // SIGKILL: no shutdown hooks, no rollback but the database's own
            first.waitFor(30, TimeUnit.SECONDS);
        }
        Long execution = agent.ledger().queryForObject(
                "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        assertThat(agent.ledger().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                String.class, execution)).isEqualTo("STARTED");
        StepCounts killed = StepCounts.of(agent.ledger(), execution).get("order-extract");
        assertThat(killed.written()).as("orders of the committed chunks").isEqualTo(
                agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_order", Long.class)).isBetween(2L, 6L);

        Process second = agent.spawn(List.of("restart", execution.toString()), Map.of("cartbridge.warehouse.orders-per-file", 2),
                folder.resolve("second.log"));
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(java.nio.file.Files.readString(folder.resolve("second.log"))).isZero();

        assertThat(agent.ledger().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                String.class, execution)).isEqualTo("FAILED");
        Long restarted = agent.ledger().queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        assertThat(StepCounts.of(agent.ledger(), restarted).get("order-extract").read())
                .as("the restart read the cart from the order after the last committed chunk")
                .isEqualTo(OrderExportRestartIT.ORDERS - killed.written());
        OrderExportRestartIT.assertExactlyOnce(agent);
    }

    /**
     * The same with the embedded default database: SIGKILL leaves the agent's MariaDB server running
     * (a child process outlives its parent) and holding the data folder; the next agent stops it and
     * starts its own on the same data, then restarts execution 1.
     */
    @Test
    void killedRunOnTheEmbeddedDatabaseIsRestartedFromANewProcess() throws Exception {
        Path home = java.nio.file.Files.createDirectories(Path.of(System.getProperty("user.home"), ".cartbridge-test",
                "kill-it-" + System.nanoTime()));
        Map<String, Object> embedded = new java.util.HashMap<>(Map.of("cartbridge.warehouse.orders-per-file", 2,
                "cartbridge.home", home.toString()));
        try {
            Process first = agent.spawn(List.of("run", "order-export"), embedded, SLOW_EXTRACT, folder.resolve("first.log"), true);
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                        .until(() -> agent.inboundFiles().size() >= 1);
            } finally {
                first.destroyForcibly();
                first.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(orphanedServer(home)).as("the killed agent's MariaDB server is still running").isTrue();

            Process second = agent.spawn(List.of("restart", "1"), embedded, folder.resolve("second.log"), true);
            assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
            String output = java.nio.file.Files.readString(folder.resolve("second.log"));
            assertThat(second.exitValue()).as(output).isZero();
            assertThat(output).contains("COMPLETED");
            assertThat(agent.parsedFiles()).extracting(io.cartbridge.edi.x12.X12OrderFile::interchangeControlNumber)
                    .containsExactly(1L, 2L, 3L, 4L);
            assertThat(agent.sentOrderNumbers()).containsExactly("2001", "2002", "2003", "2004", "2005", "2006", "2007");
            for (int i = 1; i <= OrderExportRestartIT.ORDERS; i++) {
                assertThat(agent.store().notes(2000 + i)).hasSize(1);
            }
        } finally {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean orphanedServer(Path home) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(home.resolve("db"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid")).anyMatch(f -> {
                try {
                    return ProcessHandle.of(Long.parseLong(java.nio.file.Files.readString(f).trim()))
                            .map(ProcessHandle::isAlive).orElse(false);
                } catch (IOException | NumberFormatException e) {
                    return false;
                }
            });
        }
    }
}

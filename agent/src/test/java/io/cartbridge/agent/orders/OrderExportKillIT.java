package io.cartbridge.agent.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.CartBridgeApplication;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent process is killed with SIGKILL in the middle of order-export; {@code cartbridge restart ID}
 * from a new process recovers the execution left STARTED and finishes it, with every order in
 * exactly one 940 and control numbers without gap or repeat.
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

    @Test
    void killedRunIsRestartedFromANewProcess() throws Exception {
        Map<String, Object> slow = Map.of("cartbridge.warehouse.orders-per-file", 2, "cartbridge.testing.chunk-delay", "1500ms");
        Process first = agent(List.of("run", "order-export"), slow, folder.resolve("first.log"));
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

        Process second = agent(List.of("restart", execution.toString()), Map.of("cartbridge.warehouse.orders-per-file", 2),
                folder.resolve("second.log"));
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(java.nio.file.Files.readString(folder.resolve("second.log"))).isZero();

        assertThat(agent.ledger().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                String.class, execution)).isEqualTo("FAILED");
        OrderExportRestartIT.assertExactlyOnce(agent);
    }

    private Process agent(List<String> command, Map<String, Object> overrides, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CartBridgeApplication.class.getName());
        cmd.addAll(command);
        cmd.addAll(agent.commandLineProperties(overrides));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}

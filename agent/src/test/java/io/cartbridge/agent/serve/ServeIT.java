package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cartbridge serve} in a process of its own: its schedules fire (every second here), a long order-export
 * does not delay the inbound schedule, and SIGTERM in the middle of that order-export stops it at a chunk boundary,
 * STOPPED; {@code restart} then completes it, every order sent exactly once.
 */
class ServeIT {

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-10", null);
        for (int i = 1; i <= JobLocksIT.ORDERS; i++) {
            agent.store().order(2000 + i, "wc-processing", JobLocksIT.BUYER, "flat_rate", List.of(Line.of(10, i, "Thing")));
        }
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void schedulesFireWithoutWaitingForALongRunAndSigtermLeavesItStoppedForARestart() throws Exception {
        Map<String, Object> settings = new HashMap<>(JobLocksIT.SETTINGS);
        settings.put("cartbridge.schedule.order-export", "* * * * * *");
        settings.put("cartbridge.schedule.inbound", "* * * * * *");
        settings.put("cartbridge.schedule.inventory-import", "-");
        Faults slow = Faults.none().pauseAt("extract.chunk", Duration.ofMillis(3000));
        Process serve = agent.spawn(List.of("serve"), settings, slow, folder.resolve("serve.log"));
        try {
            // order-export's first run goes on for 12 s; meanwhile the inbound schedule runs its jobs, several times
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                    status("order-export").equals(List.of("STARTED")) && completed("inventory-import") >= 2);
            assertThat(completed("inbound-collect")).isGreaterThanOrEqualTo(2);
            assertThat(completed("shipment-import")).isGreaterThanOrEqualTo(2);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                    agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_outbound_file", Integer.class) >= 1);
        } finally {
            serve.destroy(); // SIGTERM
        }
        assertThat(serve.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(folder.resolve("serve.log"));
        assertThat(status("order-export")).as(log).containsExactly("STOPPED");
        long stopped = agent.ledger().queryForObject("""
                SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'order-export'""", Long.class);
        assertThat(agent.ledger().queryForObject("""
                SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'order-extract:default'""",
                String.class, stopped)).isEqualTo("STOPPED");
        int filed = agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_order", Integer.class);
        assertThat(filed).as("stopped between chunks: whole chunks filed, not every order").isBetween(2, 6);
        assertThat(filed % 2).isZero();
        assertThat(log).contains("inbound-collect: execution").doesNotContain("order-export: skipped");

        Process restart = agent.spawn(List.of("restart", Long.toString(stopped)), JobLocksIT.SETTINGS, folder.resolve("restart.log"));
        assertThat(restart.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).as(Files.readString(folder.resolve("restart.log"))).isZero();
        assertThat(status("order-export")).containsExactly("STOPPED", "COMPLETED");
        JobLocksIT.assertExactlyOnce(agent);
    }

    private List<String> status(String job) {
        return agent.ledger().queryForList("""
                SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID""", String.class, job);
    }

    private int completed(String job) {
        return (int) status(job).stream().filter("COMPLETED"::equals).count();
    }
}

package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job locks across agent processes on one agent database: of two runs of order-export started at once, one
 * runs and the other is refused naming the holder; a killed agent's lock is renewed while it lives and lapses
 * within a lease after it dies; {@code serve} then recovers the run it left STARTED and restarts it, which sends
 * every order exactly once.
 */
class JobLocksIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    static final int ORDERS = 7;
    /** Two orders a file: four chunks. */
    static final Map<String, Object> SETTINGS = Map.of("cartbridge.warehouse.orders-per-file", 2, "cartbridge.lock.lease", "30s");

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-10", null);
        for (int i = 1; i <= ORDERS; i++) {
            agent.store().order(2000 + i, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, i, "Thing")));
        }
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void ofTwoProcessesStartingOneJobAtOnceOneRunsAndTheOtherIsRefusedNamingTheHolder() throws Exception {
        Faults slow = Faults.none().pauseAt("extract.chunk", Duration.ofMillis(1000));
        Process one = agent.spawn(List.of("run", "order-export"), SETTINGS, slow, folder.resolve("one.log"));
        Process two = agent.spawn(List.of("run", "order-export", "--connection", "default"), SETTINGS, slow, folder.resolve("two.log"));
        assertThat(one.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(two.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String oneLog = Files.readString(folder.resolve("one.log"));
        String twoLog = Files.readString(folder.resolve("two.log"));

        assertThat(List.of(one.exitValue(), two.exitValue())).as(oneLog + "\n----\n" + twoLog).containsExactlyInAnyOrder(0, 1);
        Process winner = one.exitValue() == 0 ? one : two;
        String refused = one.exitValue() == 0 ? twoLog : oneLog;
        assertThat(refused).contains("order-export is running for default (lock order-export:default held by "
                + winner.pid() + "@");
        assertThat(agent.ledger().queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION", String.class))
                .as("the refused run left no execution").containsExactly("COMPLETED");
        assertExactlyOnce();
        assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_job_lock WHERE lock_until > UTC_TIMESTAMP(3)",
                Integer.class)).as("freed when the run ended").isZero();
    }

    @Test
    void aKilledAgentsLockLapsesWithinALeaseAndServeRecoversAndRestartsItsRun() throws Exception {
        Faults slow = Faults.none().pauseAt("extract.chunk", Duration.ofMillis(6000));
        Process first = agent.spawn(List.of("run", "order-export"), SETTINGS, slow, folder.resolve("first.log"));
        Instant taken;
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() ->
                    heldBy().startsWith(first.pid() + "@"));
            taken = lockUntil();
            // renewed every half lease while the run goes on
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250)).until(() -> lockUntil().isAfter(taken));
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        Instant renewedUntil = lockUntil();
        assertThat(agent.ledger().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 1",
                String.class)).isEqualTo("STARTED");
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() ->
                agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_job_lock WHERE lock_until > UTC_TIMESTAMP(3)",
                        Integer.class) == 0);
        assertThat(Duration.between(taken, renewedUntil)).as("the lease ran at most 30 s past the last renewal")
                .isLessThanOrEqualTo(Duration.ofSeconds(30));

        Map<String, Object> serveSettings = new java.util.HashMap<>(SETTINGS);
        serveSettings.putAll(Map.of("cartbridge.recover.restart", true, "cartbridge.schedule.order-export", "-",
                "cartbridge.schedule.inbound", "-", "cartbridge.schedule.inventory-import", "-"));
        Process serve = agent.spawn(List.of("serve"), serveSettings, folder.resolve("serve.log"));
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                    Files.readString(folder.resolve("serve.log")).contains("Schedule") || !serve.isAlive()
                            || Files.readString(folder.resolve("serve.log")).contains("every schedule off"));
        } finally {
            serve.destroy();
            serve.waitFor(60, TimeUnit.SECONDS);
        }
        String log = Files.readString(folder.resolve("serve.log"));
        assertThat(log).contains("Recovered execution 1 (order-export), left STARTED by an agent that stopped: now FAILED; "
                + "restarted as execution 2: COMPLETED");
        assertThat(agent.ledger().queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID",
                String.class)).containsExactly("FAILED", "COMPLETED");
        assertExactlyOnce();
    }

    private String heldBy() {
        return agent.ledger().queryForObject("SELECT locked_by FROM cb_job_lock WHERE name = 'order-export:default' "
                + "AND lock_until > UTC_TIMESTAMP(3)", String.class);
    }

    private Instant lockUntil() {
        return agent.ledger().queryForObject("SELECT lock_until FROM cb_job_lock WHERE name = 'order-export:default'",
                java.sql.Timestamp.class).toInstant();
    }

    private void assertExactlyOnce() {
        assertExactlyOnce(agent);
    }

    /** Every order in exactly one 940, control numbers 1 to 4, one note each. */
    static void assertExactlyOnce(TestAgent agent) {
        assertThat(agent.parsedFiles()).extracting(f -> (long) f.interchangeControlNumber()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(agent.sentOrderNumbers()).containsExactly("2001", "2002", "2003", "2004", "2005", "2006", "2007");
        for (int i = 1; i <= ORDERS; i++) {
            assertThat(agent.store().notes(2000 + i)).as("notes of order %d", 2000 + i).hasSize(1);
        }
    }
}

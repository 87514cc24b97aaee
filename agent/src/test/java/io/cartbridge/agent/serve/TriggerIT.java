package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
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
 * {@code serve}'s near-real-time trigger in a process of its own, every schedule off, polling every 5 s: an order
 * paid after start-up reaches the warehouse's SFTP server; changes seen while a long run goes cause exactly one more
 * run; {@code poll-interval=0} polls nothing.
 */
class TriggerIT {

    /** Orders waiting for payment; paid one by one by the tests. */
    static final long PENDING = 3001;

    @TempDir
    Path folder;
    TestAgent agent;
    Process serve;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-10", null);
        for (int i = 0; i < 4; i++) {
            agent.store().order(PENDING + i, "wc-pending", JobLocksIT.BUYER, "flat_rate", List.of(Line.of(10, 1, "Thing")));
        }
    }

    @AfterEach
    void close() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroy();
            serve.waitFor(90, TimeUnit.SECONDS);
        }
        agent.close();
    }

    @Test
    void anOrderPaidAfterStartUpReachesTheWarehouseWithoutASchedule() throws Exception {
        serve = serve("5s", Faults.none());
        awaitLog("Trigger: order-export for connection default when its paid orders change, polled every 5s");
        assertThat(executions()).as("the first poll only records").isEmpty();

        pay(PENDING);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> agent.sentOrderNumbers().contains(Long.toString(PENDING)));
        assertThat(agent.sentOrderNumbers()).containsExactly(Long.toString(PENDING));
        await().atMost(Duration.ofSeconds(30)).until(() -> executions().equals(List.of("COMPLETED")));
        // the serving process prints its line once the run has returned, a moment after the execution completed
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(log()).contains("order-export for default (trigger): execution"));
    }

    @Test
    void changesSeenWhileALongRunGoesCauseExactlyOneMoreRun() throws Exception {
        // nine orders paid before start-up, two a file, four seconds a chunk: the first run lasts over three polls
        for (int i = 1; i <= 9; i++) {
            agent.store().order(2000 + i, "wc-processing", JobLocksIT.BUYER, "flat_rate", List.of(Line.of(10, 1, "Thing")));
        }
        serve = serve("5s", Faults.none().pauseAt("extract.chunk", Duration.ofMillis(4000)));
        awaitLog("Trigger: order-export for connection default");
        pay(PENDING);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> executions().equals(List.of("STARTED")));
        pay(PENDING + 1);
        awaitLog("one more run queued", 1);
        pay(PENDING + 2);
        awaitLog("one more run queued", 2);
        pay(PENDING + 3);
        awaitLog("one more run queued", 3);
        assertThat(executions()).as("still the first run: %s", log()).containsExactly("STARTED");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> executions().equals(List.of("COMPLETED", "COMPLETED")));
        // and no third: the probe's value no longer changes
        await().during(Duration.ofSeconds(11)).atMost(Duration.ofSeconds(15))
                .until(() -> executions().equals(List.of("COMPLETED", "COMPLETED")));
        assertThat(agent.sentOrderNumbers()).containsExactlyInAnyOrder("2001", "2002", "2003", "2004", "2005", "2006",
                "2007", "2008", "2009", "3001", "3002", "3003", "3004");
    }

    @Test
    void aPollIntervalOfZeroPollsNothing() throws Exception {
        serve = serve("0", Faults.none());
        awaitLog("Trigger: off (cartbridge.trigger.poll-interval=0)");
        pay(PENDING);
        await().during(Duration.ofSeconds(11)).atMost(Duration.ofSeconds(15)).until(() -> executions().isEmpty());
        assertThat(agent.inboundFiles()).isEmpty();
    }

    private Process serve(String pollInterval, Faults faults) {
        Map<String, Object> settings = new HashMap<>(JobLocksIT.SETTINGS);
        settings.put("cartbridge.schedule.order-export", "-");
        settings.put("cartbridge.schedule.inbound", "-");
        settings.put("cartbridge.schedule.inventory-import", "-");
        settings.put("cartbridge.trigger.poll-interval", pollInterval);
        return agent.spawn(List.of("serve"), settings, faults, folder.resolve("serve.log"));
    }

    /** Pays the order as WooCommerce does: its status and update time change, in both storages. */
    private void pay(long id) {
        agent.store().jdbc().update("UPDATE wp_wc_orders SET status = 'wc-processing', date_updated_gmt = UTC_TIMESTAMP() WHERE id = ?", id);
        agent.store().jdbc().update("UPDATE wp_posts SET post_status = 'wc-processing', post_modified_gmt = UTC_TIMESTAMP() WHERE ID = ?", id);
    }

    private void awaitLog(String text) {
        awaitLog(text, 1);
    }

    private void awaitLog(String text, int times) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> log().split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times);
    }

    private String log() throws IOException {
        Path log = folder.resolve("serve.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private List<String> executions() {
        return agent.ledger().queryForList("""
                SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = 'order-export' ORDER BY e.JOB_EXECUTION_ID""", String.class);
    }
}

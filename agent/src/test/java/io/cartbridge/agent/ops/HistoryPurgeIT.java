package io.cartbridge.agent.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code purge} on a real job repository and ledger: old finished runs go with their steps, contexts, parameters
 * and empty instances; recent runs, an old failed run that can still be restarted, and every ledger row stay.
 */
class HistoryPurgeIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    static final String LEDGER_COUNTS = """
            SELECT CONCAT((SELECT COUNT(*) FROM cb_order), '/', (SELECT COUNT(*) FROM cb_outbound_file), '/',
                          (SELECT COUNT(*) FROM cb_inbound_file), '/', (SELECT COUNT(*) FROM cb_counter), '/',
                          (SELECT COALESCE(SUM(last_value), 0) FROM cb_counter))""";

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null);
        agent.store().order(3001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void oldFinishedRunsGoAndWhatCanStillBeRestartedAndTheLedgerStay() throws Exception {
        JobExecution restartable;
        JobExecution restarted;
        try (ConfigurableApplicationContext wrongPassword = agent.start(Map.of("cartbridge.warehouse.sftp.password", "wrong"))) {
            AdminCommands admin = wrongPassword.getBean(AdminCommands.class);
            restartable = admin.run("order-export");
            restarted = admin.run("order-export");
        }
        assertThat(restartable.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.FAILED);
        JdbcTemplate db = agent.ledger();
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            JobExecution finished = admin.restart(restarted.getId());
            assertThat(finished.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JobExecution old = admin.run("order-export");
            FromWarehouse.drop(agent, "garbage.edi", "this is not an interchange\n");
            JobExecution collect = admin.run("inbound-collect");
            JobExecution recent = admin.run("order-export");
            String inboxCopy = db.queryForObject("SELECT local_path FROM cb_inbound_file", String.class);
            assertThat(Path.of(inboxCopy)).exists();
            db.update("UPDATE cb_inbound_file SET received_at = received_at - INTERVAL 100 DAY");
            List<Long> aged = List.of(restartable.getId(), restarted.getId(), finished.getId(), old.getId(), collect.getId());
            for (long id : aged) {
                db.update("UPDATE BATCH_JOB_EXECUTION SET END_TIME = END_TIME - INTERVAL 100 DAY WHERE JOB_EXECUTION_ID = ?", id);
            }
            List<Long> gone = List.of(restarted.getId(), finished.getId(), old.getId(), collect.getId());
            int goneSteps = 0;
            for (long id : gone) {
                goneSteps += db.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                        Integer.class, id);
            }
            int executions = count(db, "BATCH_JOB_EXECUTION");
            int steps = count(db, "BATCH_STEP_EXECUTION");
            int instances = count(db, "BATCH_JOB_INSTANCE");
            String ledger = db.queryForObject(LEDGER_COUNTS, String.class);
            assertThat(goneSteps).isGreaterThan(8);

            HistoryPurge.Purged purged = context.getBean(HistoryPurge.class).purge(90);

            assertThat(purged).extracting(HistoryPurge.Purged::jobExecutions, HistoryPurge.Purged::stepExecutions,
                            HistoryPurge.Purged::jobInstances, HistoryPurge.Purged::restartableKept, HistoryPurge.Purged::inboxFiles)
                    .containsExactly(4, goneSteps, 3, 1, 1);
            assertThat(count(db, "BATCH_JOB_EXECUTION")).isEqualTo(executions - 4);
            assertThat(count(db, "BATCH_STEP_EXECUTION")).isEqualTo(steps - goneSteps);
            assertThat(count(db, "BATCH_JOB_INSTANCE")).isEqualTo(instances - 3);
            assertThat(db.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY 1", Long.class))
                    .containsExactly(restartable.getId(), recent.getId());
            assertThat(db.queryForObject("""
                    SELECT COUNT(*) FROM BATCH_STEP_EXECUTION_CONTEXT c
                    WHERE NOT EXISTS (SELECT 1 FROM BATCH_STEP_EXECUTION s WHERE s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID)""",
                    Integer.class)).isZero();
            assertThat(db.queryForObject("""
                    SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS p
                    WHERE NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID)""",
                    Integer.class)).isZero();
            assertThat(db.queryForObject(LEDGER_COUNTS, String.class)).as("the ledger is never purged").isEqualTo(ledger);
            assertThat(Path.of(inboxCopy)).doesNotExist();
            assertThat(Files.exists(agent.warehouse().root())).isTrue();

            assertThat(context.getBean(HistoryPurge.class).purge(90)).extracting(HistoryPurge.Purged::jobExecutions,
                    HistoryPurge.Purged::inboxFiles).containsExactly(0, 0);
            assertThat(admin.restart(restartable.getId()).getStatus()).as("the kept failed run still restarts")
                    .isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private static int count(JdbcTemplate db, String table) {
        return db.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}

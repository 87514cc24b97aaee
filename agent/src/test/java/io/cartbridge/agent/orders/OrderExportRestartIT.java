package io.cartbridge.agent.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.StepCounts;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.x12.X12OrderFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A failure injected at each point of order-export, then {@code restart}: the failed step resumes
 * after its last committed chunk (its read count in the job repository), and every paid order ends up
 * in exactly one 940 on the server, control numbers run 1..n without gap or repeat, and each order
 * gets exactly one note, as in a run without failure. The end state alone would not show the
 * checkpoint: the ledger skips orders already filed, so a restart from the first order converges too.
 */
class OrderExportRestartIT {

    static final int ORDERS = 7;
    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");

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

    /**
     * 7 orders, 2 a file: order-extract reads 7 orders in 4 chunks, file-upload and order-notes 4 files
     * one at a time. {@code committed} is what the failed step had written; the restart skips the steps
     * that completed and its failed step reads only what was left.
     */
    @ParameterizedTest(name = "failure at {0}")
    @CsvSource({
            "extract.chunk-1,   order-extract, 0, 7",
            "extract.chunk-3,   order-extract, 4, 3",
            "upload.before-put, file-upload,   0, 4",
            "upload.after-put,  file-upload,   0, 4",
            "notes.after-cart, order-notes,   0, 4"})
    void restartAfterFailureConvergesToTheStateOfARunWithoutFailure(String point, String step, long committed,
                                                                     long readOnRestart) {
        // the upload and notes steps do the sending here, so that their failure points are reached
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2,
                "cartbridge.warehouse.upload-while-extracting", false), Faults.failAt(point))) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            JobExecution failed = admin.run("order-export");
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.getAllFailureExceptions()).anySatisfy(e -> assertThat(e).hasStackTraceContaining("Injected failure at " + point));
            assertThat(StepCounts.of(agent.ledger(), failed.getId()).get(step)).as("the failed step")
                    .extracting(StepCounts::status, StepCounts::written).containsExactly("FAILED", committed);

            JobExecution restarted = admin.restart(failed.getId());
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertResumed(restarted, step, readOnRestart);
        }
        assertExactlyOnce(agent);
    }

    /**
     * A run that loses a deadlock to another run is not shown as failed: {@code run} restarts it from its
     * checkpoint, and the restart does only what the lost chunk had not committed.
     */
    @Test
    void aRunThatLosesADeadlockIsRestartedFromItsCheckpointRatherThanFailed() {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2,
                "cartbridge.warehouse.upload-while-extracting", false), Faults.none().deadlockAt("extract.chunk-3"))) {
            JobExecution run = context.getBean(AdminCommands.class).run("order-export");

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<String> history = agent.ledger().queryForList(
                    "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ? ORDER BY JOB_EXECUTION_ID",
                    String.class, run.getJobInstance().getInstanceId());
            assertThat(history).containsExactly("FAILED", "COMPLETED");
            assertResumed(run, "order-extract", 3);
        }
        assertExactlyOnce(agent);
    }

    @ParameterizedTest(name = "a new run after a failure at {0}")
    @ValueSource(strings = {"extract.chunk-3", "upload.after-put"})
    void aNewRunAfterAFailureAlsoConverges(String point) {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2,
                "cartbridge.warehouse.upload-while-extracting", false), Faults.failAt(point))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        assertExactlyOnce(agent);
    }

    @ParameterizedTest(name = "sending while extracting fails at {0}")
    @ValueSource(strings = {"eager.before-put", "eager.after-put", "eager.after-mark", "eager.after-cart"})
    void aFailureWhileSendingDuringExtractIsSweptUpByTheUploadAndNotesSteps(String point) {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2),
                Faults.failAt(point))) {
            JobExecution execution = context.getBean(AdminCommands.class).run("order-export");

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            long swept = execution.getStepExecutions().stream()
                    .filter(s -> s.getStepName().equals((point.startsWith("eager.after-") && !point.equals("eager.after-put")
                            ? "order-notes" : "file-upload") + ":default"))
                    .mapToLong(s -> s.getWriteCount()).sum();
            assertThat(swept).as("items the sweeping step had to send").isPositive();
        }
        assertExactlyOnce(agent);
    }

    @ParameterizedTest(name = "failure at {0} while sending during extract")
    @ValueSource(strings = {"extract.chunk-3"})
    void restartAfterAnExtractFailureWithEagerSendingConverges(String point) {
        try (ConfigurableApplicationContext context = agent.start(Map.of("cartbridge.warehouse.orders-per-file", 2),
                Faults.failAt(point))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            JobExecution failed = admin.run("order-export");
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(agent.inboundFiles()).as("files of the two committed chunks sent already").hasSize(2);
            assertThat(StepCounts.of(agent.ledger(), failed.getId()).get("order-extract").written()).isEqualTo(4);
            JobExecution restarted = admin.restart(failed.getId());
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertResumed(restarted, "order-extract", 3);
        }
        assertExactlyOnce(agent);
    }

    /** The restarted execution began with the step that had failed, which read only {@code read} items. */
    private void assertResumed(JobExecution restarted, String step, long read) {
        Map<String, StepCounts> steps = StepCounts.of(agent.ledger(), restarted.getId());
        assertThat(steps.keySet().stream().filter(name -> name.contains(":") && !name.startsWith("order-export")))
                .as("steps of the restarted execution (completed ones are not run again)").first().isEqualTo(step + ":default");
        assertThat(steps.get(step)).as("the restarted step resumed after its last committed chunk")
                .extracting(StepCounts::status, StepCounts::read).containsExactly("COMPLETED", read);
    }

    /** The end state of a run without failure: 4 files (2+2+2+1 orders), ICN 1..4, one note per order. */
    static void assertExactlyOnce(TestAgent agent) {
        List<X12OrderFile> files = agent.parsedFiles();
        assertThat(files).extracting(X12OrderFile::interchangeControlNumber).containsExactly(1L, 2L, 3L, 4L);
        assertThat(agent.inboundFiles()).extracting(p -> p.getFileName().toString()).containsExactly(
                "acme3pl-940-000000001.edi", "acme3pl-940-000000002.edi", "acme3pl-940-000000003.edi",
                "acme3pl-940-000000004.edi");
        List<String> expected = new ArrayList<>();
        LongStream.rangeClosed(1, ORDERS).forEach(i -> expected.add(Long.toString(2000 + i)));
        assertThat(agent.sentOrderNumbers()).containsExactlyElementsOf(expected);
        for (int i = 1; i <= ORDERS; i++) {
            assertThat(agent.store().notes(2000 + i)).as("notes of order %d", 2000 + i).hasSize(1);
        }
        // every order filed in an uploaded file whose notes are recorded as written
        assertThat(agent.ledger().queryForObject("""
                SELECT COUNT(*) FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
                WHERE o.state = 'FILED' AND f.state = 'UPLOADED' AND f.noted_at IS NOT NULL""", Integer.class))
                .isEqualTo(ORDERS);
        assertThat(agent.ledger().queryForObject("SELECT COUNT(*) FROM cb_outbound_file WHERE noted_at IS NULL",
                Integer.class)).isZero();
        assertThat(agent.ledger().queryForObject(
                "SELECT last_value FROM cb_counter WHERE sender = 'ZZ:MYSHOP' AND receiver = 'ZZ:ACME3PL'", Long.class))
                .isEqualTo(4L);
    }
}

package io.cartbridge.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.StepCounts;
import io.cartbridge.agent.support.ExclusiveReader;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The work locks that keep two runs of collect and the imports from doing the same work: one holder at a
 * time, freed on release and when the holder's connection ends, and a refused run that does nothing, says
 * who holds the work and leaves it for the next run.
 */
class WorkLocksIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null)
                .order(5001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void aLockHasOneHolderUntilReleasedOrItsConnectionEnds() {
        try (ConfigurableApplicationContext context = start()) {
            WorkLocks locks = context.getBean(WorkLocks.class);
            WorkLocks.Attempt first = locks.tryTake("inventory-import:acme3pl", "inventory-import job execution 7");
            assertThat(first.taken()).isTrue();

            WorkLocks.Attempt second = locks.tryTake("inventory-import:acme3pl", "inventory-import job execution 8");
            assertThat(second.taken()).isFalse();
            assertThat(second.heldBy()).startsWith("inventory-import job execution 7 in process ")
                    .contains(" since ");
            assertThat(locks.tryTake("inventory-import:other3pl", "x").taken()).as("another partner's work").isTrue();

            first.lock().close();
            WorkLocks.Attempt third = locks.tryTake("inventory-import:acme3pl", "inventory-import job execution 9");
            assertThat(third.taken()).isTrue();
            third.lock().close();

            // a holder whose connection ends without releasing (a killed process) frees the lock with it
            WorkLocks dying = new WorkLocks(new DriverManagerDataSource(
                    (String) agent.properties().get("spring.datasource.url"), TestDatabase.user(), TestDatabase.password()));
            WorkLocks.Attempt held = dying.tryTake("shipment-import:acme3pl", "a process about to die");
            assertThat(locks.tryTake("shipment-import:acme3pl", "y").taken()).isFalse();
            endConnection(held);
            // the server frees the lock once it has seen the connection end: at once, or a moment later when busy
            WorkLocks.Attempt after = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .pollInterval(java.time.Duration.ofMillis(50))
                    .until(() -> locks.tryTake("shipment-import:acme3pl", "y"), WorkLocks.Attempt::taken);
            assertThat(after.taken()).isTrue();
            after.lock().close();
        }
    }

    @Test
    void aShipmentImportRefusedTheWorkDoesNothingAndSaysWhoHoldsIt() throws IOException {
        try (ConfigurableApplicationContext context = start()) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            warehouseShips();
            assertThat(admin.run("inbound-collect").getStatus()).isEqualTo(BatchStatus.COMPLETED);

            WorkLocks.Attempt other = context.getBean(WorkLocks.class)
                    .tryTake("shipment-import:default:acme3pl", "shipment-import job execution 99");
            JobExecution refused = admin.run("shipment-import");

            assertThat(refused.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(StepCounts.work(refused)).singleElement().satisfies(step -> {
                assertThat(step.getReadCount()).isZero();
                assertThat(step.getExecutionContext().getString(ExclusiveReader.HELD_BY_KEY))
                        .startsWith("shipment-import job execution 99 in process ");
            });
            assertThat(fileState()).as("left for the next run").isEqualTo("RECEIVED");
            assertThat(agent.store().hposStatus(5001)).isEqualTo("wc-processing");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            admin.report(refused, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("Step shipment-apply (default) did nothing: another run holds this work (shipment-import job execution 99");

            other.lock().close();
            JobExecution next = admin.run("shipment-import");
            assertThat(StepCounts.work(next)).singleElement().satisfies(step -> assertThat(step.getReadCount()).isEqualTo(1));
            assertThat(fileState()).isEqualTo("APPLIED");
            assertThat(agent.store().hposStatus(5001)).isEqualTo("wc-completed");
        }
    }

    /** Closes the holder's connection without releasing the lock, as a killed process does. */
    private static void endConnection(WorkLocks.Attempt held) {
        try {
            ((WorkLocks.ConnectionLock) held.lock()).connection().close();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fileState() {
        return agent.ledger().queryForObject("SELECT state FROM cb_inbound_file WHERE remote_name = 'ship.edi'", String.class);
    }

    private ConfigurableApplicationContext start() {
        return agent.start(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"));
    }

    private void warehouseShips() throws IOException {
        String edi = """
                ISA*00*          *00*          *ZZ*ACME3PL        *ZZ*MYSHOP         *261126*1200*U*00401*000000700*0*P*>~
                GS*SW*ACME3PL*MYSHOP*20261126*1200*700*X*004010~
                ST*945*0001~
                W06*N*5001*20261126*SHP-1~
                W27*U*UPSN*GROUND~
                LX*1~
                MAN*CP*1ZTRACK0001~
                W12*CC*1*1*0*EA**SK*SKU-A~
                W03*1~
                SE*8*0001~
                GE*1*700~
                IEA*1*000000700~
                """;
        Files.writeString(agent.warehouse().root().resolve("out").resolve("ship.edi"), edi);
    }
}

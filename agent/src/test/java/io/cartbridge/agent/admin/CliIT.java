package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against a real agent database: exit codes, what it prints, and one-line configuration errors. */
class CliIT {

    @TempDir
    Path folder;
    TestAgent agent;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-10", null).product(11, null, null)
                .order(3001, "wc-processing", new Address("Ann Lee", null, "3 Oak St", null, "Austin", "TX", "73301", "US",
                        "555", "ann@example.com"), "flat_rate", List.of(Line.of(10, 1, "Thing")))
                .order(3002, "wc-processing", new Address("Bob Ray", null, "4 Oak St", null, "Austin", "TX", "73301", "US",
                        "555", "bob@example.com"), "flat_rate", List.of(Line.of(11, 1, "No-SKU thing")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void runPrintsTheSummaryAndExecutionsListsIt() {
        int exit = cli(Map.of(), "run", "order-export");

        assertThat(exit).isZero();
        assertThat(stdout()).contains("order-export").contains("COMPLETED")
                .contains("Orders read from the cart:   2")
                .contains("Orders sent to acme3pl:      1")
                .contains("order 3002: line 1 ('No-SKU thing') has no SKU")
                .contains("acme3pl-940-000000001.edi  X12 940, interchange 000000001, 1 order(s)");
        out.reset();
        assertThat(cli(Map.of(), "executions", "--job", "order-export")).isZero();
        assertThat(stdout()).contains("order-export").contains("COMPLETED");
        out.reset();
        assertThat(cli(Map.of(), "held")).isZero();
        assertThat(stdout()).contains("1 order(s) held for acme3pl").contains("3002");
        out.reset();
        assertThat(cli(Map.of(), "files")).isZero();
        assertThat(stdout()).contains("acme3pl-940-000000001.edi").contains("UPLOADED");
    }

    @Test
    void runWithAConnectionPassesItToTheJobAndConnectionsShowsItsLastRuns() {
        assertThat(cli(Map.of(), "run", "order-export", "--connection", "default")).as(this::stderr).isZero();

        long id = agent.ledger().queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        assertThat(agent.ledger().queryForObject("""
                SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ? AND PARAMETER_NAME = 'connection'""",
                String.class, id)).isEqualTo("default");
        out.reset();
        assertThat(cli(Map.of(), "connections")).isZero();
        assertThat(stdout()).startsWith("""
                connection default
                  store:    default (WooCommerce, hpos storage, table prefix wp_)
                  partner:  acme3pl (X12, SFTP 127.0.0.1:%d)
                  routing:  orders shipped to every country
                """.formatted(agent.warehouse().port()))
                .contains("  inbound-collect:  never run\n").doesNotContain(agent.warehouse().password());
        out.reset();
        assertThat(cli(Map.of(), "held", "--connection", "default")).isZero();
        assertThat(stdout()).as("one connection: no heading, as before there were connections")
                .startsWith("1 order(s) held for acme3pl\n  order 3002 ");

        err.reset();
        assertThat(cli(Map.of(), "run", "order-export", "--connection", "eu-shop")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: configuration error: no connection 'eu-shop'; connections: default\n");
    }

    @Test
    void aRunWithManyHeldOrdersGroupsThemByProblemWithTheFix() {
        Address buyer = new Address("Cy Dee", null, "5 Oak St", null, "Austin", "TX", "73301", "US", "555", "cy@example.com");
        for (int i = 1; i <= 30; i++) {
            agent.store().order(3100 + i, "wc-processing", buyer, "flat_rate", List.of(Line.of(11, 1, "No-SKU thing")));
        }
        assertThat(cli(Map.of(), "run", "order-export")).isZero();

        String summary = stdout();
        assertThat(summary).contains("Orders held:                 31\n"
                + "  31 orders: 'No-SKU thing' has no SKU; fix: give the product a SKU in the cart "
                + "(3002, 3101, 3102, 3103, 3104 and 26 more)\n");
        assertThat(summary.lines().filter(l -> l.startsWith("  order "))).isEmpty();
        out.reset();
        assertThat(cli(Map.of(), "held")).isZero();
        assertThat(stdout()).contains("31 order(s) held for acme3pl").contains("3130");
    }

    @Test
    void resendIsAnExplicitRecordedActionThatSendsTheOrderOnceMore() {
        assertThat(cli(Map.of(), "run", "order-export")).isZero();
        assertThat(cli(Map.of(), "resend", "3002")).isEqualTo(2);
        assertThat(stderr()).contains("order 3002 has not been sent to acme3pl");

        assertThat(cli(Map.of(), "resend", "3001")).isZero();
        assertThat(agent.ledger().queryForObject("SELECT reason FROM cb_order WHERE cart_order_id = '3001'", String.class))
                .startsWith("resend requested at ");
        assertThat(cli(Map.of(), "run", "order-export")).isZero();

        assertThat(agent.sentOrderNumbers()).containsExactly("3001", "3001");
        assertThat(agent.parsedFiles()).extracting(io.cartbridge.edi.x12.X12OrderFile::interchangeControlNumber)
                .containsExactly(1L, 2L);
        assertThat(agent.store().notes(3001)).hasSize(2);
        // filed in the second file, which is uploaded and whose notes are written
        assertThat(agent.ledger().queryForObject("""
                SELECT CONCAT(o.state, ' ', f.file_name, ' ', f.state, ' ', f.noted_at IS NOT NULL)
                FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id WHERE o.cart_order_id = '3001'""", String.class))
                .isEqualTo("FILED acme3pl-940-000000002.edi UPLOADED 1");
        assertThat(agent.ledger().queryForObject("SELECT reason FROM cb_order WHERE cart_order_id = '3001'", String.class))
                .matches("resend requested at .* \\(was in 1\\), resent in file 2");
        out.reset();
        assertThat(cli(Map.of(), "run", "order-export")).isZero();
        assertThat(agent.sentOrderNumbers()).hasSize(2);
    }

    @Test
    void failedRunExitsOneAndExecutionShowsTheFailure() {
        int exit = cli(Map.of("cartbridge.warehouse.upload-while-extracting", false), Faults.failAt("upload.before-put"),
                "run", "order-export");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("FAILED").contains("Injected failure at upload.before-put");
        long id = agent.ledger().queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        out.reset();
        assertThat(cli(Map.of(), "execution", Long.toString(id))).isZero();
        assertThat(stdout()).contains("order-extract").contains("file-upload").contains("FAILED")
                .contains("failure: ").contains("Injected failure at upload.before-put");
        out.reset();
        assertThat(cli(Map.of(), "restart", Long.toString(id))).isZero();
        assertThat(stdout()).contains("COMPLETED");
        assertThat(agent.inboundFiles()).hasSize(1);
        out.reset();
        assertThat(cli(Map.of(), "restart", Long.toString(id))).isEqualTo(2);
    }

    @Test
    void abandonedExecutionIsNeverRestartedAndStopNeedsARunningOne() {
        assertThat(cli(Map.of(), Faults.failAt("extract.chunk-1"), "run", "order-export")).isEqualTo(1);
        long id = agent.ledger().queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);

        int stop = cli(Map.of(), "stop", Long.toString(id));
        assertThat(stop).as(this::stderr).isEqualTo(2);
        assertThat(stderr()).contains("execution " + id + " is not running (FAILED)");
        assertThat(cli(Map.of(), "abandon", Long.toString(id))).isZero();
        assertThat(stdout()).contains("Execution " + id + " abandoned");
        assertThat(agent.ledger().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                String.class, id)).isEqualTo("ABANDONED");
        err.reset();
        assertThat(cli(Map.of(), "restart", Long.toString(id))).isEqualTo(2);
        assertThat(stderr()).contains("is ABANDONED and cannot be restarted");
        err.reset();
        assertThat(cli(Map.of(), "restart", "999999")).isEqualTo(2);
        assertThat(stderr()).contains("no execution 999999");
        assertThat(agent.inboundFiles()).isEmpty();
    }

    @Test
    void missingOrInvalidSettingsGiveOneLineNamingTheProperty() {
        Map<String, Object> noId = new HashMap<>();
        noId.put("cartbridge.warehouse.id", "");
        assertThat(cli(noId, "run", "order-export")).isEqualTo(2);
        assertThat(stderr().trim()).isEqualTo("cartbridge: configuration error: cartbridge.warehouse.id must be set");

        err.reset();
        assertThat(cli(Map.of("cartbridge.cart.table-prefix", "wp_;DROP"), "run", "order-export")).isEqualTo(2);
        assertThat(stderr()).contains("cartbridge.cart.table-prefix must be letters, digits and underscores");

        err.reset();
        assertThat(cli(Map.of("cartbridge.warehouse.sftp.known-hosts", ""), "run", "order-export")).isEqualTo(2);
        assertThat(stderr()).contains("cartbridge.warehouse.sftp.known-hosts must be set");

        err.reset();
        assertThat(cli(Map.of("cartbridge.warehouse.orders-per-file", "many"), "run", "order-export")).isEqualTo(2);
        assertThat(stderr()).contains("cartbridge.warehouse.orders-per-file");

        err.reset();
        assertThat(cli(Map.of(), "run", "no-such-job")).isEqualTo(2);
        assertThat(stderr()).contains("no job 'no-such-job'");
        assertThat(stdout() + stderr()).doesNotContain(agent.warehouse().password());
    }

    @Test
    void sftpServerDownFailsTheRunWithAClearMessageAndLosesNothing() {
        int exit = cli(Map.of("cartbridge.warehouse.sftp.port", 1), "run", "order-export");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("FAILED").contains("127.0.0.1:1");
        assertThat(agent.ledger().queryForObject("SELECT state FROM cb_outbound_file", String.class)).isEqualTo("RENDERED");
        out.reset();
        assertThat(cli(Map.of(), "run", "order-export")).isZero();
        assertThat(agent.sentOrderNumbers()).containsExactly("3001");
    }

    @Test
    void anAgentDatabaseThatCannotBeReachedGivesOneLineNamingTheSettings() {
        int exit = cli(Map.of("spring.datasource.url", "jdbc:mariadb://127.0.0.1:1/cartbridge",
                "spring.datasource.password", "s3cret-db-pw"), "executions");

        assertThat(exit).isEqualTo(1);
        assertThat(stderr().strip()).hasLineCount(1)
                .startsWith("cartbridge: cannot open the agent's database (check spring.datasource.url, username and password): ")
                .contains("127.0.0.1:1").doesNotContain("Error creating bean").doesNotContain("s3cret-db-pw");
    }

    private int cli(Map<String, Object> overrides, String... command) {
        return cli(overrides, Faults.none(), command);
    }

    private int cli(Map<String, Object> overrides, Faults faults, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(agent.commandLineProperties(overrides));
        return faults.around(() -> Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Commands that need no database: validate, help, usage errors. */
class CliTests {

    static final String X12 = "../sample-data/edi/x12/";
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void validFilesExitZeroWithTheirTransactionSets() {
        int exit = cli("validate", X12 + "940-valid-004010.edi", X12 + "test_940_2.edi");

        assertThat(exit).isZero();
        assertThat(stdout()).contains("940-valid-004010.edi: valid X12 (2 transaction sets: 940), 2 documents read")
                .contains("test_940_2.edi: valid X12 (1 transaction set: 940), 1 document read");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void brokenFilesExitOneWithSegmentPositionAndReason() {
        int exit = cli("validate", X12 + "940-valid-004010.edi", X12 + "test_940_1.edi", X12 + "940-broken-se-count.edi");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("940-valid-004010.edi: valid");
        assertThat(stderr()).contains("test_940_1.edi: INVALID X12")
                .contains("segment 32 (GE): GE02_MISMATCH")
                .contains("segment 33 (IEA): IEA02_MISMATCH")
                .contains("940-broken-se-count.edi: INVALID X12")
                .contains("segment 20 (SE): SE_COUNT");
    }

    /** Sound envelopes around a document the jobs could not read: what the readers say, as the imports would fail. */
    @Test
    void documentsAreReadAsTheJobsReadThem() {
        String edifact = "../sample-data/edifact/";
        String xml = "../sample-data/xml/";
        int exit = cli("validate", X12 + "945-broken-missing-w06.edi", X12 + "945-valid-two-packages.edi",
                edifact + "desadv-two-orders.edi", xml + "inventory-broken-item-without-quantity.xml");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("945-valid-two-packages.edi: valid X12 (1 transaction set: 945), 1 document read")
                .contains("desadv-two-orders.edi: valid EDIFACT (1 transaction set: DESADV), 2 documents read");
        assertThat(stderr()).contains("945-broken-missing-w06.edi: INVALID X12, 1 error(s)")
                .contains("segment 3 (ST): MISSING_DATA: Transaction set 0001 (945) has no W06 depositor order number")
                .contains("inventory-broken-item-without-quantity.xml: INVALID XML")
                .contains("One of '{\"urn:cartbridge:warehouse:1\":Quantity}' is expected");
    }

    @Test
    void notX12AndMissingFilesAreErrors() {
        assertThat(cli("validate", X12 + "not-x12.txt", "no/such/file.edi")).isEqualTo(1);
        assertThat(stderr()).contains("not-x12.txt: INVALID UNKNOWN").contains("UNKNOWN_FORMAT")
                .contains("no/such/file.edi: no such file");
    }

    @Test
    void helpListsCheckAndItsConnectionOptionNeedsAName() {
        assertThat(cli("help")).isZero();
        assertThat(stdout()).contains("  check [--connection NAME]     the agent database, and each connection's cart database");
        assertThat(cli("check", "--connection")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: option --connection needs a value\n");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        assertThat(cli()).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: no command given; try 'cartbridge help'\n");
        err.reset();
        assertThat(cli("frobnicate")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: unknown command 'frobnicate'; try 'cartbridge help'\n");
        err.reset();
        assertThat(cli("validate")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: validate needs at least one FILE\n");
        err.reset();
        assertThat(cli("executions", "--bogus", "x")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: unknown option --bogus for executions\n");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(cli("help")).isZero();
        assertThat(stdout()).contains("run JOB").contains("restart ID").contains("validate FILE...").contains("demo");
    }

    private int cli(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cartbridge check} against a real agent database, WooCommerce store and SFTP server: every line OK
 * for a working connection, and for each thing that can be wrong, that line's reason while the others stay OK.
 */
class CheckIT {

    /** What check and a run say when the cart's tables are under wp_ but the settings say wp2_. */
    static final String WRONG_PREFIX = "cart database: no table wp2_wc_orders (cartbridge.cart.table-prefix is 'wp2_'; "
            + "tables found with suffix wc_orders: wp_wc_orders); the database holds woocommerce tables under 'wp_'";

    @TempDir
    Path folder;
    TestAgent agent;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void migratedAgent() {
        agent = new TestAgent(folder);
        assertThat(cli(Map.of(), "executions")).isZero(); // any command but check migrates the agent's database
        out.reset();
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void aWorkingConnectionPassesEveryCheck() throws Exception {
        int exit = cli(Map.of(), "check");

        assertThat(exit).as(this::stdout).isZero();
        assertThat(subjects()).containsExactly("agent database", "connection default", "cart database", "SFTP server",
                "outbound folder", "inbound folder");
        assertThat(line("agent database")).matches("agent database: OK \\(jdbc:mariadb://.*/cbt_\\w+_agent, schema at version \\d+\\)");
        assertThat(line("cart database")).isEqualTo("cart database: OK (" + agent.store().url() + " as " + TestDatabase.user()
                + ", WooCommerce hpos storage, 10 tables under 'wp_')");
        assertThat(line("SFTP server")).isEqualTo("SFTP server: OK (" + sandboxAddress() + ", host key in "
                + agent.warehouse().knownHosts() + ", password login)");
        assertThat(line("outbound folder")).isEqualTo("outbound folder: OK (/in writable)");
        assertThat(line("inbound folder")).isEqualTo("inbound folder: OK (/out readable, 0 file(s) waiting)");
        assertThat(stdout()).endsWith("All 5 checks passed.\n");
        try (var left = Files.list(agent.warehouse().root().resolve("in"))) {
            assertThat(left).as("the probe file is removed").isEmpty();
        }

        out.reset();
        assertThat(cli(Map.of("cartbridge.cart.woocommerce.storage", "posts"), "check", "--connection", "default")).isZero();
        assertThat(line("cart database")).endsWith(", WooCommerce posts storage, 6 tables under 'wp_')");
    }

    @Test
    void anUnknownConnectionIsAUsageErrorNamingTheKnownOnes() {
        assertThat(cli(Map.of(), "check", "--connection", "eu-shop")).isEqualTo(2);

        assertThat(stderr()).isEqualTo("cartbridge: no connection 'eu-shop'; connections: default\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void anUnreachableAgentDatabaseFailsItsLineOnly() {
        int exit = cli(Map.of("spring.datasource.url", "jdbc:mariadb://127.0.0.1:1/cartbridge"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("agent database")).startsWith("agent database: cannot connect to jdbc:mariadb://127.0.0.1:1/cartbridge "
                + "(check spring.datasource.url, username and password): ");
        assertOk("cart database", "SFTP server", "outbound folder", "inbound folder");
        assertThat(stdout()).endsWith("1 of 5 checks failed.\n");
    }

    @Test
    void anAgentDatabaseNotMigratedSaysHowFarBehindItIs() {
        String fresh = TestDatabase.create("fresh");

        int exit = cli(Map.of("spring.datasource.url", fresh), "check");

        assertThat(exit).isEqualTo(1);
        int latest = agent.ledger().queryForObject("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history", Integer.class);
        assertThat(line("agent database")).isEqualTo("agent database: schema of " + fresh + " is not created, this agent's is "
                + latest + ": " + latest + " migration(s) not applied yet (every other command applies them when it starts)");
        assertOk("cart database", "SFTP server", "outbound folder", "inbound folder");
    }

    @Test
    void anUnreachableCartDatabaseNamesUrlAndUserButNotThePassword() {
        String url = agent.store().url().replaceFirst(":\\d+/", ":1/");

        int exit = cli(Map.of("cartbridge.cart.url", url + "?password=s3cret-url-pw", "cartbridge.cart.password", "s3cret-cart-pw"),
                "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("cart database")).isEqualTo("cart database: cannot connect to " + url + "?password=**** as "
                + TestDatabase.user() + ": Socket fail to connect to 127.0.0.1:1. Connection refused");
        assertThat(stdout() + stderr()).doesNotContain("s3cret-cart-pw").doesNotContain("s3cret-url-pw");
        assertOk("agent database", "SFTP server", "outbound folder", "inbound folder");
    }

    @Test
    void aWrongTablePrefixNamesTheTablesFoundUnderAnotherPrefix() {
        int exit = cli(Map.of("cartbridge.cart.table-prefix", "wp2_"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("cart database")).isEqualTo(WRONG_PREFIX);
        assertOk("agent database", "SFTP server", "outbound folder", "inbound folder");
    }

    @Test
    void aStoreOfAnotherPlatformIsRecognisedByItsTables() {
        int exit = cli(Map.of("cartbridge.cart.platform", "prestashop"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("cart database")).startsWith("cart database: no table")
                .endsWith("; the database holds woocommerce tables under 'wp_'");
    }

    @Test
    void aRunWithAWrongTablePrefixFailsWithTheSameSentence() {
        agent.store().product(10, "SKU-10", null).order(3001, "wc-processing", new Address("Ann Lee", null, "3 Oak St",
                null, "Austin", "TX", "73301", "US", "555", "ann@example.com"), "flat_rate", List.of(Line.of(10, 1, "Thing")));

        int exit = cli(Map.of("cartbridge.cart.table-prefix", "wp2_"), "run", "order-export");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).as(this::stdout).contains("FAILED").contains("\n  failure: " + WRONG_PREFIX + "\n")
                .doesNotContain("SELECT").doesNotContain("SQL");
        assertThat(agent.inboundFiles()).isEmpty();
    }

    @Test
    void inventoryImportWithAWrongTablePrefixFailsWithTheSameSentence() {
        agent.store().product(10, "SKU-10", null);
        FromWarehouse.drop(agent, "846-1.edi", FromWarehouse.stockSnapshot(1, "20261126", List.of("SKU-10*5")));
        assertThat(cli(Map.of("cartbridge.warehouse.sftp.min-file-age", "0s"), "run", "inbound-collect")).as(this::stdout).isZero();
        out.reset();

        int exit = cli(Map.of("cartbridge.cart.table-prefix", "wp2_"), "run", "inventory-import");

        assertThat(exit).as(this::stdout).isEqualTo(1);
        assertThat(stdout()).as(this::stdout).contains("FAILED").contains("\n  failure: " + WRONG_PREFIX + "\n")
                .doesNotContain("SELECT");
    }

    @Test
    void aStoppedSftpServerFailsTheServerLineAndLeavesTheFoldersUnchecked() {
        String address = sandboxAddress();
        agent.warehouse().close();

        int exit = cli(Map.of(), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("SFTP server")).isEqualTo("SFTP server: cannot log in to " + address + ": Connection refused");
        assertThat(line("outbound folder")).isEqualTo("outbound folder: not checked: no SFTP login");
        assertThat(line("inbound folder")).isEqualTo("inbound folder: not checked: no SFTP login");
        assertOk("agent database", "cart database");
    }

    @Test
    void aWrongPasswordIsALoginRefusedWithoutThePassword() {
        int exit = cli(Map.of("cartbridge.warehouse.sftp.password", "not-the-password"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("SFTP server")).isEqualTo("SFTP server: cannot log in to " + sandboxAddress()
                + ": login refused (wrong password, or the key is not authorized for this user)");
        assertThat(stdout() + stderr()).doesNotContain("not-the-password").doesNotContain(agent.warehouse().password());
        assertOk("agent database", "cart database");
    }

    @Test
    void anUnknownHostKeyIsRefusedNamingTheKnownHostsFile() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty_known_hosts"), "");

        int exit = cli(Map.of("cartbridge.warehouse.sftp.known-hosts", empty.toString()), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("SFTP server")).startsWith("SFTP server: cannot log in to " + sandboxAddress() + ": host key of 127.0.0.1:"
                + agent.warehouse().port() + " is not in known_hosts " + empty + " (the server offers ssh-ed25519 SHA256:");
        assertOk("agent database", "cart database");
    }

    @Test
    void anOutboundFolderThatCannotBeWrittenFailsItsLineOnly() {
        int exit = cli(Map.of("cartbridge.warehouse.sftp.outbound-dir", "/no-such-folder"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("outbound folder")).isEqualTo("outbound folder: cannot write in /no-such-folder "
                + "(cartbridge.warehouse.sftp.outbound-dir): SSH_FX_NO_SUCH_FILE: No such file or directory");
        assertOk("agent database", "cart database", "SFTP server", "inbound folder");
    }

    @Test
    void aMissingInboundFolderFailsItsLineOnly() {
        int exit = cli(Map.of("cartbridge.warehouse.sftp.inbound-dir", "/no-such-folder"), "check");

        assertThat(exit).isEqualTo(1);
        assertThat(line("inbound folder")).isEqualTo("inbound folder: cannot list /no-such-folder "
                + "(cartbridge.warehouse.sftp.inbound-dir): SSH_FX_NO_SUCH_FILE: No such file or directory");
        assertOk("agent database", "cart database", "SFTP server", "outbound folder");
    }

    private void assertOk(String... subjects) {
        for (String subject : subjects) {
            assertThat(line(subject)).as(this::stdout).startsWith(subject + ": OK");
        }
    }

    private String sandboxAddress() {
        return "cartbridge@127.0.0.1:" + agent.warehouse().port();
    }

    /** The subject of each line: the text before the first colon. */
    private List<String> subjects() {
        return stdout().lines().filter(l -> l.contains(":")).map(l -> l.strip().substring(0, l.strip().indexOf(':'))).toList();
    }

    private String line(String subject) {
        return stdout().lines().map(String::strip).filter(l -> l.startsWith(subject + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + subject + "' in:\n" + stdout() + stderr()));
    }

    private int cli(Map<String, Object> overrides, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(agent.commandLineProperties(overrides));
        return Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

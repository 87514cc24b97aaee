package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code connections}, {@code held}, {@code files}, {@code resend} and {@code executions} of an agent with three
 * connections: shop {@code eu} to partner {@code euro}, shop {@code us} to {@code acme} for US and Canada and to
 * {@code euro} for the rest. Ledger rows and the partition step executions of the jobs are written here as the
 * jobs write them ({@code <job>:<connection>}, {@code inbound-collect:<partner>}); no job runs.
 */
class ConnectionsCliIT {

    static final LocalDateTime T = LocalDateTime.of(2026, 3, 2, 10, 0);
    static final String SECRETS = "secret-";

    @TempDir
    Path folder;
    JdbcTemplate db;
    final Map<String, Object> settings = new LinkedHashMap<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void agentWithThreeConnections() {
        String url = TestDatabase.create("agent");
        db = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password()));
        settings.put("cartbridge.home", folder.resolve("home").toString());
        settings.put("logging.threshold.console", "WARN");
        settings.put("spring.datasource.url", url);
        settings.put("spring.datasource.username", TestDatabase.user());
        settings.put("spring.datasource.password", TestDatabase.password());
        assertThat(cli("executions")).as(this::stderr).isZero();   // migrates the agent's database
        out.reset();
        store("eu");
        settings.put("cartbridge.stores.eu.woocommerce.storage", "posts");
        store("us");
        settings.put("cartbridge.stores.us.table-prefix", "us_");
        partner("euro", "sftp.euro.example");
        partner("acme", "sftp.acme.example");
        settings.put("cartbridge.partners.acme.sftp.port", "2222");
        connection("eu-shop", "eu", "euro");
        connection("us-shop", "us", "acme");
        settings.put("cartbridge.connections.us-shop.ship-to-countries", "US,CA");
        connection("us-rest", "us", "euro");
    }

    @Test
    void connectionsShowsEachOnesStorePartnerRoutingAndTheLastRunOfEachJob() {
        // order-export ran all three and failed us-rest's partition; its restart ran us-rest alone
        execution(1, "order-export", 1, "FAILED", "order-export", "order-export:eu-shop", "order-export:us-shop");
        step(110, 1, "order-export:us-rest", "FAILED", T.plusMinutes(1));
        step(111, 1, "order-extract:us-rest", "FAILED", T.plusMinutes(1));
        execution(2, "order-export", 1, "COMPLETED", "order-export");
        step(210, 2, "order-export:us-rest", "COMPLETED", T.plusMinutes(30));
        execution(3, "inbound-collect", 2, "COMPLETED", "inbound-collect", "inbound-collect:acme", "inbound-collect:euro");
        execution(4, "shipment-import", 3, "STARTED", "shipment-import");
        step(410, 4, "shipment-import:us-shop", "STARTED", null);

        assertThat(cli("connections")).as(this::stderr).isZero();

        assertThat(stdout()).isEqualTo("""
                connection eu-shop
                  store:    eu (WooCommerce, posts storage, table prefix wp_)
                  partner:  euro (X12, SFTP sftp.euro.example:22)
                  routing:  orders shipped to every country
                  order-export:     execution 1 COMPLETED, ended 2026-03-02 10:00:00
                  inbound-collect:  execution 3 COMPLETED, ended 2026-03-02 10:00:00
                  shipment-import:  never run
                  inventory-import: never run

                connection us-shop
                  store:    us (WooCommerce, hpos storage, table prefix us_)
                  partner:  acme (X12, SFTP sftp.acme.example:2222)
                  routing:  orders shipped to US, CA
                  order-export:     execution 1 COMPLETED, ended 2026-03-02 10:00:00
                  inbound-collect:  execution 3 COMPLETED, ended 2026-03-02 10:00:00
                  shipment-import:  execution 4 STARTED, not ended (running, or its agent stopped)
                  inventory-import: never run

                connection us-rest
                  store:    us (WooCommerce, hpos storage, table prefix us_)
                  partner:  euro (X12, SFTP sftp.euro.example:22)
                  routing:  orders shipped to every other country
                  order-export:     execution 2 COMPLETED, ended 2026-03-02 10:30:00
                  inbound-collect:  execution 3 COMPLETED, ended 2026-03-02 10:00:00
                  shipment-import:  never run
                  inventory-import: never run
                """);
        assertThat(stdout() + stderr()).doesNotContain(SECRETS);
    }

    @Test
    void executionsWithAConnectionListsTheRunsOfItsPartitionsOrOfItsPartnersFolder() {
        execution(1, "order-export", 1, "FAILED", "order-export", "order-export:eu-shop", "order-export:us-shop",
                "order-export:us-rest");
        execution(2, "order-export", 1, "COMPLETED", "order-export", "order-export:us-rest");
        execution(3, "inbound-collect", 2, "COMPLETED", "inbound-collect", "inbound-collect:acme");
        execution(4, "inbound-collect", 3, "COMPLETED", "inbound-collect", "inbound-collect:euro");
        execution(5, "shipment-import", 4, "COMPLETED", "shipment-import", "shipment-import:us-shop");

        assertThat(cli("executions", "--connection", "us-rest")).isZero();
        assertThat(ids()).containsExactly(4L, 2L, 1L);
        out.reset();
        assertThat(cli("executions", "--connection", "us-shop")).isZero();
        assertThat(ids()).containsExactly(5L, 3L, 1L);
        out.reset();
        assertThat(cli("executions", "--connection", "eu-shop", "--job", "order-export")).isZero();
        assertThat(ids()).containsExactly(1L);
        out.reset();
        assertThat(cli("executions")).isZero();
        assertThat(ids()).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(stdout()).contains("\n1      order-export       FAILED     2026-03-02 10:00:00 0.0s\n");
        out.reset();
        assertThat(cli("execution", "1")).isZero();
        assertThat(stdout()).contains("\n  order-export                 FAILED ")
                .contains("\n  order-export:us-rest         COMPLETED ");

        assertThat(cli("executions", "--connection", "us")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: configuration error: no connection 'us'; connections: eu-shop, us-shop, us-rest\n");
    }

    @Test
    void heldAndFilesAreGroupedByConnectionAndTheOptionKeepsOne() {
        long usFile = outboundFile("us", "acme", "acme-us-940-000000001.edi", "UPLOADED");
        outboundFile("eu", "euro", "euro-eu-940-000000001.edi", "RENDERED");
        order("us", "acme", "1001", "FILED", null, usFile);
        order("eu", "euro", "1001", "HELD", "line 1 ('Mug') has no SKU", null);
        order("us", "euro", "1002", "HELD", "no shipping method 'pickup'", null);
        inboundFile("us", "acme", "945-us-1.edi", "APPLIED", null);
        inboundFile(null, "euro", "garbage.edi", "REJECTED", "not an X12 interchange");
        inboundFile("eu", "euro", "945-eu-1.edi", "RECEIVED", null);

        assertThat(cli("held")).as(this::stderr).isZero();
        assertThat(stdout()).isEqualTo("""
                connection eu-shop (store eu, partner euro)
                1 order(s) held for euro
                  order 1001       since 2026-03-02T10:00  line 1 ('Mug') has no SKU

                connection us-shop (store us, partner acme)
                0 order(s) held for acme

                connection us-rest (store us, partner euro)
                1 order(s) held for euro
                  order 1002       since 2026-03-02T10:00  no shipping method 'pickup'
                """);
        out.reset();
        assertThat(cli("held", "--connection", "us-rest")).isZero();
        assertThat(stdout()).startsWith("connection us-rest (store us, partner euro)\n1 order(s) held for euro\n")
                .contains("order 1002").doesNotContain("1001");

        out.reset();
        assertThat(cli("files")).as(this::stderr).isZero();
        assertThat(block("connection eu-shop")).hasSize(7).satisfies(lines -> {
            assertThat(lines.get(2)).startsWith("euro-eu-940-000000001.edi            940  000000001      1  RENDERED  -");
            assertThat(lines.get(4)).startsWith("RECEIVED FILE");
            assertThat(lines.get(5)).isEqualTo("garbage.edi                          -    -              REJECTED  not an X12 interchange");
            assertThat(lines.get(6)).startsWith("945-eu-1.edi                         945  -              RECEIVED");
        });
        assertThat(block("connection us-shop")).hasSize(6).satisfies(lines -> {
            assertThat(lines.get(2)).startsWith("acme-us-940-000000001.edi            940  000000001      1  UPLOADED  2026-03-02T10:00");
            assertThat(lines.get(5)).startsWith("945-us-1.edi                         945  -              APPLIED");
        });
        assertThat(block("connection us-rest")).as("a file addressed to no store is listed with each store at its partner")
                .hasSize(5).satisfies(lines -> assertThat(lines.get(4)).startsWith("garbage.edi"));

        out.reset();
        assertThat(cli("files", "--state", "rejected", "--connection", "eu-shop")).isZero();
        assertThat(stdout().lines().toList()).hasSize(5).element(0).isEqualTo("connection eu-shop (store eu, partner euro)");
        assertThat(stdout()).contains("garbage.edi").doesNotContain("945-eu-1.edi").doesNotContain("euro-eu-940");
    }

    @Test
    void resendFindsTheOrdersConnectionAndRefusesToGuessBetweenTwo() {
        long usFile = outboundFile("us", "acme", "acme-us-940-000000001.edi", "UPLOADED");
        long restFile = outboundFile("us", "euro", "euro-us-940-000000001.edi", "UPLOADED");
        order("us", "acme", "1001", "FILED", null, usFile);
        order("eu", "euro", "1001", "HELD", "line 1 ('Mug') has no SKU", null);
        order("us", "euro", "3001", "FILED", null, restFile);

        assertThat(cli("resend", "1001")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: order 1001 is in the ledgers of connection eu-shop (store eu, partner euro) "
                + "and connection us-shop (store us, partner acme); say which with --connection NAME\n");
        err.reset();
        assertThat(cli("resend", "4711")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: order 4711 is in no connection's ledger (connections: eu-shop, us-shop, us-rest)\n");
        err.reset();
        assertThat(cli("resend", "1001", "--connection", "eu-shop")).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cartbridge: order 1001 of store eu has not been sent to euro\n");
        assertThat(states()).containsExactly("eu euro 1001 HELD", "us acme 1001 FILED", "us euro 3001 FILED");

        assertThat(cli("resend", "1001", "--connection", "us-shop")).isZero();
        assertThat(stdout()).isEqualTo("Order 1001 will be sent again by the next order-export run of connection us-shop "
                + "(store us, partner acme).\n");
        out.reset();
        assertThat(cli("resend", "3001")).isZero();
        assertThat(stdout()).isEqualTo("Order 3001 will be sent again by the next order-export run of connection us-rest "
                + "(store us, partner euro).\n");
        assertThat(states()).containsExactly("eu euro 1001 HELD", "us acme 1001 RESEND", "us euro 3001 RESEND");
    }

    @Test
    void runChecksTheConnectionNameBeforeAnythingRuns() {
        assertThat(cli("run", "order-export", "--connection", "eu")).isEqualTo(2);

        assertThat(stderr()).isEqualTo("cartbridge: configuration error: no connection 'eu'; connections: eu-shop, us-shop, us-rest\n");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
    }

    @Test
    void withNoConnectionConfiguredTheCommandsNameTheSettingsToGive() {
        settings.keySet().removeIf(k -> k.startsWith("cartbridge.stores.") || k.startsWith("cartbridge.partners.")
                || k.startsWith("cartbridge.connections."));

        for (String command : List.of("connections", "held", "files")) {
            err.reset();
            assertThat(cli(command)).as(command).isEqualTo(2);
            assertThat(stderr()).isEqualTo("cartbridge: configuration error: no connection configured: set "
                    + "cartbridge.stores.<store>.*, cartbridge.partners.<partner>.* and cartbridge.connections.<name>.store "
                    + "and .partner (or, for one shop, cartbridge.cart.* and cartbridge.warehouse.*)\n");
        }
        assertThat(stdout()).isEmpty();
    }

    private void store(String name) {
        settings.put("cartbridge.stores." + name + ".url", "jdbc:mariadb://db.example:3306/" + name + "?password=" + SECRETS + "url");
        settings.put("cartbridge.stores." + name + ".username", "wp");
        settings.put("cartbridge.stores." + name + ".password", SECRETS + "cart-" + name);
    }

    private void partner(String name, String host) {
        settings.put("cartbridge.partners." + name + ".x12.sender-id", "RETAILER");
        settings.put("cartbridge.partners." + name + ".x12.receiver-id", name.toUpperCase());
        settings.put("cartbridge.partners." + name + ".sftp.host", host);
        settings.put("cartbridge.partners." + name + ".sftp.username", "retailer");
        settings.put("cartbridge.partners." + name + ".sftp.password", SECRETS + "sftp-" + name);
        settings.put("cartbridge.partners." + name + ".sftp.known-hosts", folder.resolve("known_hosts").toString());
    }

    private void connection(String name, String store, String partner) {
        settings.put("cartbridge.connections." + name + ".store", store);
        settings.put("cartbridge.connections." + name + ".partner", partner);
    }

    /** A job execution whose steps (the manager step, then each partition's) ended at T with its status. */
    private void execution(long id, String job, long instance, String status, String... steps) {
        db.update("INSERT IGNORE INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)",
                instance, job, "key" + instance);
        db.update("""
                INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, END_TIME, STATUS)
                VALUES (?, 0, ?, ?, ?, ?, ?)""", id, instance, ts(T), ts(T), status.equals("STARTED") ? null : ts(T), status);
        for (int i = 0; i < steps.length; i++) {
            step(id * 100 + i, id, steps[i], i == 0 ? status : "COMPLETED", T);
        }
    }

    private void step(long id, long execution, String name, String status, LocalDateTime end) {
        db.update("""
                INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME,
                                                  START_TIME, END_TIME, STATUS)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?)""", id, name, execution, ts(T), ts(T), end == null ? null : ts(end), status);
    }

    private long outboundFile(String store, String partner, String name, String state) {
        db.update("""
                INSERT INTO cb_outbound_file (store, partner, format, document_type, control_number, file_name, document_count,
                                              content, sha256, state, created_at, uploaded_at)
                VALUES (?, ?, 'X12', '940', 1, ?, 1, 'ISA', SHA2('ISA', 256), ?, ?, ?)""",
                store, partner, name, state, ts(T), state.equals("RENDERED") ? null : ts(T));
        return db.queryForObject("SELECT id FROM cb_outbound_file WHERE file_name = ?", Long.class, name);
    }

    private void order(String store, String partner, String id, String state, String reason, Long file) {
        db.update("""
                INSERT INTO cb_order (store, partner, cart_order_id, order_number, state, reason, file_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", store, partner, id, id, state, reason, file, ts(T), ts(T));
    }

    private void inboundFile(String store, String partner, String name, String state, String reason) {
        db.update("""
                INSERT INTO cb_inbound_file (store, partner, remote_name, remote_size, local_path, sha256, format, document_type,
                                             state, reason, received_at)
                VALUES (?, ?, ?, 3, ?, SHA2(?, 256), ?, ?, ?, ?, ?)""", store, partner, name, "/inbox/" + name, name,
                reason == null ? "X12" : "UNKNOWN", reason == null ? "945" : null, state, reason, ts(T));
    }

    private List<String> states() {
        return db.queryForList("SELECT CONCAT_WS(' ', store, partner, cart_order_id, state) FROM cb_order ORDER BY 1", String.class);
    }

    /** The execution ids {@code executions} listed. */
    private List<Long> ids() {
        return stdout().lines().skip(1).map(l -> Long.parseLong(l.split(" +")[0])).toList();
    }

    /** The lines from this heading to the blank line before the next connection's. */
    private List<String> block(String heading) {
        List<String> lines = stdout().lines().toList();
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading + " ")).findFirst().orElseThrow());
        List<String> block = new ArrayList<>();
        for (int i = start; i < lines.size() && (i == start || !lines.get(i).startsWith("connection ")); i++) {
            block.add(lines.get(i));
        }
        while (block.get(block.size() - 1).isEmpty()) {
            block.remove(block.size() - 1);
        }
        return block;
    }

    private static Timestamp ts(LocalDateTime t) {
        return Timestamp.valueOf(t);
    }

    /**
     * Runs the CLI with the settings in a properties file, as an agent's operator gives them: the connections'
     * declared order is the file's (command-line properties come in no particular order).
     */
    private int cli(String... command) {
        Path file = folder.resolve("agent.properties");
        StringBuilder text = new StringBuilder();
        settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--spring.config.additional-location=file:" + file);
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

package io.cartbridge.agent.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.admin.CliAccess;
import io.cartbridge.agent.demo.SandboxWarehouse;
import io.cartbridge.agent.support.FromWarehouse;
import io.cartbridge.agent.support.TestDatabase;
import io.cartbridge.agent.support.WooCommerceTestStore;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.x12.X12OrderFile;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One agent, three shops and two warehouses, on real MariaDB and SFTP: us-shop (HPOS, prefix wp_) and outlet (prefix
 * outlet_) share one WooCommerce database, eu-shop keeps its orders in posts storage in another. us-shop sends US
 * orders to us3pl and DE/FR orders to eu3pl, and holds the rest; eu-shop sends everything to eu3pl, outlet to us3pl.
 * Every connection has its own sender id at its partner; all three shops have an order 1001.
 */
class ManyShopsIT {

    static final String TRACKING_META = "_wc_shipment_tracking_items";

    @TempDir
    Path folder;
    String agentDb;
    JdbcTemplate ledger;
    WooCommerceTestStore usShop;
    WooCommerceTestStore outlet;
    WooCommerceTestStore euShop;
    SandboxWarehouse us3pl;
    SandboxWarehouse eu3pl;

    @BeforeEach
    void shops() {
        agentDb = TestDatabase.create("agent");
        ledger = new JdbcTemplate(new DriverManagerDataSource(agentDb, TestDatabase.user(), TestDatabase.password()));
        String shared = TestDatabase.create("shop");
        usShop = new WooCommerceTestStore(shared, "wp_").product(11, "MUG", null)
                .order(1001, "wc-processing", to("US"), "flat_rate", List.of(Line.of(11, 2, "Mug")))
                .order(1002, "wc-processing", to("DE"), "flat_rate", List.of(Line.of(11, 1, "Mug")))
                .order(1003, "wc-processing", to("BR"), "flat_rate", List.of(Line.of(11, 1, "Mug")));
        outlet = new WooCommerceTestStore(shared, "outlet_").product(11, "MUG", null)
                .order(1001, "wc-processing", to("US"), "flat_rate", List.of(Line.of(11, 3, "Mug")));
        euShop = new WooCommerceTestStore("wp_").product(11, "MUG", null)
                .order(1001, "wc-processing", to("FR"), "flat_rate", List.of(Line.of(11, 4, "Mug")))
                .order(1002, "wc-processing", to("US"), "flat_rate", List.of(Line.of(11, 5, "Mug")))
                .ordersOnlyIn("posts");
        us3pl = SandboxWarehouse.start(folder.resolve("us3pl"), 0);
        eu3pl = SandboxWarehouse.start(folder.resolve("eu3pl"), 0);
    }

    @AfterEach
    void close() {
        Stream.of(usShop, outlet, euShop).forEach(WooCommerceTestStore::close);
        us3pl.close();
        eu3pl.close();
    }

    @Test
    void ordersAreRoutedByCountryWithEachShopsEnvelopeIdsAndEachShipNoticeComesBackToItsShop() throws Exception {
        List<String> args = settings(Map.of());
        try (ConfigurableApplicationContext context = AgentContext.start(args)) {
            AdminCommands admin = context.getBean(AdminCommands.class);

            JobExecution export = admin.run("order-export");

            assertThat(export.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(partitions(export)).containsOnlyKeys("order-export:us-shop-us", "order-export:us-shop-eu",
                    "order-export:eu-shop", "order-export:outlet").allSatisfy((name, status) -> assertThat(status).isEqualTo("COMPLETED"));
            assertThat(ordersBySender(us3pl)).containsExactly(Map.entry("OUTLET", List.of("1001")), Map.entry("USSHOP", List.of("1001")));
            assertThat(ordersBySender(eu3pl)).containsExactly(Map.entry("EUSHOP", List.of("1001", "1002")),
                    Map.entry("USSHOPEU", List.of("1002")));
            assertThat(files(us3pl)).allSatisfy(f -> assertThat(f.receiverId()).isEqualTo("US3PL"));
            assertThat(files(eu3pl)).allSatisfy(f -> assertThat(f.receiverId()).isEqualTo("EU3PL"));
            assertThat(ledger.queryForList("SELECT store, partner, order_number, state, reason FROM cb_order ORDER BY store, "
                    + "order_number")).extracting(r -> tuple(r.get("store"), r.get("partner"), r.get("order_number"), r.get("state")))
                    .containsExactly(
                            tuple("eu-shop", "eu3pl", "1001", "FILED"), tuple("eu-shop", "eu3pl", "1002", "FILED"),
                            tuple("outlet", "us3pl", "1001", "FILED"),
                            tuple("us-shop", "us3pl", "1001", "FILED"), tuple("us-shop", "eu3pl", "1002", "FILED"),
                            tuple("us-shop", "eu3pl", "1003", "HELD"));
            assertThat(ledger.queryForObject("SELECT reason FROM cb_order WHERE order_number = '1003'", String.class))
                    .startsWith("no warehouse ships to BR");
            assertThat(usShop.notes(1001)).singleElement().asString().contains("Sent to warehouse us3pl");
            assertThat(euShop.notes(1001)).singleElement().asString().contains("Sent to warehouse eu3pl");

            // one shared inbound folder per warehouse: each file told apart by its receiver id, never by its order number
            ship(us3pl, "to-usshop.edi", "US3PL", "USSHOP", 1, "1001", 2, "1Z-US-1001");
            ship(us3pl, "to-outlet.edi", "US3PL", "OUTLET", 2, "1001", 3, "1Z-OUT-1001");
            ship(eu3pl, "to-eushop.edi", "EU3PL", "EUSHOP", 1, "1001", 4, "EU-1001");
            ship(eu3pl, "to-usshopeu.edi", "EU3PL", "USSHOPEU", 2, "1002", 1, "EU-US-1002");
            ship(eu3pl, "to-nobody.edi", "EU3PL", "NOBODY", 3, "1001", 4, "EU-NOBODY");
            JobExecution collect = admin.run("inbound-collect");
            JobExecution shipments = admin.run("shipment-import");

            assertThat(collect.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(partitions(collect)).containsOnlyKeys("inbound-collect:us3pl", "inbound-collect:eu3pl");
            assertThat(shipments.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(ledger.queryForList("SELECT remote_name, store, state FROM cb_inbound_file ORDER BY remote_name"))
                    .extracting(r -> tuple(r.get("remote_name"), r.get("store"), r.get("state"))).containsExactly(
                            tuple("to-eushop.edi", "eu-shop", "APPLIED"),
                            tuple("to-nobody.edi", null, "REJECTED"),
                            tuple("to-outlet.edi", "outlet", "APPLIED"),
                            tuple("to-usshop.edi", "us-shop", "APPLIED"),
                            tuple("to-usshopeu.edi", "us-shop", "APPLIED"));
            assertThat(ledger.queryForObject("SELECT reason FROM cb_inbound_file WHERE remote_name = 'to-nobody.edi'", String.class))
                    .startsWith("addressed to receiver ZZ:NOBODY, which is not the sender id of any shop of partner eu3pl (");
            assertThat(usShop.hposMeta(1001, TRACKING_META)).contains("1Z-US-1001").doesNotContain("1Z-OUT-1001", "EU-");
            assertThat(outlet.hposMeta(1001, TRACKING_META)).contains("1Z-OUT-1001").doesNotContain("1Z-US-1001");
            assertThat(euShop.postMeta(1001, TRACKING_META)).contains("EU-1001").doesNotContain("NOBODY");
            assertThat(usShop.hposMeta(1002, TRACKING_META)).contains("EU-US-1002");
            assertThat(usShop.hposStatus(1001)).isEqualTo("wc-completed");
            assertThat(outlet.hposStatus(1001)).isEqualTo("wc-completed");
            assertThat(euShop.postStatus(1001)).isEqualTo("wc-completed");
            assertThat(euShop.postStatus(1002)).isEqualTo("wc-processing");
            // each 997 goes back from the shop the 945 was for, with that shop's envelope sender id
            assertThat(senders(us3pl, "997")).containsExactlyInAnyOrder("OUTLET", "USSHOP");
            assertThat(senders(eu3pl, "997")).containsExactlyInAnyOrder("EUSHOP", "USSHOPEU");
        }
    }

    @Test
    void aConnectionWhoseWarehouseIsDownDoesNotStopTheOthersAndARestartFinishesItAlone() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Map<String, Object> down = new LinkedHashMap<>();
        down.put("cartbridge.connections.outlet.partner", "down3pl");
        SandboxWarehouse.agentProperties(port, "secret-down", folder.resolve("down-known-hosts"))
                .forEach((k, v) -> down.put(k.replace("cartbridge.warehouse.", "cartbridge.partners.down3pl."), v));
        down.put("cartbridge.partners.down3pl.x12.receiver-id", "DOWN3PL");
        down.put("cartbridge.partners.down3pl.sftp.max-attempts", 1);
        long failedId;
        try (ConfigurableApplicationContext context = AgentContext.start(settings(down))) {
            JobExecution export = context.getBean(AdminCommands.class).run("order-export");

            assertThat(export.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(partitions(export)).containsEntry("order-export:outlet", "FAILED")
                    .containsEntry("order-export:us-shop-us", "COMPLETED").containsEntry("order-export:us-shop-eu", "COMPLETED")
                    .containsEntry("order-export:eu-shop", "COMPLETED");
            assertThat(export.getExitStatus().getExitDescription()).startsWith("outlet: file-upload:outlet: ");
            assertThat(ordersBySender(us3pl)).containsExactly(Map.entry("USSHOP", List.of("1001")));
            assertThat(ordersBySender(eu3pl)).containsKeys("EUSHOP", "USSHOPEU");
            failedId = export.getId();
        }

        try (SandboxWarehouse down3pl = SandboxWarehouse.start(folder.resolve("down3pl"), port);
             ConfigurableApplicationContext context = AgentContext.start(settings(withSandbox(down, down3pl)))) {
            JobExecution restarted = context.getBean(AdminCommands.class).restart(failedId);

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                    .containsExactlyInAnyOrder("order-export", "order-export:outlet", "file-upload:outlet", "order-notes:outlet");
            assertThat(ordersBySender(down3pl)).containsExactly(Map.entry("OUTLET", List.of("1001")));
            assertThat(ordersBySender(us3pl)).containsExactly(Map.entry("USSHOP", List.of("1001")));
            assertThat(outlet.notes(1001)).singleElement().asString().contains("Sent to warehouse down3pl");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> args = new ArrayList<>(List.of("connections"));
            args.addAll(settings(withSandbox(down, down3pl)));
            assertThat(CliAccess.run(args, out)).isZero();
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).as(printed)
                    .containsPattern("(?s)connection outlet\\b.*?order-export: +execution " + restarted.getId() + " COMPLETED")
                    .containsPattern("(?s)connection eu-shop\\b.*?order-export: +execution " + failedId + " COMPLETED")
                    .containsPattern("(?s)connection eu-shop\\b.*?shipment-import: +never run");
        }
        assertThat(ledger.queryForObject("SELECT COUNT(*) FROM cb_order WHERE state = 'FILED'", Integer.class)).isEqualTo(5);
    }

    @Test
    void concurrencyBoundsHowManyConnectionsRunAtOnceAndTheAgentDatabasePoolMustFitIt() throws Exception {
        try (ConfigurableApplicationContext context = AgentContext.start(settings(Map.of("cartbridge.concurrency", 1)))) {
            JobExecution export = context.getBean(AdminCommands.class).run("order-export");

            assertThat(export.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<StepExecution> partitions = export.getStepExecutions().stream()
                    .filter(s -> s.getExecutionContext().containsKey(Partitions.PARTITION_KEY))
                    .sorted(java.util.Comparator.comparing(StepExecution::getStartTime)).toList();
            assertThat(partitions).hasSize(4);
            for (int i = 1; i < partitions.size(); i++) {
                assertThat(partitions.get(i).getStartTime()).as("one connection at a time")
                        .isAfterOrEqualTo(partitions.get(i - 1).getEndTime());
            }
        }
        Throwable tooMany = org.assertj.core.api.Assertions.catchThrowable(() -> AgentContext.start(settings(Map.of(
                "cartbridge.concurrency", 3))).close());
        assertThat(AgentContext.configurationError(tooMany)).isNotNull().hasMessage("cartbridge.concurrency 3 needs at least 14 "
                + "connections to the agent database; spring.datasource.hikari.maximum-pool-size is 10");
    }

    @Test
    void runWithAConnectionRunsThatConnectionsPartitionOnly() throws Exception {
        try (ConfigurableApplicationContext context = AgentContext.start(settings(Map.of()))) {
            JobExecution export = context.getBean(AdminCommands.class).run("order-export", "eu-shop");

            assertThat(export.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(partitions(export)).containsOnlyKeys("order-export:eu-shop");
            assertThat(ordersBySender(eu3pl)).containsExactly(Map.entry("EUSHOP", List.of("1001", "1002")));
            assertThat(files(us3pl)).isEmpty();
        }
    }

    @Test
    void whereTwoShopsShareAReceiverIdAShipNoticeGoesToTheShopThatSentItsOrderAndAnOrderBothSentIsAnError() throws Exception {
        outlet.order(2002, "wc-processing", to("US"), "flat_rate", List.of(Line.of(11, 1, "Mug")));
        try (ConfigurableApplicationContext context = AgentContext.start(settings(Map.of(
                "cartbridge.connections.outlet.x12.sender-id", "USSHOP")))) {
            AdminCommands admin = context.getBean(AdminCommands.class);
            assertThat(admin.run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(ordersBySender(us3pl)).containsExactly(Map.entry("USSHOP", List.of("1001", "1001", "2002")));

            ship(us3pl, "for-1001.edi", "US3PL", "USSHOP", 1, "1001", 2, "1Z-WHICH-1001");
            ship(us3pl, "for-2002.edi", "US3PL", "USSHOP", 2, "2002", 1, "1Z-OUT-2002");
            admin.run("inbound-collect");
            admin.run("shipment-import");

            assertThat(ledger.queryForList("SELECT remote_name, store, state, reason FROM cb_inbound_file ORDER BY remote_name"))
                    .extracting(r -> tuple(r.get("remote_name"), r.get("store"), r.get("state"), r.get("reason"))).containsExactly(
                            tuple("for-1001.edi", null, "REJECTED", "order 1001 is an order of stores outlet and us-shop, "
                                    + "which share the receiver id it is addressed to: applied to neither"),
                            tuple("for-2002.edi", "outlet", "APPLIED", null));
            assertThat(outlet.hposMeta(2002, TRACKING_META)).contains("1Z-OUT-2002");
            assertThat(outlet.hposMeta(1001, TRACKING_META)).isNull();
            assertThat(usShop.hposMeta(1001, TRACKING_META)).isNull();
        }
    }

    @Test
    void checkSaysForEachConnectionWhatWorksAndWhatNot() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Map<String, Object> broken = new LinkedHashMap<>();
        broken.put("cartbridge.partners.eu3pl.sftp.port", port);
        broken.put("cartbridge.stores.outlet.table-prefix", "outlt_");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(settings(broken));

        int exit = CliAccess.run(args, out);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(1);
        assertThat(blocks(printed)).containsOnlyKeys("us-shop-us", "us-shop-eu", "eu-shop", "outlet");
        assertThat(blocks(printed).get("us-shop-us")).allSatisfy(line -> assertThat(line).contains(": OK"));
        assertThat(blocks(printed).get("eu-shop")).anySatisfy(line -> assertThat(line).startsWith("cart database: OK"))
                .anySatisfy(line -> assertThat(line).startsWith("SFTP server: cannot log in to cartbridge@127.0.0.1:" + port));
        assertThat(blocks(printed).get("us-shop-eu")).anySatisfy(line -> assertThat(line).startsWith("SFTP server: cannot log in"));
        assertThat(blocks(printed).get("outlet")).anySatisfy(line -> assertThat(line).startsWith("cart database: no table outlt_wc_orders"))
                .anySatisfy(line -> assertThat(line).startsWith("SFTP server: OK"));
        assertThat(printed).doesNotContain(TestDatabase.password().isEmpty() ? "\u0000" : TestDatabase.password());
    }

    /** The lines of {@code check}'s output under each "connection NAME:" heading. */
    private static Map<String, List<String>> blocks(String printed) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : printed.lines().toList()) {
            if (line.startsWith("connection ") && line.endsWith(":")) {
                current = blocks.computeIfAbsent(line.substring("connection ".length(), line.length() - 1), k -> new ArrayList<>());
            } else if (current != null && line.startsWith("  ")) {
                current.add(line.strip());
            }
        }
        return blocks;
    }

    private static Map<String, Object> withSandbox(Map<String, Object> settings, SandboxWarehouse sandbox) {
        Map<String, Object> p = new LinkedHashMap<>(settings);
        sandbox.agentProperties().forEach((k, v) -> p.put(k.replace("cartbridge.warehouse.", "cartbridge.partners.down3pl."), v));
        return p;
    }

    private List<String> settings(Map<String, Object> overrides) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.home", folder.resolve("home").toString());
        p.put("logging.threshold.console", "WARN");
        p.put("spring.datasource.url", agentDb);
        p.put("spring.datasource.username", TestDatabase.user());
        p.put("spring.datasource.password", TestDatabase.password());
        store(p, "us-shop", usShop.url(), null, null);
        store(p, "outlet", outlet.url(), "outlet_", null);
        store(p, "eu-shop", euShop.url(), null, "posts");
        partner(p, "us3pl", "US3PL", us3pl);
        partner(p, "eu3pl", "EU3PL", eu3pl);
        connection(p, "us-shop-us", "us-shop", "us3pl", "US", "USSHOP");
        connection(p, "us-shop-eu", "us-shop", "eu3pl", "DE,FR", "USSHOPEU");
        connection(p, "eu-shop", "eu-shop", "eu3pl", null, "EUSHOP");
        connection(p, "outlet", "outlet", "us3pl", null, "OUTLET");
        p.putAll(overrides);
        List<String> args = new ArrayList<>();
        p.forEach((k, v) -> args.add("--" + k + "=" + v));
        return args;
    }

    private static void store(Map<String, Object> p, String name, String url, String prefix, String storage) {
        p.put("cartbridge.stores." + name + ".url", url);
        p.put("cartbridge.stores." + name + ".username", TestDatabase.user());
        p.put("cartbridge.stores." + name + ".password", TestDatabase.password());
        if (prefix != null) {
            p.put("cartbridge.stores." + name + ".table-prefix", prefix);
        }
        if (storage != null) {
            p.put("cartbridge.stores." + name + ".woocommerce.storage", storage);
        }
    }

    private static void partner(Map<String, Object> p, String name, String receiverId, SandboxWarehouse sandbox) {
        p.put("cartbridge.partners." + name + ".x12.receiver-id", receiverId);
        p.put("cartbridge.partners." + name + ".sftp.max-attempts", 2);
        p.put("cartbridge.partners." + name + ".sftp.min-file-age", "0s");
        sandbox.agentProperties().forEach((k, v) -> p.put(k.replace("cartbridge.warehouse.", "cartbridge.partners." + name + "."), v));
    }

    private static void connection(Map<String, Object> p, String name, String store, String partner, String countries,
                                   String senderId) {
        p.put("cartbridge.connections." + name + ".store", store);
        p.put("cartbridge.connections." + name + ".partner", partner);
        if (countries != null) {
            p.put("cartbridge.connections." + name + ".ship-to-countries", countries);
        }
        p.put("cartbridge.connections." + name + ".x12.sender-id", senderId);
        p.put("cartbridge.connections." + name + ".shipping-methods.flat_rate.carrier", "UPSN");
        p.put("cartbridge.connections." + name + ".shipping-methods.flat_rate.service", "GND");
    }

    private static Address to(String country) {
        return new Address("Ada Buyer", null, "2 Elm St", null, "Springfield", null, "10115", country, "555-0101",
                "ada@example.com");
    }

    /** The partition step executions of the run, by name, with their status. */
    private static Map<String, String> partitions(JobExecution execution) {
        Map<String, String> partitions = new TreeMap<>();
        execution.getStepExecutions().stream().filter(s -> s.getExecutionContext().containsKey(Partitions.PARTITION_KEY))
                .forEach(s -> partitions.put(s.getStepName(), s.getStatus().name()));
        return partitions;
    }

    /** The warehouse's 940 files (in its /in folder), parsed. */
    private static List<X12OrderFile> files(SandboxWarehouse warehouse) throws IOException {
        List<X12OrderFile> parsed = new ArrayList<>();
        for (Path file : edi(warehouse, "940")) {
            try (InputStream in = Files.newInputStream(file)) {
                parsed.add(new X12WarehouseOrderReader().read(in));
            }
        }
        return parsed;
    }

    /** Order numbers the warehouse received, by the envelope's sender id, each list in file order. */
    private static Map<String, List<String>> ordersBySender(SandboxWarehouse warehouse) throws IOException {
        Map<String, List<String>> orders = new TreeMap<>();
        for (X12OrderFile file : files(warehouse)) {
            file.orders().forEach(o -> orders.computeIfAbsent(file.senderId(), s -> new ArrayList<>()).add(o.orderNumber()));
        }
        orders.values().forEach(list -> list.sort(String::compareTo));
        return orders;
    }

    /** ISA06 of each file of the type in the warehouse's /in folder. */
    private static List<String> senders(SandboxWarehouse warehouse, String type) throws IOException {
        List<String> senders = new ArrayList<>();
        for (Path file : edi(warehouse, type)) {
            senders.add(Files.readString(file).split("\\*")[6].trim());
        }
        return senders;
    }

    private static List<Path> edi(SandboxWarehouse warehouse, String type) throws IOException {
        Path in = warehouse.root().resolve("in");
        if (!Files.isDirectory(in)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(f -> f.getFileName().toString().contains("-" + type + "-")).sorted().toList();
        }
    }

    /** A 945 for one order of one line of MUG, from the warehouse's id to the shop's id, left in its outbound folder. */
    private static void ship(SandboxWarehouse warehouse, String name, String from, String to, int icn, String order, int qty,
                             String tracking) {
        String edi = FromWarehouse.interchange(from, to, icn, "SW", "945", List.of(List.of(
                "W06*N*" + order + "*20261126*SHP-" + tracking, "W27*U*UPSN*GROUND", "LX*1", "MAN*CP*" + tracking,
                "W12*CC*" + qty + "*" + qty + "*0*EA**SK*MUG", "W03*" + qty)));
        try {
            Path out = warehouse.root().resolve("out");
            Files.createDirectories(out);
            Files.writeString(out.resolve(name), edi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

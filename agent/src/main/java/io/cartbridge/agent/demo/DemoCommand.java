package io.cartbridge.agent.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.config.AgentProperties;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Stores;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code cartbridge demo}: the main job on embedded defaults. An embedded MariaDB holds the agent's
 * database and a demo WooCommerce store; the sandbox warehouse's SFTP server receives the orders.
 * State is kept under {@code cartbridge.home}/demo, so a second run shows that nothing is sent twice.
 * {@code demo --shops 2} shows two shops and two warehouses instead ({@link DemoShops}); {@code demo --format edifact}
 * (or {@code xml}) runs the same loop with a warehouse in that format, with its state in a folder of its own
 * ({@link DemoFormats}).
 */
public final class DemoCommand {

    private DemoCommand() {
    }

    public static int run(List<String> springArgs, PrintStream out) {
        return run(springArgs, 1, out);
    }

    /** @param shops 1: one shop and one warehouse; 2: two shops sharing two warehouses, routed by country */
    public static int run(List<String> springArgs, int shops, PrintStream out) {
        return run(springArgs, shops, null, out);
    }

    /**
     * @param shops  1: one shop and one warehouse; 2: two shops sharing two warehouses, routed by country
     * @param format the warehouse's format: {@code x12} (null: the default), {@code edifact} or {@code xml}; one shop only
     */
    public static int run(List<String> springArgs, int shops, String format, PrintStream out) {
        return run(springArgs, shops, format, null, out);
    }

    /**
     * @param shops    1: one shop and one warehouse; 2: two shops sharing two warehouses, routed by country
     * @param format   the warehouse's format: {@code x12} (null: the default), {@code edifact} or {@code xml}; one shop only
     * @param platform the demo shop's cart platform: {@code woocommerce} (null: the default) or {@code prestashop};
     *                 one shop only
     */
    public static int run(List<String> springArgs, int shops, String format, String platform, PrintStream out) {
        WarehouseFormat warehouseFormat = WarehouseFormats.named(format);
        DemoPlatforms.DemoPlatform cart = DemoPlatforms.named(platform);
        boolean x12 = warehouseFormat.name().equals("x12");
        boolean woocommerce = cart.name().equals(DemoPlatforms.WOOCOMMERCE);
        if (shops == 2 && x12 && woocommerce) {
            return DemoShops.run(springArgs, home(), out);
        }
        if (shops != 1) {
            throw new IllegalArgumentException("--shops must be 1 or 2 (2 only with X12 and WooCommerce), not " + shops);
        }
        String variant = (woocommerce ? "" : cart.name()) + (x12 ? "" : (woocommerce ? "" : "-") + warehouseFormat.name());
        Path home = variant.isEmpty() ? home() : home().resolve(variant);
        out.println("CartBridge demo" + (woocommerce ? "" : " on " + cart.label()) + (x12 ? "" : " in " + warehouseFormat.label())
                + " (state in " + home + ")");
        try (SandboxWarehouse sandbox = SandboxWarehouse.start(home.resolve("sandbox-warehouse"), 0)) {
            out.printf("Sandbox warehouse: SFTP on 127.0.0.1:%d, files in %s%n", sandbox.port(), sandbox.root());
            Map<String, Object> properties = new HashMap<>(x12 ? demoProperties(home) : DemoFormats.properties(warehouseFormat, home));
            if (!woocommerce) {
                properties = DemoPlatforms.properties(cart, properties, home, variant.replace('-', '_'));
            }
            properties.putAll(sandbox.agentProperties());
            try (ConfigurableApplicationContext context = AgentContext.start(springArgs, properties)) {
                CartDatabase cartDatabase = context.getBean(ConnectionContexts.class).of(Connections.DEFAULT).cart();
                boolean seeded = cart.seedOnce(cartDatabase.dataSource());
                String database = String.valueOf(properties.get("cartbridge.cart.embedded-database"));
                out.println(seeded ? "Demo " + cart.label() + " store created (embedded MariaDB, database " + database + ")."
                        : "Demo " + cart.label() + " store found from an earlier run (database " + database + ").");
                out.println("Running order-export...");
                out.println();
                AdminCommands admin = context.getBean(AdminCommands.class);
                JobExecution execution = admin.run("order-export");
                int exit = admin.report(execution, out);
                out.println();
                out.println("On the warehouse's server, " + sandbox.root().resolve("in") + ":");
                listFiles(sandbox.root().resolve("in"), out);
                out.println();
                int answered = new SandboxThreePl(sandbox.root()).answer();
                out.println("The sandbox 3PL answered " + answered + " order file(s) with shipment advices ("
                        + DemoFormats.typeOf(warehouseFormat, DocumentKind.SHIPMENT_CONFIRMATION) + ")" + (answered > 0
                        ? " and published a stock snapshot (" + DemoFormats.typeOf(warehouseFormat, DocumentKind.INVENTORY_SNAPSHOT) + ")." : "."));
                exit = Math.max(exit, theWayBack(admin, context, warehouseFormat, cart.label(), out));
                out.println();
                out.println("Run './cartbridge demo" + (woocommerce ? "" : " --platform " + cart.name())
                        + (x12 ? "" : " --format " + warehouseFormat.name()) + "' again: orders already sent are not sent twice.");
                out.println("Look at the demo's ledger: ./cartbridge files --cartbridge.home=" + home
                        + " --cartbridge.warehouse.id=sandbox3pl   (or held, executions, execution 1)");
                return exit;
            }
        }
    }

    /** Where the demos keep their state: {@code cartbridge.home}/demo. */
    static Path home() {
        return Path.of(System.getProperty("cartbridge.home",
                System.getenv().getOrDefault("CARTBRIDGE_HOME", AgentProperties.defaultHome().toString())))
                .resolve("demo").toAbsolutePath();
    }

    /** Runs inbound-collect, shipment-import and inventory-import, printing each one's status; the executions. */
    static Map<String, JobExecution> runTheWayBack(AdminCommands admin, PrintStream out) {
        Map<String, JobExecution> executions = new LinkedHashMap<>();
        for (String job : List.of("inbound-collect", "shipment-import", "inventory-import")) {
            JobExecution execution = admin.run(job);
            out.printf("%-17s %s%n", job, execution.getStatus());
            executions.put(job, execution);
        }
        return executions;
    }

    /** 0 when every execution completed, else 1. */
    static int exitCode(Collection<JobExecution> executions) {
        return executions.stream().allMatch(e -> e.getStatus() == BatchStatus.COMPLETED) ? 0 : 1;
    }

    /** inbound-collect, shipment-import and inventory-import, with what they did. */
    private static int theWayBack(AdminCommands admin, ConfigurableApplicationContext context, WarehouseFormat format,
                                  String platform, PrintStream out) {
        int exit = exitCode(runTheWayBack(admin, out).values());
        String partner = "sandbox3pl";
        List<Shipments.Shipment> shipments = context.getBean(Shipments.class).list(Stores.DEFAULT, partner);
        long complete = shipments.stream().filter(Shipments.Shipment::orderComplete).count();
        out.printf("Orders shipped: %d (%d completed in %s, %d partly shipped)%n", shipments.size(), complete, platform,
                shipments.size() - complete);
        shipments.stream().limit(6).forEach(s -> out.printf("  order %-6s %-5s tracking %s%s%n", s.orderNumber(),
                s.carrier(), s.trackingNumbers(), s.orderComplete() ? "" : "  (partial: " + s.reason() + ")"));
        if (shipments.size() > 6) {
            out.printf("  ... and %d more%n", shipments.size() - 6);
        }
        for (InboundFiles.InboundFile f : context.getBean(InboundFiles.class).list(partner)) {
            if (format.documentTypes(DocumentKind.INVENTORY_SNAPSHOT).contains(f.documentType())) {
                out.printf("Stock snapshot %s: %s%n", f.remoteName(), f.reason());
            }
        }
        String ack = format.sentDocumentType(DocumentKind.ACKNOWLEDGMENT);
        long acks = context.getBean(OutboundFiles.class).list(partner).stream()
                .filter(f -> ack.equals(f.documentType())).count();
        out.printf("Functional acknowledgments (%s) sent back: %d%n", ack, acks);
        return exit;
    }

    static Map<String, Object> demoProperties(Path home) {
        Map<String, Object> p = new HashMap<>();
        p.put("cartbridge.home", home.toString());
        p.put("cartbridge.cart.embedded-database", "demo_shop");
        p.put("cartbridge.cart.platform", "woocommerce");
        p.put("cartbridge.cart.woocommerce.storage", "hpos");
        p.put("cartbridge.warehouse.id", "sandbox3pl");
        p.put("cartbridge.warehouse.x12.sender-id", "DEMOSHOP");
        p.put("cartbridge.warehouse.x12.receiver-id", "SANDBOX3PL");
        p.put("cartbridge.warehouse.x12.usage-indicator", "T");
        p.put("cartbridge.warehouse.orders-per-file", 10);
        p.put("cartbridge.warehouse.sftp.min-file-age", "0s");
        p.put("cartbridge.shipping-methods.flat_rate.carrier", "UPSN");
        p.put("cartbridge.shipping-methods.flat_rate.service", "GND");
        p.put("cartbridge.shipping-methods.free_shipping.carrier", "USPS");
        p.put("cartbridge.shipping-methods.free_shipping.service", "GA");
        p.put("cartbridge.shipping-methods.ups_ground.carrier", "UPSN");
        p.put("cartbridge.shipping-methods.ups_ground.service", "GND");
        p.put("cartbridge.shipping-methods.fedex_2day.carrier", "FDEG");
        p.put("cartbridge.shipping-methods.fedex_2day.service", "2D");
        return p;
    }

    static void listFiles(Path folder, PrintStream out) {
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(f -> {
                try {
                    out.printf("  %s  %d bytes%n", f.getFileName(), Files.size(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            out.println("  (cannot list: " + e.getMessage() + ")");
        }
    }
}

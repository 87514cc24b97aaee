package io.cartbridge.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.admin.AgentContext;
import io.cartbridge.agent.admin.Cli;
import io.cartbridge.agent.config.AgentProperties;
import io.cartbridge.agent.config.ConfigurationException;

/**
 * {@code cartbridge bench ...}: the launcher runs this class on the agent's class path with the bench's jar
 * added, so that the agent ships without the benchmark. Exit codes as the agent's CLI: 0 success, 1 the job
 * failed, 2 a usage or configuration error (one line on stderr).
 */
public final class BenchMain {

    static final String USAGE = """
            usage: cartbridge bench order-export [--orders N] [--bare] [--platform woocommerce|prestashop|magento2]
                   cartbridge bench order-export --stores N [--orders M]
                   cartbridge bench shipment-import [--shipments N] [--format x12|edifact|xml]
                   cartbridge bench inventory-import [--items N] [--changed PCT] [--platform woocommerce|prestashop|magento2]
                   cartbridge bench trigger [--orders 100] [--poll 5s] [--seconds N]
                   cartbridge bench write-back [--shipments 2000] [--items 100000] [--platform woocommerce|magento2|prestashop]
                   cartbridge bench snapshot-read [--items N] [--format x12|edifact|xml]
                   ... [--spring.property=value ...]

            Prepares a store (and, for the imports, the warehouse's file), then measures the job.
            --platform: the store's cart platform (default woocommerce), seeded alike: same products, orders, lines.
            --bare: a bare JDBC + StAEDI + SFTP program instead of order-export, in a JVM of its own.
            --stores N: N shops (a database each) of M paid orders (default 20), one partner server, a connection
                        per shop with its own sender id; prints the cost per connection and checks every order
                        was sent exactly once.
            --format: order-export and the imports with a partner of that format (default x12).
            snapshot-read: a stock snapshot of N items (default 1000000) written in the format, then read back item
                           by item as inventory-import reads it: time and peak heap.
            trigger: serve's near-real-time trigger alone: orders paid at random moments over --seconds (default
                     1.5 s an order), the time from payment to file on the SFTP server (p50, p95, max).
            write-back: shipments through the WooCommerce REST API against a local stand-in (per second, calls per
                        shipment), and stock both ways, tables and products/batch (items per second); with
                        --platform magento2 through Magento's REST API (V1/order/{id}/ship, V1/inventory/source-items);
                        with --platform prestashop through PrestaShop's webservice (order_carriers, order_histories) and
                        stock through stock_available against stock_availables.
            """;

    private static final List<String> JOBS = List.of("order-export", "shipment-import", "inventory-import", "trigger",
            "write-back", "snapshot-read");
    private static final List<String> PLATFORMS = List.of("woocommerce", "prestashop", "magento2");
    private static final Set<String> NUMBERS = Set.of("orders", "shipments", "items", "changed", "stores", "seconds");

    private BenchMain() {
    }

    /** {@code args}: what follows {@code bench} on the launcher's command line. */
    public static void main(String[] args) {
        Cli.quietConsoleUntilSpringConfiguresLogging();
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, AgentProperties.defaultHome().resolve("bench"));
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the bench's state (wiped first) under {@code home}. */
    static int run(String[] args, PrintStream out, PrintStream err, Path home) {
        String what = "order-export";
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("help") || arg.equals("--help") || arg.equals("-h")) {
                    out.print(USAGE);
                    return 0;
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    spring.add(arg);
                } else if (arg.equals("--poll")) {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d{1,6}(ms|s|m)")) {
                        throw new UsageException("option --poll needs a duration such as 5s or 500ms");
                    }
                    options.put("poll", args[++i]);
                } else if (arg.equals("--platform")) {
                    if (i + 1 >= args.length || !PLATFORMS.contains(args[i + 1])) {
                        throw new UsageException("option --platform needs one of " + PLATFORMS);
                    }
                    options.put("platform", args[++i]);
                } else if (arg.equals("--format")) {
                    if (i + 1 >= args.length || !args[i + 1].matches("x12|edifact|xml")) {
                        throw new UsageException("option --format needs x12, edifact or xml");
                    }
                    options.put("format", args[++i]);
                } else if (arg.equals("--bare")) {
                    options.put("bare", "true");
                } else if (arg.startsWith("--") && NUMBERS.contains(arg.substring(2))) {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d{1,9}")) {
                        throw new UsageException("option " + arg + " needs a number");
                    }
                    options.put(arg.substring(2), args[++i]);
                } else if (arg.startsWith("--")) {
                    throw new UsageException("unknown option " + arg + " for bench");
                } else if (i == 0 && JOBS.contains(arg)) {
                    what = arg;
                } else {
                    throw new UsageException("bench knows order-export, shipment-import, inventory-import, trigger, "
                            + "write-back and snapshot-read, not " + arg);
                }
            }
            if (!what.equals("trigger") && options.keySet().stream().anyMatch(Set.of("poll", "seconds")::contains)) {
                throw new UsageException("--poll and --seconds are for bench trigger only");
            }
            if (what.equals("trigger") && options.keySet().stream().anyMatch(Set.of("bare", "stores", "shipments", "items", "changed")::contains)) {
                throw new UsageException("bench trigger takes --orders, --poll and --seconds only");
            }
            if (options.containsKey("platform") && (what.equals("trigger") || options.containsKey("bare")
                    || options.containsKey("stores"))) {
                throw new UsageException("--platform is for the jobs' benches, without --bare or --stores");
            }
            if (what.equals("write-back") && options.keySet().stream().anyMatch(o -> !Set.of("shipments", "items", "platform").contains(o))) {
                throw new UsageException("bench write-back takes --shipments, --items and --platform only");
            }
            if (options.containsKey("bare") && !what.equals("order-export")) {
                throw new UsageException("--bare is for bench order-export only");
            }
            if (options.containsKey("stores")) {
                if (!what.equals("order-export") || options.containsKey("bare")) {
                    throw new UsageException("--stores is for bench order-export only, without --bare");
                }
                if (Integer.parseInt(options.get("stores")) < 1 || Integer.parseInt(options.get("stores")) > 999) {
                    throw new UsageException("--stores takes 1 to 999 stores");
                }
            }
        } catch (UsageException e) {
            err.println("cartbridge: " + e.getMessage() + "; try 'cartbridge bench help'");
            return 2;
        }
        try {
            return BenchCommand.run(what, options, spring, out, home);
        } catch (RuntimeException e) {
            ConfigurationException config = AgentContext.configurationError(e);
            if (config != null) {
                err.println("cartbridge: configuration error: " + config.getMessage());
                return 2;
            }
            err.println("cartbridge: " + AgentContext.failureMessage(e));
            return 1;
        }
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.demo.DemoCommand;
import io.cartbridge.agent.demo.SandboxCommand;
import io.cartbridge.agent.serve.ServeCommand;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. Exit codes: 0 success, 1 a job or a file failed, 2 a usage or configuration
 * error (one line on stderr). Commands that need no database ({@code validate}, {@code sandbox})
 * start no application context.
 */
public final class Cli {

    static final String USAGE = """
            usage: cartbridge COMMAND [ARGS] [--spring.property=value ...]

            Jobs and operations (agent database: spring.datasource.url, embedded MariaDB when unset); a command
            given --connection NAME covers that connection only, else every connection:
              serve                         run the agent: each job on its schedule (cartbridge.schedule.*), runs
                                            left STARTED by a crash recovered first; SIGTERM stops running steps
                                            at a chunk boundary (STOPPED, restartable); the dashboard and REST API
                                            on 127.0.0.1:8080 (server.address, server.port) for the users of
                                            cartbridge.admin.users.<name>.password and .role (VIEWER, OPERATOR)
              run JOB [--connection NAME] [--no-collect]
                                            run a job now: order-export, inbound-collect, shipment-import,
                                            inventory-import (the last two after an inbound-collect, unless
                                            --no-collect); refused while another run of the job for the
                                            connection is going, naming its host
              executions [--job J] [--status S] [--limit N] [--connection NAME]
                                            list job executions, newest first
              execution ID                  one execution: steps with read/write/skip counts, the failure
              restart ID                    restart a FAILED or STOPPED execution (one left STARTED by a crash
                                            is recovered first)
              stop ID                       ask a running execution to stop
              abandon ID                    mark a stopped or failed execution ABANDONED (never restarted)
              recover ID                    mark an execution left STARTED by an agent that stopped FAILED, so that
                                            it can be restarted (refused while an agent holds its job's lock)
              connections                   each connection: store, partner, routing, each job's last run
              held [--connection NAME]      orders held back from the warehouse, with reasons
              order NUMBER [--connection NAME]
                                            what became of an order: held or filed, uploaded, acknowledged,
                                            shipped and applied to the cart, with times
              resend ORDER [--connection NAME]
                                            send a sent order again with the next order-export (recorded)
              files [--state S] [--connection NAME]
                                            files sent to and received from the warehouse, with states
                                            (RENDERED, UPLOADED, ACCEPTED, REJECTED, RECEIVED, APPLIED, DUPLICATE)
              resend-file ID                the orders of a sent file (id from the API or dashboard) sent again by
                                            the next order-export, in a new interchange (recorded)
              reprocess ID                  a REJECTED received file back to RECEIVED after a fix: the next import
                                            applies it (what it applied before is not applied twice)
              check [--connection NAME]     the agent database, and each connection's cart database and SFTP
                                            server (login, host key, folders): one line each, OK or the reason
              purge --older-than DAYS       remove the history of runs that ended more than DAYS ago (not those
                                            that can still be restarted) and old copies of received files; never
                                            the ledger

            Files:
              validate FILE...              check X12 envelopes, counts and control numbers
              translate FILE [--to FORMAT]  the file's documents (X12, EDIFACT or XML) as JSON; with --to, the file (orders,
                                            ship notices, stock, acks) rendered in x12, edifact or xml

            Trying it out:
              demo [--shops 2 | --format edifact|xml | --platform prestashop|magento2]
                                            embedded MariaDB + demo WooCommerce store + sandbox warehouse;
                                            runs the whole loop and prints what happened (--shops 2: two
                                            shops, one in posts storage, sharing two warehouses by country;
                                            --format: the whole loop in EDIFACT or warehouse XML;
                                            --platform: on a demo store of that cart platform)
              sandbox [--port P] [--root DIR] [--authorized-keys FILE]
                                            run the sandbox warehouse's SFTP server alone (password
                                            login; key login for the keys in FILE)
            """;

    /** The options each command takes: any other is a usage error, not silently ignored. */
    static final Map<String, Set<String>> VALUE_OPTIONS = Map.ofEntries(
            Map.entry("run", Set.of("connection")),
            Map.entry("executions", Set.of("job", "status", "limit", "connection")),
            Map.entry("held", Set.of("connection")),
            Map.entry("files", Set.of("state", "connection")),
            Map.entry("resend", Set.of("connection")),
            Map.entry("order", Set.of("connection")),
            Map.entry("check", Set.of("connection")),
            Map.entry("purge", Set.of("older-than")),
            Map.entry("sandbox", Set.of("port", "root", "authorized-keys")),
            Map.entry("demo", Set.of("shops", "format", "platform")),
            Map.entry("translate", Set.of("to")));
    static final Set<String> FLAGS = Set.of("no-collect");

    private Cli() {
    }

    public static int run(String[] args) {
        quietConsoleUntilSpringConfiguresLogging();
        return run(args, System.out, System.err);
    }

    /** Logback's default prints everything on the console; the CLI's own output is what users read. */
    public static void quietConsoleUntilSpringConfiguresLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        // StAEDI reports schema details through java.util.logging at INFO
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args, VALUE_OPTIONS, FLAGS);
            return switch (line.command()) {
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                case "validate" -> new ValidateCommand(out, err).run(line.arguments());
                case "translate" -> new TranslateCommand(out, err).run(line.arguments(), line.options().get("to"));
                case "sandbox" -> SandboxCommand.run(line.options(), out);
                case "demo" -> DemoCommand.run(line.springArgs(), line.intOption("shops", 1), line.options().get("format"),
                        line.options().get("platform"), out);
                case "check" -> CheckCommand.run(line, out);
                case "serve" -> {
                    try (ConfigurableApplicationContext context = AgentContext.startServer(line.springArgs())) {
                        yield context.getBean(ServeCommand.class).serve(out);
                    }
                }
                case "purge" -> {
                    int days = line.intOption("older-than", 0);
                    if (days < 1) {
                        throw new UsageException("purge needs --older-than DAYS, at least 1");
                    }
                    try (ConfigurableApplicationContext context = AgentContext.start(line.springArgs())) {
                        yield io.cartbridge.agent.ops.PurgeCommand.run(context, days, out);
                    }
                }
                case "run", "executions", "execution", "restart", "stop", "abandon", "recover", "connections", "held", "files",
                     "order", "resend", "resend-file", "reprocess" -> {
                    try (ConfigurableApplicationContext context = AgentContext.start(line.springArgs())) {
                        yield context.getBean(AdminCommands.class).execute(line, out);
                    }
                }
                default -> throw new UsageException("unknown command '" + line.command() + "'; try 'cartbridge help'");
            };
        } catch (UsageException e) {
            err.println("cartbridge: " + e.getMessage());
            return 2;
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
}

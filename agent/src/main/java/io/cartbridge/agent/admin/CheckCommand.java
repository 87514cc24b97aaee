package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.check.CheckResult;
import io.cartbridge.agent.check.ConnectionChecks;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code check [--connection NAME]}: prints one line per check, grouped by connection, and exits 0 when
 * every check passed, 1 otherwise. The agent starts lazily and without migrating its database, so that
 * an unreachable database is one line among the others and a database left behind is reported, not changed.
 */
final class CheckCommand {

    static final Map<String, Object> LOOK_ONLY = Map.of(
            "spring.flyway.enabled", "false",
            "spring.main.lazy-initialization", "true");

    private CheckCommand() {
    }

    static int run(CommandLine line, PrintStream out) {
        try (ConfigurableApplicationContext context = AgentContext.start(line.springArgs(), LOOK_ONLY)) {
            ConnectionChecks checks = context.getBean(ConnectionChecks.class);
            String only = line.options().get("connection");
            if (only != null && !checks.connections().contains(only)) {
                throw new UsageException("no connection '" + only + "'; connections: " + String.join(", ", checks.connections()));
            }
            List<CheckResult> results = checks.check(only == null ? checks.connections() : List.of(only));
            print(results, out);
            return results.stream().allMatch(CheckResult::ok) ? 0 : 1;
        }
    }

    static void print(List<CheckResult> results, PrintStream out) {
        String connection = null;
        for (CheckResult result : results) {
            if (result.connection() == null) {
                out.println(result.line());
                continue;
            }
            if (!result.connection().equals(connection)) {
                connection = result.connection();
                out.println("connection " + connection + ":");
            }
            out.println("  " + result.line());
        }
        long failed = results.stream().filter(r -> !r.ok()).count();
        out.println(failed == 0 ? "All " + results.size() + " checks passed."
                : failed + " of " + results.size() + " checks failed.");
    }
}

package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.stereotype.Component;

/**
 * {@code connections}: what each connection joins (store, partner, the orders it takes) and how each job last
 * ran it, from its partition's step execution. Shows no URL and no secret: a cart URL may carry a password.
 */
@Component
class ConnectionsCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Connections connections;
    private final ExecutionQueries queries;

    ConnectionsCommand(Connections connections, ExecutionQueries queries) {
        this.connections = connections;
        this.queries = queries;
    }

    int print(PrintStream out) {
        List<Connection> all = ChosenConnections.configured(connections);
        Map<String, ExecutionQueries.PartitionRun> runs = queries.lastPartitionRuns();
        for (Connection c : all) {
            if (c != all.get(0)) {
                out.println();
            }
            out.println("connection " + c.name());
            out.println("  store:    " + c.store() + " (" + store(c.cart()) + ")");
            out.println("  partner:  " + c.partner().id() + " (" + partner(c.partner()) + ")");
            out.println("  routing:  " + routing(c, all));
            for (String job : PartitionSteps.JOBS) {
                out.printf("  %-17s %s%n", job + ":", lastRun(runs.get(PartitionSteps.of(job, c))));
            }
        }
        return 0;
    }

    private static String store(CartProperties cart) {
        String settings = cart.settings() == null ? "" : cart.settings().describe();
        return (cart.platform().equals("woocommerce") ? "WooCommerce" : cart.platform())
                + (settings.isEmpty() ? "" : ", " + settings) + ", table prefix " + cart.tablePrefix();
    }

    private static String partner(WarehouseProperties partner) {
        WarehouseProperties.Sftp sftp = partner.sftp();
        return partner.format().toUpperCase() + ", SFTP " + sftp.host() + ":" + sftp.port();
    }

    /** The ship-to countries it takes; the one without a list takes what the store's others do not. */
    private static String routing(Connection c, List<Connection> all) {
        if (!c.takesEveryCountry()) {
            return "orders shipped to " + String.join(", ", c.shipToCountries());
        }
        boolean others = all.stream().anyMatch(o -> o != c && o.store().equals(c.store()));
        return others ? "orders shipped to every other country" : "orders shipped to every country";
    }

    private static String lastRun(ExecutionQueries.PartitionRun run) {
        if (run == null) {
            return "never run";
        }
        return "execution " + run.jobExecutionId() + " " + run.status() + ", "
                + (run.endTime() == null ? "not ended (running, or its agent stopped)"
                : "ended " + run.endTime().format(TIME));
    }
}

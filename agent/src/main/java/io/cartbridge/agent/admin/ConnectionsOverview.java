package io.cartbridge.agent.admin;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cartbridge.agent.cart.CartProperties;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.serve.JobLocks;
import io.cartbridge.agent.serve.JobPauses;
import io.cartbridge.agent.serve.Schedules;
import io.cartbridge.agent.serve.ServeProperties;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.stereotype.Component;

/**
 * Each connection: what it joins (store, partner, the orders it takes) and, per job, its schedules, next scheduled
 * run, last run (its partition's step execution) and the process holding its lock. Shows no URL and no secret: a
 * cart URL may carry a password. A paused job says when and by whom it was paused. {@code connections} prints it;
 * {@code GET /api/jobs} and the overview page render it.
 */
@Component
public class ConnectionsOverview {

    /**
     * One connection.
     *
     * @param storeDescription   {@code WooCommerce, hpos storage, table prefix wp_}
     * @param partnerDescription {@code X12, SFTP host:22}
     * @param routing            which orders it takes, in words
     */
    public record ConnectionView(String name, String store, String storeDescription, String partner,
                                 String partnerDescription, String routing, List<JobView> jobs) {
    }

    /**
     * One job for one connection.
     *
     * @param lockName  the job lock and partition step ({@code order-export:eu-shop})
     * @param schedules the schedules that start it ({@code serve}), in words; empty when none is on
     * @param nextRun   the next time a schedule starts it, or null
     * @param lastRun   its partition's last run, or null when never run
     * @param lockOwner the process running it now ({@code pid@host}), or null
     * @param paused    when and by whom an admin paused it (no schedule or trigger starts it), or null
     */
    public record JobView(String job, String connection, String lockName, List<String> schedules, ZonedDateTime nextRun,
                          ExecutionQueries.PartitionRun lastRun, String lockOwner, JobPauses.Pause paused) {
    }

    private final Connections connections;
    private final ExecutionQueries queries;
    private final JobLocks locks;
    private final ServeProperties properties;
    private final JobPauses pauses;

    ConnectionsOverview(Connections connections, ExecutionQueries queries, JobLocks locks, ServeProperties properties,
                        JobPauses pauses) {
        this.pauses = pauses;
        this.connections = connections;
        this.queries = queries;
        this.locks = locks;
        this.properties = properties;
    }

    /** Every connection, in declared order. */
    public List<ConnectionView> connections() {
        List<Connection> all = ChosenConnections.configured(connections);
        Map<String, ExecutionQueries.PartitionRun> runs = queries.lastPartitionRuns();
        List<Schedules.Schedule> schedules = Schedules.of(properties.schedule());
        Map<String, JobPauses.Pause> paused = pauses.all();
        return all.stream().map(c -> new ConnectionView(c.name(), c.store(), store(c.cart()), c.partner().id(),
                partner(c.partner()), routing(c, all), PartitionSteps.JOBS.stream().map(job -> {
                    String lock = PartitionSteps.of(job, c);
                    List<Schedules.Schedule> starting = schedules.stream().filter(s -> s.jobs().contains(job)).toList();
                    ZonedDateTime next = starting.stream().map(s -> s.cron().next(ZonedDateTime.now(s.zone())))
                            .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
                    return new JobView(job, c.name(), lock, starting.stream().map(Schedules.Schedule::describe).toList(), next,
                            runs.get(lock), locks.holder(lock).orElse(null), paused.get(lock));
                }).toList())).toList();
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
}

package io.cartbridge.agent.ops;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.connections.Partitions;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The ledger as Prometheus gauges, computed when scraped (through {@link LedgerReadings}'s short cache):
 * <ul>
 * <li>{@code cartbridge_orders_exported} (in files put on the warehouse's server) and {@code cartbridge_orders_held}, per connection (tags store, partner,
 * connection; two connections of one store to one partner share their rows, so they show the same figures);</li>
 * <li>{@code cartbridge_files_sent} (on the partner's server: uploaded, accepted or rejected) per store and partner,
 * {@code cartbridge_files_received} per partner, {@code cartbridge_files_rejected} per partner and direction
 * ({@code outbound}: by the warehouse's 997 / CONTRL; {@code inbound}: by us);</li>
 * <li>{@code cartbridge_oldest_unacknowledged_file_age_seconds} per store and partner: the order file longest on the
 * warehouse's server without an acknowledgment, 0 when none waits;</li>
 * <li>{@code cartbridge_job_last_success_timestamp_seconds} per job and connection (tag partition too: the
 * connection, or for inbound-collect the partner whose folder it reads), Unix time; NaN before the first.</li>
 * </ul>
 * The connections are those configured when the agent starts. The gauges are registered once the agent's beans are
 * all made, and not at all when the agent starts lazily: {@code check} does, so as not to touch the agent's database
 * before its own check of it, and making the jobs here would make the job repository, which connects.
 */
@Component
class LedgerMetrics implements SmartInitializingSingleton {

    private static final OutboundFiles.State[] SENT = {OutboundFiles.State.UPLOADED, OutboundFiles.State.ACCEPTED, OutboundFiles.State.REJECTED};

    private final LedgerReadings readings;
    private final Connections connections;
    private final ObjectProvider<Partitions> partitionsProvider;
    private final ObjectProvider<Job> jobsProvider;
    private final ObjectProvider<MeterRegistry> registries;
    private final boolean lazy;

    LedgerMetrics(LedgerReadings readings, Connections connections, ObjectProvider<Partitions> partitions,
                  ObjectProvider<Job> jobs, ObjectProvider<MeterRegistry> registries, Environment environment) {
        this.readings = readings;
        this.connections = connections;
        this.partitionsProvider = partitions;
        this.jobsProvider = jobs;
        this.registries = registries;
        this.lazy = environment.getProperty("spring.main.lazy-initialization", Boolean.class, false);
    }

    @Override
    public void afterSingletonsInstantiated() {
        MeterRegistry registry = lazy ? null : registries.getIfAvailable();
        if (registry != null) {
            bindTo(registry);
        }
    }

    void bindTo(MeterRegistry registry) {
        Partitions partitions = partitionsProvider.getObject();
        List<String> jobs = jobsProvider.orderedStream().map(Job::getName).sorted().toList();
        List<Connection> all;
        try {
            all = connections.all();
        } catch (ConfigurationException e) {
            return;
        }
        Set<String> storePartners = new LinkedHashSet<>();
        Set<String> partners = new LinkedHashSet<>();
        List<String> steps = new ArrayList<>();
        for (Connection c : all) {
            String store = c.store();
            String partner = c.partner().id();
            Tags tags = Tags.of("store", store, "partner", partner, "connection", c.name());
            gauge(registry, "cartbridge.orders.exported", "Orders in files put on the warehouse's server", tags,
                    s -> s.orders(store, partner, LedgerReadings.EXPORTED));
            gauge(registry, "cartbridge.orders.held", "Orders held back, with a reason to fix", tags,
                    s -> s.orders(store, partner, LedgerReadings.HELD));
            if (storePartners.add(store + "/" + partner)) {
                Tags pair = Tags.of("store", store, "partner", partner);
                gauge(registry, "cartbridge.files.sent", "Files put on the warehouse's server", pair,
                        s -> s.outbound(store, partner, SENT));
                Gauge.builder("cartbridge.oldest.unacknowledged.file.age", readings,
                                r -> r.current().oldestWaitingSeconds(store, partner, LocalDateTime.now()))
                        .description("Age of the oldest order file on the warehouse's server without an acknowledgment")
                        .baseUnit("seconds").tags(pair).register(registry);
            }
            if (partners.add(partner)) {
                Tags of = Tags.of("partner", partner);
                gauge(registry, "cartbridge.files.received", "Files received from the warehouse", of,
                        s -> s.inbound(partner, null));
                gauge(registry, "cartbridge.files.rejected", "Files rejected", of.and("direction", "inbound"),
                        s -> s.inbound(partner, InboundFiles.State.REJECTED));
                gauge(registry, "cartbridge.files.rejected", "Files rejected", of.and("direction", "outbound"),
                        s -> s.outboundOfPartner(partner, OutboundFiles.State.REJECTED));
            }
            for (String job : jobs) {
                List<String> names;
                try {
                    names = partitions.partitionNames(job, c.name());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                for (String partition : names) {
                    String step = Partitions.stepName(job, partition);
                    steps.add(step);
                    Gauge.builder("cartbridge.job.last.success.timestamp", readings,
                                    r -> r.current().lastSuccessEpochSeconds(step))
                            .description("When the job last completed for the connection, Unix time").baseUnit("seconds")
                            .tags(Tags.of("job", job, "connection", c.name(), "partition", partition))
                            .register(registry);
                }
            }
        }
        readings.watchPartitionSteps(steps.stream().distinct().toList());
    }

    private void gauge(MeterRegistry registry, String name, String description, Tags tags,
                       ToDoubleFunction<LedgerReadings.Snapshot> value) {
        Gauge.builder(name, readings, r -> value.applyAsDouble(r.current())).description(description).tags(tags)
                .register(registry);
    }
}

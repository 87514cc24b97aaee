package io.cartbridge.agent.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.TestAgent;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import io.cartbridge.edi.model.Address;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Actuator health of carts and SFTP servers, and the Prometheus metrics of the ledger and of runs, on a real
 * agent database, WooCommerce store and SFTP server, read as beans (only {@code serve} has a web server).
 */
class OpsMetricsIT {

    static final Address BUYER = new Address("Ada Buyer", null, "2 Elm St", null, "Portland", "OR", "97201", "US",
            "555-0102", "ada@example.com");
    /** Actuator's auto-configuration, which only serve's context loads, loaded here too: none excluded. */
    static final Map<String, Object> NO_CACHE = Map.of("cartbridge.monitoring.metrics-cache", "0s",
            "cartbridge.monitoring.health-cache", "0s", "spring.mail.host", "127.0.0.1", "spring.autoconfigure.exclude", "");

    @TempDir
    Path folder;
    TestAgent agent;

    @BeforeEach
    void store() {
        agent = new TestAgent(folder);
        agent.store().product(10, "SKU-A", null).product(12, null, null);
        agent.store().order(3001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        agent.store().order(3002, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 2, "A")));
        agent.store().order(3003, "wc-processing", BUYER, "flat_rate", List.of(Line.of(12, 1, "No-SKU thing")));
    }

    @AfterEach
    void close() {
        agent.close();
    }

    @Test
    void theScrapeCarriesTheLedgersFiguresAndTheRunsDurations() {
        try (ConfigurableApplicationContext context = agent.start(NO_CACHE)) {
            assertThat(context.getBean(AdminCommands.class).run("order-export").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            PrometheusMeterRegistry prometheus = context.getBean(PrometheusMeterRegistry.class);
            String connection = "{connection=\"default\",partner=\"acme3pl\",store=\"default\"}";
            String pair = "{partner=\"acme3pl\",store=\"default\"}";

            String scrape = prometheus.scrape();

            assertThat(value(scrape, "cartbridge_orders_exported" + connection)).isEqualTo(2.0);
            assertThat(value(scrape, "cartbridge_orders_held" + connection)).isEqualTo(1.0);
            assertThat(value(scrape, "cartbridge_files_sent" + pair)).isEqualTo(1.0);
            assertThat(value(scrape, "cartbridge_files_received{partner=\"acme3pl\"}")).isEqualTo(0.0);
            assertThat(value(scrape, "cartbridge_files_rejected{direction=\"outbound\",partner=\"acme3pl\"}")).isEqualTo(0.0);
            assertThat(value(scrape, "cartbridge_files_rejected{direction=\"inbound\",partner=\"acme3pl\"}")).isEqualTo(0.0);
            assertThat(value(scrape, "cartbridge_job_last_success_timestamp_seconds"
                    + "{connection=\"default\",job=\"order-export\",partition=\"default\"}"))
                    .isCloseTo(Instant.now().getEpochSecond(), within(30.0));
            assertThat(scrape).contains("cartbridge_job_last_success_timestamp_seconds"
                    + "{connection=\"default\",job=\"inbound-collect\",partition=\"acme3pl\"} NaN");
            assertThat(value(scrape, "cartbridge_job_duration_seconds_count{job=\"order-export\",status=\"COMPLETED\"}"))
                    .isEqualTo(1.0);
            assertThat(value(scrape, "cartbridge_step_duration_seconds_count"
                    + "{job=\"order-export\",partition=\"default\",status=\"COMPLETED\",step=\"order-extract\"}")).isEqualTo(1.0);
            assertThat(value(scrape, "cartbridge_step_duration_seconds_count"
                    + "{job=\"order-export\",partition=\"default\",status=\"COMPLETED\",step=\"file-upload\"}")).isEqualTo(1.0);
            assertThat(scrape).as("Spring Batch's own job observation reaches the registry too")
                    .containsPattern("spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"order-export\"");
            double age = value(scrape, "cartbridge_oldest_unacknowledged_file_age_seconds" + pair);
            assertThat(age).isBetween(0.0, 30.0);

            agent.ledger().update("UPDATE cb_outbound_file SET uploaded_at = uploaded_at - INTERVAL 1 HOUR");
            assertThat(value(prometheus.scrape(), "cartbridge_oldest_unacknowledged_file_age_seconds" + pair))
                    .isBetween(3600.0, 3630.0);
            agent.ledger().update("UPDATE cb_outbound_file SET state = 'REJECTED', reason = 'AK5*R'");
            scrape = prometheus.scrape();
            assertThat(value(scrape, "cartbridge_files_rejected{direction=\"outbound\",partner=\"acme3pl\"}")).isEqualTo(1.0);
            assertThat(value(scrape, "cartbridge_oldest_unacknowledged_file_age_seconds" + pair))
                    .as("a rejected file is acknowledged").isEqualTo(0.0);
        }
    }

    @Test
    void cartAndSftpHealthSayWhatTheyFoundAndNoSecret() {
        try (ConfigurableApplicationContext context = agent.start(NO_CACHE)) {
            HealthIndicator cart = (HealthIndicator) context.getBean("cartsHealthContributor", CompositeHealthContributor.class)
                    .getContributor("default");
            HealthIndicator sftp = (HealthIndicator) context.getBean("sftpHealthContributor", CompositeHealthContributor.class)
                    .getContributor("acme3pl");

            Health cartHealth = cart.health();
            Health sftpHealth = sftp.health();

            assertThat(cartHealth.getStatus()).isEqualTo(Status.UP);
            assertThat(cartHealth.getDetails()).containsEntry("store", "default")
                    .containsEntry("database", agent.store().url() + " as " + io.cartbridge.agent.support.TestDatabase.user())
                    .containsEntry("platform", "WooCommerce hpos storage, 10 tables under 'wp_'");
            assertThat(sftpHealth.getStatus()).isEqualTo(Status.UP);
            assertThat(sftpHealth.getDetails()).containsEntry("server", "cartbridge@127.0.0.1:" + agent.warehouse().port())
                    .containsEntry("outbound", "/in").containsEntry("inbound", "/out").containsEntry("waiting", 0);
            assertThat(sftpHealth.toString()).doesNotContain(agent.warehouse().password());
            HealthContributorRegistry registry = context.getBean(HealthContributorRegistry.class);
            assertThat(registry.getContributor("db")).as("Boot's agent database health").isNotNull();
            assertThat(registry.getContributor("carts")).isNotNull();
            assertThat(registry.getContributor("sftp")).isNotNull();
            assertThat(registry.getContributor("mail")).as("an SMTP outage is not the agent's health").isNull();

            agent.warehouse().close();
            Health down = sftp.health();

            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) down.getDetails().get("error")).isNotBlank();
            assertThat(down.toString()).doesNotContain(agent.warehouse().password());
        }
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as(series + " in\n" + scrape.lines().filter(l -> l.startsWith("cartbridge"))
                .reduce("", (a, b) -> a + b + "\n")).isTrue();
        return Double.parseDouble(m.group(1));
    }
}

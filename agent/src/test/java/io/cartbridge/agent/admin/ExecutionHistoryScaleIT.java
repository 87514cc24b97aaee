package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import io.cartbridge.agent.admin.ExecutionQueries.ExecutionFilter;
import io.cartbridge.agent.admin.ExecutionQueries.ExecutionPage;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The executions list (page and API) and the overview's last runs stay fast on a large history: 100,000 job
 * executions over a year with two step executions each, seeded in SQL in a database of their own, then each filter the
 * page offers timed (best of three). Prints the figures; fails if one takes more than a second.
 */
class ExecutionHistoryScaleIT {

    private static final int EXECUTIONS = 100_000;
    private static final Duration LIMIT = Duration.ofSeconds(1);

    @Test
    void everyFilterOfTheExecutionsPageAndTheOverviewsLastRunsAnswerWithinASecondOnAHundredThousandRuns() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabase.create("history"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        seed(jdbc);
        ExecutionQueries queries = new ExecutionQueries(jdbc, oneConnection());
        LocalDateTime monthAgo = LocalDateTime.now().minusDays(60);

        ExecutionPage newest = timed("newest 25", () -> queries.executions(filter(null, null, null, null, null, 0)));
        assertThat(newest.executions()).hasSize(25).first().extracting(ExecutionQueries.ExecutionSummary::id)
                .isEqualTo((long) EXECUTIONS);
        assertThat(newest.more()).isTrue();
        ExecutionPage failed = timed("order-export FAILED", () -> queries.executions(filter("order-export", "FAILED", null, null,
                null, 0)));
        assertThat(failed.executions()).hasSize(25).allSatisfy(e -> assertThat(e.status()).isEqualTo("FAILED"));
        ExecutionPage window = timed("FAILED, connection, 30 days", () -> queries.executions(filter(null, "FAILED", "default",
                monthAgo, monthAgo.plusDays(30), 0)));
        assertThat(window.executions()).isNotEmpty().allSatisfy(e -> assertThat(e.startTime()).isBetween(monthAgo,
                monthAgo.plusDays(30)));
        assertThat(timed("page 1000", () -> queries.executions(filter(null, null, null, null, null, 1000))).executions())
                .first().extracting(ExecutionQueries.ExecutionSummary::id).isEqualTo((long) EXECUTIONS - 25_000);
        assertThat(timed("a status no run has", () -> queries.executions(filter(null, "STOPPING", null, null, null, 0)))
                .executions()).isEmpty();
        assertThat(timed("a day a year ago", () -> queries.executions(filter("shipment-import", null, "default",
                LocalDateTime.now().minusDays(300), LocalDateTime.now().minusDays(299), 0))).executions()).isNotEmpty();
        assertThat(timed("every partition's last run (overview)", queries::lastPartitionRuns).get("order-export:default")
                .jobExecutionId()).isEqualTo((long) EXECUTIONS);
    }

    /** The single-shop shorthand's connection {@code default}, to partner {@code acme3pl}. */
    private static Connections oneConnection() {
        Map<String, String> settings = Map.of("cartbridge.cart.url", "jdbc:mariadb://127.0.0.1/shop",
                "cartbridge.warehouse.id", "acme3pl", "cartbridge.warehouse.x12.sender-id", "MYSHOP",
                "cartbridge.warehouse.x12.receiver-id", "ACME3PL", "cartbridge.warehouse.sftp.host", "127.0.0.1",
                "cartbridge.warehouse.sftp.username", "shop", "cartbridge.warehouse.sftp.password", "unused",
                "cartbridge.warehouse.sftp.allow-unknown-host-keys", "true");
        return Connections.bind(new Binder(new MapConfigurationPropertySource(settings)));
    }

    private static ExecutionFilter filter(String job, String status, String connection, LocalDateTime from, LocalDateTime to,
                                          int page) {
        return new ExecutionFilter(job, status, connection, from, to, page, 25);
    }

    /** {@return what the query gave}, after timing it three times and printing the best */
    private static <T> T timed(String what, Supplier<T> query) {
        long[] nanos = new long[3];
        T result = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            result = query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Duration best = Duration.ofNanos(Arrays.stream(nanos).min().orElseThrow());
        System.out.printf("executions history of %,d runs, %s: %d ms%n", EXECUTIONS, what, best.toMillis());
        assertThat(best).as(what).isLessThan(LIMIT);
        return result;
    }

    /**
     * One run every 5 minutes over the year before now, the four jobs in turn, every 200th FAILED; each with its
     * manager step and its partition's step (the default connection, or inbound-collect's partner).
     */
    private static void seed(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY)
                SELECT seq, 0, ELT(1 + MOD(seq, 4), 'order-export', 'inbound-collect', 'shipment-import', 'inventory-import'), MD5(seq)
                FROM seq_1_to_%d""".formatted(EXECUTIONS));
        jdbc.update("""
                INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, END_TIME,
                                                 STATUS, EXIT_CODE, EXIT_MESSAGE, LAST_UPDATED)
                SELECT seq, 2, seq, t, t, t + INTERVAL 20 SECOND, IF(MOD(seq, 200) = 0, 'FAILED', 'COMPLETED'),
                       IF(MOD(seq, 200) = 0, 'FAILED', 'COMPLETED'), '', t + INTERVAL 20 SECOND
                FROM (SELECT seq, NOW(6) - INTERVAL (%d - seq) * 5 MINUTE - INTERVAL 1 MINUTE AS t FROM seq_1_to_%d) s"""
                .formatted(EXECUTIONS, EXECUTIONS));
        jdbc.update("""
                INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, START_TIME,
                                                  END_TIME, STATUS, COMMIT_COUNT, READ_COUNT, FILTER_COUNT, WRITE_COUNT,
                                                  READ_SKIP_COUNT, WRITE_SKIP_COUNT, PROCESS_SKIP_COUNT, ROLLBACK_COUNT,
                                                  EXIT_CODE, EXIT_MESSAGE, LAST_UPDATED)
                SELECT e.JOB_EXECUTION_ID * 2 - p.seq, 3,
                       IF(p.seq = 1, i.JOB_NAME, CONCAT(i.JOB_NAME, ':', IF(i.JOB_NAME = 'inbound-collect', 'acme3pl', 'default'))),
                       e.JOB_EXECUTION_ID, e.CREATE_TIME, e.START_TIME, e.END_TIME, e.STATUS, 1, 10, 0, 10, 0, 0, 0, 0,
                       e.EXIT_CODE, '', e.LAST_UPDATED
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                CROSS JOIN seq_0_to_1 p""");
    }
}

package io.cartbridge.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cartbridge.agent.ledger.Shipments.Key;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two shipment-import chunks working on the same shipments at once, as two overlapping runs do: the
 * ledger row is the claim, so the second waits for the first and then finds every shipment taken
 * (nothing of it goes to the cart twice), or, when the first rolls back, claims them itself.
 */
class ShipmentClaimIT {

    /** Transactions of this test's database waiting for a lock (the server is shared with other tests). */
    static final String LOCK_WAITS = """
            SELECT COUNT(*) FROM information_schema.innodb_trx t
            JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
            WHERE t.trx_state = 'LOCK WAIT' AND p.db = DATABASE()""";
    static final List<Shipment> NOTICE = List.of(pending("5002"), pending("5001"), pending("5003"));

    DriverManagerDataSource dataSource;
    JdbcTemplate jdbc;
    Shipments shipments;
    TransactionTemplate transaction;
    CompletableFuture<Set<Key>> second;

    @BeforeEach
    void ledger() {
        dataSource = new DriverManagerDataSource(TestDatabase.create("claim"), TestDatabase.user(), TestDatabase.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        shipments = new Shipments(jdbc);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void noWaiterLeft() {
        if (second != null) {
            second.cancel(true);
        }
    }

    @Test
    void aSecondChunkWaitsForTheFirstAndClaimsNothingItCommitted() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Set<Key>> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            Set<Key> won = shipments.claim(Stores.DEFAULT, "acme3pl", 1L, NOTICE);
            claimed.countDown();
            waitFor(release);
            shipments.settle(Stores.DEFAULT, "acme3pl", NOTICE.stream().map(ShipmentClaimIT::applied).toList());
            return won;
        }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

        second = CompletableFuture.supplyAsync(() -> transaction.execute(status -> shipments.claim(Stores.DEFAULT, "acme3pl", 1L, NOTICE)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(LOCK_WAITS, Integer.class) == 1);
        assertThat(second).as("waiting on the first chunk's claims").isNotDone();
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder(
                new Key("TRUCK-1", "5001"), new Key("TRUCK-1", "5002"), new Key("TRUCK-1", "5003"));
        assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(shipments.list(Stores.DEFAULT, "acme3pl")).extracting(Shipment::orderNumber, Shipment::state, Shipment::cartOrderId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("5001", Shipments.State.APPLIED, "5001"),
                        org.assertj.core.groups.Tuple.tuple("5002", Shipments.State.APPLIED, "5002"),
                        org.assertj.core.groups.Tuple.tuple("5003", Shipments.State.APPLIED, "5003"));
    }

    @Test
    void whenTheFirstChunkRollsBackTheSecondClaimsEveryShipment() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            shipments.claim(Stores.DEFAULT, "acme3pl", 1L, NOTICE);
            claimed.countDown();
            waitFor(release);
            status.setRollbackOnly();
        }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

        second = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            Set<Key> won = shipments.claim(Stores.DEFAULT, "acme3pl", 1L, NOTICE);
            shipments.settle(Stores.DEFAULT, "acme3pl", NOTICE.stream().map(ShipmentClaimIT::applied).toList());
            return won;
        }));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(LOCK_WAITS, Integer.class) == 1);
        release.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(second.get(30, TimeUnit.SECONDS)).hasSize(3);
        assertThat(shipments.list(Stores.DEFAULT, "acme3pl")).extracting(Shipment::state).containsExactly(Shipments.State.APPLIED, Shipments.State.APPLIED, Shipments.State.APPLIED);
    }

    private static Shipment pending(String order) {
        return new Shipment("TRUCK-1", order, order, null, null, "UPSN", "1Z" + order, false, 1);
    }

    private static Shipment applied(Shipment s) {
        return new Shipment(s.shipmentId(), s.orderNumber(), s.cartOrderId(), Shipments.State.APPLIED, "applied", s.carrier(),
                s.trackingNumbers(), true, s.inboundFileId());
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

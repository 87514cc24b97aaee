package io.cartbridge.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;

import io.cartbridge.agent.ledger.Shipments.Key;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two shops at one partner: their order 1001 are two orders, a shipment id and order number the warehouse
 * sends for each is applied to each, and each shop numbers its interchanges under its own sender id, so both
 * send a file with control number 1, under names of their own.
 */
class StoresInLedgerIT {

    private static final String EU = "eu-shop";
    private static final ControlNumbers.Pair DEFAULT_PAIR = new ControlNumbers.Pair("ZZ:MYSHOP", "ZZ:ACME3PL");
    private static final ControlNumbers.Pair EU_PAIR = new ControlNumbers.Pair("ZZ:MYSHOPEU", "ZZ:ACME3PL");
    private static final String FILED_1001 = """
            SELECT CONCAT(o.store, ':', o.state, ':', f.file_name, ':', f.control_number)
            FROM cb_order o JOIN cb_outbound_file f ON f.id = o.file_id
            WHERE o.partner = 'acme3pl' AND o.cart_order_id = '1001' ORDER BY o.store""";

    JdbcTemplate jdbc;
    TransactionTemplate transaction;
    OrderLedger ledger;
    OutboundFiles files;
    ControlNumbers counters;
    Shipments shipments;

    @BeforeEach
    void ledger() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabase.create("stores"),
                TestDatabase.user(), TestDatabase.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ledger = new OrderLedger(jdbc);
        files = new OutboundFiles(jdbc);
        counters = new ControlNumbers(jdbc);
        shipments = new Shipments(jdbc);
    }

    @Test
    void twoStoresOrder1001AreTwoOrdersEachInItsOwnFile() {
        file(Stores.DEFAULT, DEFAULT_PAIR);
        file(EU, EU_PAIR);

        assertThat(jdbc.queryForList(FILED_1001, String.class)).containsExactly(
                "default:FILED:acme3pl-940-000000001.edi:1",
                "eu-shop:FILED:acme3pl-eu-shop-940-000000001.edi:1");
        assertThat(ledger.states(EU, "acme3pl", List.of("1001", "1002"))).containsExactly(java.util.Map.entry("1001", OrderLedger.State.FILED));
        assertThat(ledger.requestResend(EU, "acme3pl", "1001")).isTrue();
        assertThat(ledger.states(Stores.DEFAULT, "acme3pl", List.of("1001"))).as("the other shop's order is untouched")
                .containsExactly(java.util.Map.entry("1001", OrderLedger.State.FILED));
        assertThat(files.nextRendered(EU, "acme3pl", 0).fileName()).isEqualTo("acme3pl-eu-shop-940-000000001.edi");
        assertThat(counters.last(DEFAULT_PAIR, ControlNumbers.X12_INTERCHANGE)).isEqualTo(1);
        assertThat(counters.last(EU_PAIR, ControlNumbers.X12_INTERCHANGE)).isEqualTo(1);
    }

    @Test
    void theSameShipmentAndOrderNumberForTwoStoresAreTwoShipments() {
        List<Shipment> notice = List.of(new Shipment("SHP-1", "1001", "1001", null, null, "UPSN", "1Z1", false, 1));
        Set<Key> defaultWon = transaction.execute(status -> claimAndApply(Stores.DEFAULT, notice));
        Set<Key> euWon = transaction.execute(status -> claimAndApply(EU, notice));
        Set<Key> again = transaction.execute(status -> claimAndApply(EU, notice));

        assertThat(defaultWon).containsExactly(new Key("SHP-1", "1001"));
        assertThat(euWon).as("not taken by the other shop's shipment").containsExactly(new Key("SHP-1", "1001"));
        assertThat(again).as("but once per shop").isEmpty();
        assertThat(jdbc.queryForList("SELECT CONCAT(store, ':', state) FROM cb_shipment ORDER BY store", String.class))
                .containsExactly("default:APPLIED", "eu-shop:APPLIED");
        assertThat(shipments.list(EU, "acme3pl")).extracting(Shipment::shipmentId, Shipment::orderNumber, Shipment::state)
                .containsExactly(tuple("SHP-1", "1001", Shipments.State.APPLIED));
    }

    private Set<Key> claimAndApply(String store, List<Shipment> notice) {
        Set<Key> won = shipments.claim(store, "acme3pl", 1L, notice);
        shipments.settle(store, "acme3pl", notice.stream().filter(s -> won.contains(s.key()))
                .map(s -> new Shipment(s.shipmentId(), s.orderNumber(), s.cartOrderId(), Shipments.State.APPLIED, "applied",
                        s.carrier(), s.trackingNumbers(), true, s.inboundFileId())).toList());
        return won;
    }

    /** Files the store's order 1001 as order-export does: lock, number, file, record. */
    private void file(String store, ControlNumbers.Pair pair) {
        transaction.executeWithoutResult(status -> {
            counters.lock(store, "acme3pl", pair, ControlNumbers.X12_INTERCHANGE);
            assertThat(ledger.states(store, "acme3pl", List.of("1001"))).isEmpty();
            long number = counters.next(store, "acme3pl", pair, ControlNumbers.X12_INTERCHANGE);
            long fileId = files.add(store, "acme3pl", "X12", "940", number,
                    OutboundFiles.fileName(store, "acme3pl", "940", number), 1, "ISA".getBytes());
            ledger.record(store, "acme3pl", 1L, List.of(
                    new OrderLedger.Entry("1001", "1001", OrderLedger.State.FILED, null, fileId, "0001")));
        });
    }
}

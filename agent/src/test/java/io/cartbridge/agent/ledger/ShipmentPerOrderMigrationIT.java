package io.cartbridge.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import io.cartbridge.agent.ledger.Shipments.Key;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V8 keys applied shipments on (partner, shipment id, order number) instead of the shipment id alone.
 * A ledger written by an earlier agent keeps every row, and each still stops its shipment from being
 * applied again to its order; the other orders of a notice can now be recorded beside it. A notice
 * without an order number stays recorded once per shipment id.
 */
class ShipmentPerOrderMigrationIT {

    @Test
    void existingShipmentsSurviveAndTheOtherOrdersOfANoticeCanBeRecorded() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabase.create("v8"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(dataSource).target("7").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        shipment(jdbc, "acme3pl", "ASN-50001", "WC-10041", "APPLIED", 1);   // the first order of a two-order 856
        shipment(jdbc, "acme3pl", "SHP-2", "5002", "NOT_ON_ORDER", 0);
        shipment(jdbc, "acme3pl", "SHP-3", null, "UNKNOWN_ORDER", 0);
        shipment(jdbc, "other3pl", "ASN-50001", "WC-10041", "APPLIED", 1);

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.queryForList("""
                SELECT CONCAT_WS(':', partner, shipment_id, IFNULL(order_number, '(none)'), CONCAT('[', order_key, ']'),
                       state, order_complete)
                FROM cb_shipment ORDER BY id""", String.class)).containsExactly(
                "acme3pl:ASN-50001:WC-10041:[WC-10041]:APPLIED:1",
                "acme3pl:SHP-2:5002:[5002]:NOT_ON_ORDER:0",
                "acme3pl:SHP-3:(none):[]:UNKNOWN_ORDER:0",
                "other3pl:ASN-50001:WC-10041:[WC-10041]:APPLIED:1");
        assertThat(jdbc.queryForList("""
                SELECT column_name FROM information_schema.statistics
                WHERE table_schema = DATABASE() AND table_name = 'cb_shipment' AND index_name = 'cb_shipment_per_order'
                ORDER BY seq_in_index""", String.class)).as("with the store since V12")
                .containsExactly("store", "partner", "shipment_id", "order_key");

        Shipments shipments = new Shipments(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        List<Shipment> notice = List.of(
                pending("ASN-50001", "WC-10041"), pending("ASN-50001", "WC-10042"), pending("SHP-3", null));
        Set<Key> won = transaction.execute(status -> {
            Set<Key> claimed = shipments.claim(Stores.DEFAULT, "acme3pl", 1L, notice);
            shipments.settle(Stores.DEFAULT, "acme3pl", notice.stream().filter(s -> claimed.contains(s.key()))
                    .map(s -> new Shipment(s.shipmentId(), s.orderNumber(), "42", Shipments.State.APPLIED, "applied", s.carrier(),
                            s.trackingNumbers(), true, s.inboundFileId())).toList());
            return claimed;
        });

        assertThat(won).as("only the order the old key dropped").containsExactly(new Key("ASN-50001", "WC-10042"));
        assertThat(shipments.list(Stores.DEFAULT, "acme3pl")).extracting(Shipment::shipmentId, Shipment::orderNumber,
                Shipment::state, Shipment::inboundFileId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ASN-50001", "WC-10041", Shipments.State.APPLIED, 7L),
                org.assertj.core.groups.Tuple.tuple("SHP-2", "5002", Shipments.State.NOT_ON_ORDER, 7L),
                org.assertj.core.groups.Tuple.tuple("SHP-3", null, Shipments.State.UNKNOWN_ORDER, 7L),
                org.assertj.core.groups.Tuple.tuple("ASN-50001", "WC-10042", Shipments.State.APPLIED, 9L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_shipment WHERE state = 'CLAIMED'", Integer.class)).isZero();
        assertThatThrownBy(() -> shipment(jdbc, "acme3pl", "SHP-3", null, "UNKNOWN_ORDER", 0))
                .as("a notice without order number is one row per shipment id").isInstanceOf(DuplicateKeyException.class);
    }

    private static Shipment pending(String shipmentId, String orderNumber) {
        return new Shipment(shipmentId, orderNumber, null, null, null, "UPSN", "1Z1", false, 9);
    }

    private static void shipment(JdbcTemplate jdbc, String partner, String shipmentId, String orderNumber, String state,
                                 int complete) {
        jdbc.update("""
                INSERT INTO cb_shipment (partner, shipment_id, order_number, cart_order_id, inbound_file_id, state, reason,
                       carrier, tracking_numbers, order_complete, applied_at)
                VALUES (?, ?, ?, NULL, 7, ?, NULL, 'UPSN', '1Z1', ?, NOW(6))""", partner, shipmentId, orderNumber, state,
                complete);
    }
}

package io.cartbridge.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V12 puts the store in every "applied once" key and keys control number counters on the sender and receiver
 * id pair. A single-shop ledger keeps every row, under the store {@code default}, and its interchange numbers
 * go on where they were: the partner's counter from before is taken over by the pair that first uses it.
 */
class StoreInLedgerKeysMigrationIT {

    private static final ControlNumbers.Pair SHOP = new ControlNumbers.Pair("ZZ:MYSHOP", "ZZ:ACME3PL");
    private static final String COUNT_BY_STORE = """
            SELECT CONCAT(
                (SELECT GROUP_CONCAT(DISTINCT store) FROM cb_order), '/', (SELECT COUNT(*) FROM cb_order), ' ',
                (SELECT GROUP_CONCAT(DISTINCT store) FROM cb_shipment), '/', (SELECT COUNT(*) FROM cb_shipment), ' ',
                (SELECT GROUP_CONCAT(DISTINCT store) FROM cb_inbound_file), '/', (SELECT COUNT(*) FROM cb_inbound_file), ' ',
                (SELECT GROUP_CONCAT(DISTINCT store) FROM cb_outbound_file), '/', (SELECT COUNT(*) FROM cb_outbound_file))""";

    @Test
    void everyRowIsTheDefaultStoresAndTheNextControlNumberFollowsTheOldCounter() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabase.create("v12"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(dataSource).target("11").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        outboundFile(jdbc, 1, "940", 40);
        outboundFile(jdbc, 2, "997", 41);
        order(jdbc, "1001", "FILED", 1);
        order(jdbc, "1002", "FILED", 1);
        order(jdbc, "1003", "HELD", null);
        inboundFile(jdbc, 7, "945", "000000017");
        inboundFile(jdbc, 8, "846", "000000018");
        shipment(jdbc, "SHP-1", "1001");
        shipment(jdbc, "SHP-1", "1002");
        jdbc.update("INSERT INTO cb_counter (partner, counter_name, last_value) VALUES ('acme3pl', 'x12-interchange', 41)");

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.queryForObject(COUNT_BY_STORE, String.class)).as("every row kept, as the default store's")
                .isEqualTo("default/3 default/2 default/2 default/2");
        OrderLedger ledger = new OrderLedger(jdbc);
        assertThat(ledger.held(Stores.DEFAULT, "acme3pl")).extracting(OrderLedger.Held::cartOrderId).containsExactly("1003");
        assertThat(ledger.filedIn(1)).extracting(OrderLedger.FiledOrder::cartOrderId).containsExactly("1001", "1002");
        assertThat(new Shipments(jdbc).cartOrderIds(Stores.DEFAULT, "acme3pl", java.util.List.of("1001", "1002")))
                .containsEntry("1001", "1001").containsEntry("1002", "1002");
        InboundFiles inbound = new InboundFiles(jdbc);
        assertThat(inbound.nextReceived(Stores.DEFAULT, "acme3pl", "945", 0).id()).isEqualTo(7);
        assertThat(inbound.original(Stores.DEFAULT, "acme3pl", "f".repeat(64), "ACME3PL", "000000018"))
                .as("a resent interchange is still a duplicate").isEqualTo(8);

        ControlNumbers counters = new ControlNumbers(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThat(next(transaction, counters, SHOP)).as("41 was taken before the migration").isEqualTo(42L);
        assertThat(next(transaction, counters, SHOP)).isEqualTo(43L);
        assertThat(counters.last(SHOP, ControlNumbers.X12_INTERCHANGE)).isEqualTo(43);
        assertThat(jdbc.queryForList("""
                SELECT CONCAT_WS(':', partner, CONCAT('[', sender, ']'), CONCAT('[', receiver, ']'), last_value)
                FROM cb_counter ORDER BY sender""", String.class)).as("the partner's old counter is kept, never written")
                .containsExactly("acme3pl:[]:[]:41", ":[ZZ:MYSHOP]:[ZZ:ACME3PL]:43");

        outboundFile(jdbc, 3, "940", 43);
        ControlNumbers.Pair newSenderId = new ControlNumbers.Pair("ZZ:MYSHOP2", "ZZ:ACME3PL");
        assertThat(next(transaction, counters, newSenderId))
                .as("a new sender id goes on after the store's files, whose names it would otherwise reuse").isEqualTo(44L);
    }

    private static long next(TransactionTemplate transaction, ControlNumbers counters, ControlNumbers.Pair pair) {
        Long number = transaction.execute(status -> counters.next(Stores.DEFAULT, "acme3pl", pair,
                ControlNumbers.X12_INTERCHANGE));
        return number;
    }

    private static void outboundFile(JdbcTemplate jdbc, long id, String type, long controlNumber) {
        jdbc.update("""
                INSERT INTO cb_outbound_file (id, partner, format, document_type, control_number, file_name,
                       document_count, content, sha256, state, created_at, uploaded_at, noted_at)
                VALUES (?, 'acme3pl', 'X12', ?, ?, CONCAT('acme3pl-', ?, '-', LPAD(?, 9, '0'), '.edi'), 1, 'ISA',
                        REPEAT('0', 64), 'UPLOADED', NOW(6), NOW(6), NOW(6))""",
                id, type, controlNumber, type, controlNumber);
    }

    private static void order(JdbcTemplate jdbc, String cartOrderId, String state, Integer fileId) {
        jdbc.update("""
                INSERT INTO cb_order (partner, cart_order_id, order_number, state, reason, file_id,
                       transaction_control_number, created_at, updated_at)
                VALUES ('acme3pl', ?, ?, ?, IF(? = 'HELD', 'no SKU', NULL), ?, '0001', NOW(6), NOW(6))""",
                cartOrderId, cartOrderId, state, state, fileId);
    }

    private static void inboundFile(JdbcTemplate jdbc, long id, String type, String controlNumber) {
        jdbc.update("""
                INSERT INTO cb_inbound_file (id, partner, remote_name, remote_size, local_path, sha256, format,
                       document_type, sender_id, interchange_control_number, state, received_at)
                VALUES (?, 'acme3pl', CONCAT(?, '.edi'), 100, '/tmp/inbox/x.edi', REPEAT(?, 64), 'X12', ?, 'ACME3PL', ?,
                        'RECEIVED', NOW(6))""", id, controlNumber, Long.toString(id), type, controlNumber);
    }

    private static void shipment(JdbcTemplate jdbc, String shipmentId, String orderNumber) {
        jdbc.update("""
                INSERT INTO cb_shipment (partner, shipment_id, order_number, cart_order_id, inbound_file_id, state,
                       order_complete, applied_at)
                VALUES ('acme3pl', ?, ?, ?, 7, 'APPLIED', 1, NOW(6))""", shipmentId, orderNumber, orderNumber);
    }
}

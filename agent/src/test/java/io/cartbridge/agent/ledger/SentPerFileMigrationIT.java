package io.cartbridge.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cartbridge.agent.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V7 moves "sent" and "noted" from each order to its file. A ledger written by an earlier agent keeps
 * its meaning: SENT orders become FILED in their uploaded file; a file whose orders were all noted is
 * noted; a file with an order still to note, or with orders left FILED by a crash after its upload, is
 * left for the order-notes step; files carrying no orders (997s) are noted.
 */
class SentPerFileMigrationIT {

    @Test
    void sentAndNotedOrdersBecomeFactsOfTheirFiles() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabase.create("v7"), TestDatabase.user(),
                TestDatabase.password());
        Flyway.configure().dataSource(dataSource).target("6").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        file(jdbc, 1, "940", "UPLOADED");   // orders all sent and noted
        file(jdbc, 2, "940", "ACCEPTED");   // one order sent but its note not written yet
        file(jdbc, 3, "940", "UPLOADED");   // crash after the upload mark: orders still FILED
        file(jdbc, 4, "940", "RENDERED");   // not uploaded yet
        file(jdbc, 5, "997", "UPLOADED");   // no orders
        order(jdbc, "101", "SENT", 1, 1);
        order(jdbc, "102", "SENT", 1, 1);
        order(jdbc, "201", "SENT", 2, 1);
        order(jdbc, "202", "SENT", 2, 0);
        order(jdbc, "301", "FILED", 3, 0);
        order(jdbc, "401", "FILED", 4, 0);
        order(jdbc, "501", "HELD", null, 0);

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.queryForList("SELECT CONCAT(id, ':', noted_at IS NOT NULL) FROM cb_outbound_file ORDER BY id",
                String.class)).containsExactly("1:1", "2:0", "3:0", "4:0", "5:1");
        assertThat(jdbc.queryForList("SELECT CONCAT(cart_order_id, ':', state) FROM cb_order ORDER BY cart_order_id",
                String.class)).containsExactly("101:FILED", "102:FILED", "201:FILED", "202:FILED", "301:FILED",
                "401:FILED", "501:HELD");
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'cb_order'", String.class);
        assertThat(columns).doesNotContain("noted", "sent_at");
        // the order-notes step then finds exactly the files 2 and 3 (file 4 waits for its upload)
        OutboundFiles files = new OutboundFiles(jdbc);
        assertThat(files.nextUnnoted(Stores.DEFAULT, "acme3pl", 0).id()).isEqualTo(2);
        assertThat(files.nextUnnoted(Stores.DEFAULT, "acme3pl", 2).id()).isEqualTo(3);
        assertThat(files.nextUnnoted(Stores.DEFAULT, "acme3pl", 3)).isNull();
        assertThat(new OrderLedger(jdbc).filedIn(2)).extracting(OrderLedger.FiledOrder::cartOrderId)
                .containsExactly("201", "202");
    }

    private static void file(JdbcTemplate jdbc, long id, String type, String state) {
        jdbc.update("""
                INSERT INTO cb_outbound_file (id, partner, format, document_type, control_number, file_name,
                       document_count, content, sha256, state, created_at, uploaded_at)
                VALUES (?, 'acme3pl', 'X12', ?, ?, ?, 1, 'ISA', REPEAT('0', 64), ?, NOW(6),
                        IF(? = 'RENDERED', NULL, NOW(6)))""", id, type, id, "acme3pl-" + type + "-" + id + ".edi", state, state);
    }

    private static void order(JdbcTemplate jdbc, String cartOrderId, String state, Integer fileId, int noted) {
        jdbc.update("""
                INSERT INTO cb_order (partner, cart_order_id, order_number, state, file_id, transaction_control_number,
                       noted, created_at, updated_at, sent_at)
                VALUES ('acme3pl', ?, ?, ?, ?, '0001', ?, NOW(6), NOW(6), IF(? = 'SENT', NOW(6), NULL))""",
                cartOrderId, cartOrderId, state, fileId, noted, state);
    }
}

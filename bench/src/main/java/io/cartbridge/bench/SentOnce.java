package io.cartbridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12OrderFile;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks that every order of every store reached the warehouse exactly once, from what is on the partner's server
 * (each file parsed, envelope and counts checked by the reader: a 940 per order, its shop told by the interchange's
 * sender id) and from the ledger (filed in an uploaded, noted file) and the carts (one note per order).
 *
 * @param files        order files on the server
 * @param transactions 940 transaction sets (ST segments) in them
 * @param distinct     distinct (sender id, order number) pairs among them
 * @param unknownSender 940s whose sender id is no store's
 * @param ledger       ledger rows of orders filed in a file that was uploaded and noted
 * @param notes        order notes in the carts
 */
record SentOnce(int files, int transactions, int distinct, int unknownSender, long ledger, long notes) {

    private static final String LEDGER = """
            SELECT COUNT(*) FROM cartbridge.cb_order o JOIN cartbridge.cb_outbound_file f ON f.id = o.file_id
            WHERE o.state = 'FILED' AND f.uploaded_at IS NOT NULL AND f.noted_at IS NOT NULL""";
    private static final String NOTES = """
            SELECT COUNT(*) FROM `%s`.wp_comments WHERE comment_type = 'order_note' AND comment_approved = '1'""";

    static SentOnce check(Path outbox, int stores, JdbcTemplate root) {
        Set<String> senders = new HashSet<>();
        for (int i = 1; i <= stores; i++) {
            senders.add(BenchStores.senderId(i));
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(outbox)) {
            paths = list.filter(p -> p.getFileName().toString().endsWith(".edi")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int transactions = 0;
        int unknown = 0;
        Set<String> pairs = new HashSet<>();
        for (Path path : paths) {
            X12OrderFile file;
            try (InputStream in = Files.newInputStream(path)) {
                file = new X12WarehouseOrderReader().read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            transactions += file.transactionControlNumbers().size();
            for (WarehouseOrder order : file.orders()) {
                pairs.add(file.senderId() + "/" + order.orderNumber());
                if (!senders.contains(file.senderId())) {
                    unknown++;
                }
            }
        }
        Long ledger = root.queryForObject(LEDGER, Long.class);
        long notes = 0;
        for (int i = 1; i <= stores; i++) {
            notes += root.queryForObject(NOTES.formatted(BenchStores.database(i)), Long.class);
        }
        return new SentOnce(paths.size(), transactions, pairs.size(), unknown, ledger == null ? 0 : ledger, notes);
    }

    /** Every one of {@code expected} orders sent once, filed once and noted once. */
    boolean exactlyOnce(int expected) {
        return transactions == expected && distinct == expected && unknownSender == 0 && ledger == expected && notes == expected;
    }
}

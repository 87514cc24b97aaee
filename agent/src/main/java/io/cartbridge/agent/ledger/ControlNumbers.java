package io.cartbridge.agent.ledger;

import io.cartbridge.edi.PartnerEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Control number counters, one per sender and receiver id pair: interchange control numbers need only be
 * unique per pair, and two shops at one partner each have their own sender id. {@link #next} must run in the
 * transaction that records what uses the number: if that transaction rolls back, so does the counter, and the
 * number was never seen by anyone; if it commits, the number is taken for good.
 *
 * <p>A pair's counter starts, when the pair is first used, at the greater of its partner's counter from before
 * counters were per pair (kept with '' as sender and receiver, never written again; see
 * {@code V12__store_in_ledger_keys.sql}) and the highest number the store has filed at the partner. The
 * sequence of an existing agent goes on where it was, and a shop whose sender id changes never reissues a
 * number or a file name.
 */
@Repository
public class ControlNumbers {

    /** X12 interchange control numbers (ISA13, also used as GS06). */
    public static final String X12_INTERCHANGE = "x12-interchange";

    /**
     * The sender and receiver of the interchanges a counter numbers: qualifier and id, {@code ZZ:CARTBRIDGE}.
     */
    public record Pair(String sender, String receiver) {

        /** The pair of an envelope (X12 ISA05:ISA06, ISA07:ISA08; EDIFACT UNB sender and recipient). */
        public static Pair of(PartnerEnvelope envelope) {
            return new Pair((envelope.senderQualifier() == null ? "ZZ" : envelope.senderQualifier()) + ":" + envelope.senderId().strip(),
                    (envelope.receiverQualifier() == null ? "ZZ" : envelope.receiverQualifier()) + ":" + envelope.receiverId().strip());
        }
    }

    // Each statement creates the row or locks it exclusively at once. An INSERT IGNORE followed by an UPDATE
    // takes a shared lock first: two transactions holding one each, then both asking for the exclusive lock,
    // deadlock.
    private static final String LOCK = """
            INSERT INTO cb_counter (sender, receiver, counter_name, partner, last_value) VALUES (?, ?, ?, '', ?)
            ON DUPLICATE KEY UPDATE last_value = last_value""";
    private static final String INCREMENT = """
            INSERT INTO cb_counter (sender, receiver, counter_name, partner, last_value) VALUES (?, ?, ?, '', ? + 1)
            ON DUPLICATE KEY UPDATE last_value = last_value + 1""";
    private static final String CURRENT = """
            SELECT last_value FROM cb_counter WHERE sender = ? AND receiver = ? AND counter_name = ? AND partner = ''""";
    /**
     * Where a pair's counter starts. A plain read, which takes no lock: the partner's counter from before is
     * never written, and the store's files at the partner are numbered by this pair's counter once it exists.
     */
    private static final String START = """
            SELECT GREATEST(
                COALESCE((SELECT last_value FROM cb_counter
                          WHERE sender = '' AND receiver = '' AND counter_name = ? AND partner = ?), 0),
                COALESCE((SELECT MAX(control_number) FROM cb_outbound_file
                          WHERE partner = ? AND store = ? AND format = ?), 0))""";
    private static final long X12_MAX = 999_999_999L;

    private final JdbcTemplate jdbc;

    ControlNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the pair's counter until the transaction ends, without taking a number. What a transaction
     * decides after this, no other transaction taking the same lock decides at the same time: filing orders
     * takes it before looking at which orders are filed already, so two runs at once never file an order twice,
     * and they wait for each other rather than deadlock.
     */
    public void lock(String store, String partner, Pair pair, String counter) {
        jdbc.update(LOCK, pair.sender(), pair.receiver(), counter, start(store, partner, counter));
    }

    /**
     * Takes the pair's next number of the counter (1, 2, 3, ..., or on from where the store's numbers at the
     * partner were); the row stays locked until commit.
     */
    public long next(String store, String partner, Pair pair, String counter) {
        jdbc.update(INCREMENT, pair.sender(), pair.receiver(), counter, start(store, partner, counter));
        Long value = jdbc.queryForObject(CURRENT, Long.class, pair.sender(), pair.receiver(), counter);
        if (value == null || value > X12_MAX) {
            throw new IllegalStateException("Control number counter " + counter + " of sender " + pair.sender()
                    + " and receiver " + pair.receiver() + " is exhausted (" + value + "); agree a reset with the partner");
        }
        return value;
    }

    /** The last number taken for the pair, 0 when none was. */
    public long last(Pair pair, String counter) {
        return jdbc.query(CURRENT, rs -> rs.next() ? rs.getLong(1) : 0L, pair.sender(), pair.receiver(), counter);
    }

    private long start(String store, String partner, String counter) {
        // a format's interchange counter ("x12-interchange") numbers the files the ledger records in that format ("X12")
        String format = counter.substring(0, Math.max(0, counter.indexOf('-'))).toUpperCase(java.util.Locale.ROOT);
        Long start = jdbc.queryForObject(START, Long.class, counter, partner, partner, store, format);
        return start == null ? 0L : start;
    }
}

package io.cartbridge.agent.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Per-partner control number counters. {@link #next} must run in the transaction that records
 * what uses the number: if that transaction rolls back, so does the counter, and the number was
 * never seen by anyone; if it commits, the number is taken for good.
 */
@Repository
public class ControlNumbers {

    /** X12 interchange control numbers (ISA13, also used as GS06). */
    public static final String X12_INTERCHANGE = "x12-interchange";

    // Each statement creates the row or locks it exclusively at once. An INSERT IGNORE followed by an UPDATE
    // takes a shared lock first: two transactions holding one each, then both asking for the exclusive lock,
    // deadlock.
    private static final String LOCK = """
            INSERT INTO cb_counter (partner, counter_name, last_value) VALUES (?, ?, 0)
            ON DUPLICATE KEY UPDATE last_value = last_value""";
    private static final String INCREMENT = """
            INSERT INTO cb_counter (partner, counter_name, last_value) VALUES (?, ?, 1)
            ON DUPLICATE KEY UPDATE last_value = last_value + 1""";
    private static final String CURRENT = "SELECT last_value FROM cb_counter WHERE partner = ? AND counter_name = ?";
    private static final long X12_MAX = 999_999_999L;

    private final JdbcTemplate jdbc;

    ControlNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the partner's counter until the transaction ends, without taking a number. What a transaction
     * decides after this, no other transaction taking the same lock decides at the same time: filing orders
     * takes it before looking at which orders are filed already, so two runs at once never file an order twice,
     * and they wait for each other rather than deadlock.
     */
    public void lock(String partner, String counter) {
        jdbc.update(LOCK, partner, counter);
    }

    /** Takes the partner's next number of the counter (1, 2, 3, ...); the row stays locked until commit. */
    public long next(String partner, String counter) {
        jdbc.update(INCREMENT, partner, counter);
        Long value = jdbc.queryForObject(CURRENT, Long.class, partner, counter);
        if (value == null || value > X12_MAX) {
            throw new IllegalStateException("Control number counter " + counter + " of partner " + partner
                    + " is exhausted (" + value + "); agree a reset with the partner");
        }
        return value;
    }

    /** The last number taken, 0 when none was. */
    public long last(String partner, String counter) {
        return jdbc.query(CURRENT, rs -> rs.next() ? rs.getLong(1) : 0L, partner, counter);
    }
}

package io.cartbridge.bench;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one MariaDB user did, from the server's per-user statistics ({@code userstat}, on from
 * {@link BenchStores#prepare}): logins (connections opened), statements by kind, commits and the time the server
 * was busy for it. Taken before and after the job; the difference is the job's.
 *
 * @param connections connections opened (TOTAL_CONNECTIONS)
 * @param statements  SELECT, UPDATE-like and other statements
 * @param commits     committed transactions
 * @param busySeconds the server's time spent on the user's statements
 */
record DatabaseUse(long connections, long statements, long commits, double busySeconds) {

    private static final String STATISTICS = """
            SELECT USER, TOTAL_CONNECTIONS, SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS AS statements,
                   COMMIT_TRANSACTIONS, BUSY_TIME
            FROM information_schema.USER_STATISTICS""";

    /** Every user's use so far; a user not seen yet is absent (zero). */
    static Map<String, DatabaseUse> byUser(JdbcTemplate root) {
        Map<String, DatabaseUse> byUser = new HashMap<>();
        root.query(STATISTICS, rs -> {
            byUser.put(rs.getString(1), new DatabaseUse(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)));
        });
        return byUser;
    }

    static DatabaseUse of(Map<String, DatabaseUse> byUser, String user) {
        return byUser.getOrDefault(user, new DatabaseUse(0, 0, 0, 0));
    }

    DatabaseUse minus(DatabaseUse before) {
        return new DatabaseUse(connections - before.connections, statements - before.statements, commits - before.commits,
                busySeconds - before.busySeconds);
    }
}

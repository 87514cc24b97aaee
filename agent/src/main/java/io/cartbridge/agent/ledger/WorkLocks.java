package io.cartbridge.agent.ledger;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

/**
 * Work that only one run at a time may do, whichever process runs it: collecting a partner's files, applying
 * its shipment or stock files. A lock is MariaDB's {@code GET_LOCK} on a connection of its own, held until
 * {@link Held#close()}; the server frees it when that connection ends, so a killed agent never leaves a lock
 * behind. Names are scoped to the agent's database, so agents with databases of their own on one server do not
 * lock each other out.
 */
@Repository
public class WorkLocks {

    private static final String TAKE = "SELECT GET_LOCK(?, 0)";
    private static final String RELEASE = "SELECT RELEASE_LOCK(?)";
    private static final String SCOPE = "SELECT DATABASE()";
    private static final String RECORD = """
            INSERT INTO cb_work_lock (name, holder, taken_at) VALUES (?, ?, ?)
            ON DUPLICATE KEY UPDATE holder = VALUES(holder), taken_at = VALUES(taken_at)""";
    private static final String HOLDER = "SELECT holder, taken_at FROM cb_work_lock WHERE name = ?";
    private static final String PROCESS = ManagementFactory.getRuntimeMXBean().getPid() + "@" + hostName();

    /** A lock this run holds; closing it frees the work for others. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** The outcome of {@link #tryTake}: the lock, or who holds it. */
    public record Attempt(Held lock, String heldBy) {
        public boolean taken() {
            return lock != null;
        }
    }

    private final DataSource dataSource;

    WorkLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the lock on {@code work} (e.g. {@code shipment-import:acme3pl}) without waiting.
     *
     * @param holder what the holder is, for whoever is refused (e.g. "shipment-import execution 12")
     */
    public Attempt tryTake(String work, String holder) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            String name = lockName(connection, work);
            if (!take(connection, name)) {
                Attempt refused = new Attempt(null, holder(connection, work));
                connection.close();
                return refused;
            }
            record(connection, work, holder + " in process " + PROCESS);
            return new Attempt(new ConnectionLock(connection, name), null);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("Cannot take the work lock " + work + ": " + e.getMessage(), e);
        }
    }

    private static boolean take(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(TAKE)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void record(Connection connection, String work, String holder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(RECORD)) {
            ps.setString(1, work);
            ps.setString(2, holder.length() <= 255 ? holder : holder.substring(0, 255));
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            ps.executeUpdate();
        }
    }

    private static String holder(Connection connection, String work) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(HOLDER)) {
            ps.setString(1, work);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + " since " + rs.getTimestamp(2).toLocalDateTime().withNano(0)
                        : "another run";
            }
        }
    }

    /** GET_LOCK names are server-wide and at most 64 characters: the database's name scopes them, a hash bounds them. */
    private static String lockName(Connection connection, String work) throws SQLException {
        String scope;
        try (PreparedStatement ps = connection.prepareStatement(SCOPE); ResultSet rs = ps.executeQuery()) {
            scope = rs.next() ? rs.getString(1) : "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((scope + "\n" + work).getBytes(StandardCharsets.UTF_8));
            return "cartbridge:" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the server frees the lock with the connection anyway
            }
        }
    }

    record ConnectionLock(Connection connection, String name) implements Held {
        @Override
        public void close() {
            try (PreparedStatement ps = connection.prepareStatement(RELEASE)) {
                ps.setString(1, name);
                ps.executeQuery().close();
                closeQuietly(connection);
            } catch (SQLException e) {
                // a pooled connection would keep the lock: end the connection itself, which frees it
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException ignored) {
                    closeQuietly(connection);
                }
            }
        }
    }
}

package io.cartbridge.agent.ledger;

import io.cartbridge.agent.support.SqlRows;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Files collected from a partner: {@code RECEIVED} (valid, waiting to be applied), {@code REJECTED}
 * (broken: reason, copy in the error folder) or {@code DUPLICATE} (same SHA-256, or same sender and
 * interchange control number, as a file already recorded; never applied). A file belongs to the store its
 * interchange is addressed to, and is applied to that store only; the remote folder it came from is the
 * partner's, shared by the partner's stores.
 */
@Repository
public class InboundFiles {

    /** The states of a file received from a warehouse ({@code cb_inbound_file.state}): each constant's name is the value stored. */
    public enum State {
        /** In the local inbox and valid, waiting for its import. */
        RECEIVED,
        /** Failed validation or its import, with the reason; never applied unless an admin reprocesses it. */
        REJECTED,
        /** The same content, or the same sender and interchange control number, as a file received before: never applied. */
        DUPLICATE,
        /** Applied by its import. */
        APPLIED,
        /** A stock snapshot older than one already applied: recorded, never applied. */
        STALE
    }

    private static final String SEEN_REMOTE = """
            SELECT COUNT(*) FROM cb_inbound_file
            WHERE partner = ? AND remote_name = ? AND remote_size = ? AND remote_modified <=> ?""";
    private static final String FIRST_BY_SHA = """
            SELECT MIN(id) FROM cb_inbound_file WHERE partner = ? AND sha256 = ? AND state <> 'DUPLICATE'""";
    /**
     * A partner often resends a rejected interchange, corrected, under its control number: that is a new
     * file, not a duplicate (the same bytes again still are, by their SHA-256). The partner numbers the
     * interchanges to each store's receiver id on their own, so the number is a store's.
     */
    private static final String FIRST_BY_ICN = """
            SELECT MIN(id) FROM cb_inbound_file
            WHERE store <=> ? AND partner = ? AND sender_id = ? AND interchange_control_number = ? AND state NOT IN ('DUPLICATE', 'REJECTED')""";
    private static final String INSERT = """
            INSERT INTO cb_inbound_file (store, partner, remote_name, remote_size, remote_modified, local_path, sha256, format,
                   document_type, sender_id, interchange_control_number, state, reason, duplicate_of, received_at,
                   job_execution_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String NEXT_RECEIVED = """
            SELECT id, remote_name, document_type, sender_id, interchange_control_number, state, reason, duplicate_of,
                   received_at, local_path, store
            FROM cb_inbound_file WHERE store = ? AND partner = ? AND state = 'RECEIVED' AND document_type IN (%s) AND id > ?
            ORDER BY id LIMIT 1""";
    /** {@link #NEXT_RECEIVED} of every store of the partner. */
    private static final String NEXT_RECEIVED_OF_PARTNER = """
            SELECT id, remote_name, document_type, sender_id, interchange_control_number, state, reason, duplicate_of,
                   received_at, local_path, store
            FROM cb_inbound_file WHERE partner = ? AND state = 'RECEIVED' AND document_type IN (%s) AND id > ?
            ORDER BY id LIMIT 1""";
    private static final String MARK = "UPDATE cb_inbound_file SET state = ?, reason = ? WHERE id = ? AND state = 'RECEIVED'";
    private static final String MARK_SNAPSHOT = """
            UPDATE cb_inbound_file SET state = ?, reason = ?, as_of = ? WHERE id = ? AND state = 'RECEIVED'""";
    private static final String LATEST_SNAPSHOT = """
            SELECT MAX(as_of) FROM cb_inbound_file WHERE store = ? AND partner = ? AND document_type = '846' AND state = 'APPLIED'""";
    private static final String LIST = """
            SELECT id, remote_name, document_type, sender_id, interchange_control_number, state, reason, duplicate_of,
                   received_at, local_path, store
            FROM cb_inbound_file WHERE partner = ? ORDER BY id""";
    /** A file addressed to no store may have been meant for any of the partner's stores: it is listed with each. */
    private static final String LIST_OF_STORE = """
            SELECT id, remote_name, document_type, sender_id, interchange_control_number, state, reason, duplicate_of,
                   received_at, local_path, store
            FROM cb_inbound_file WHERE (store = ? OR store IS NULL) AND partner = ? ORDER BY id""";

    /** What the ledger knows of a collected file. */
    public record InboundFile(long id, String remoteName, String documentType, String senderId,
                              String interchangeControlNumber, String state, String reason, Long duplicateOf,
                              LocalDateTime receivedAt, String localPath, String store) {
    }

    /** A file about to be recorded. */
    public record Arrival(String remoteName, long remoteSize, Instant remoteModified, String localPath, String sha256,
                          String format, String documentType, String senderId, String interchangeControlNumber,
                          InboundFiles.State state, String reason, Long duplicateOf) {
    }

    private final JdbcTemplate jdbc;

    InboundFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this remote file (name, size, time) was collected before: it is not downloaded again. */
    public boolean seen(String partner, String remoteName, long size, Instant modified) {
        Integer count = jdbc.queryForObject(SEEN_REMOTE, Integer.class, partner, remoteName, size, timestamp(modified));
        return count != null && count > 0;
    }

    /** The first recorded file with this content, or with this interchange unless that one was rejected, or null. */
    public Long original(String store, String partner, String sha256, String senderId, String interchangeControlNumber) {
        Long bySha = jdbc.queryForObject(FIRST_BY_SHA, Long.class, partner, sha256);
        if (bySha != null || senderId == null || interchangeControlNumber == null) {
            return bySha;
        }
        return jdbc.queryForObject(FIRST_BY_ICN, Long.class, store, partner, senderId, interchangeControlNumber);
    }

    /** Records a collected file for the store it is addressed to (null: none), as collected by this job execution. */
    public long record(String store, String partner, long jobExecutionId, Arrival a) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, store);
            ps.setString(2, partner);
            ps.setString(3, a.remoteName());
            ps.setLong(4, a.remoteSize());
            ps.setTimestamp(5, timestamp(a.remoteModified()));
            ps.setString(6, a.localPath());
            ps.setString(7, a.sha256());
            ps.setString(8, a.format());
            ps.setString(9, a.documentType());
            ps.setString(10, a.senderId());
            ps.setString(11, a.interchangeControlNumber());
            ps.setString(12, a.state().name());
            ps.setString(13, LedgerText.fitted(a.reason()));
            ps.setObject(14, a.duplicateOf());
            ps.setTimestamp(15, Timestamp.valueOf(LocalDateTime.now()));
            ps.setLong(16, jobExecutionId);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public List<InboundFile> list(String partner) {
        return jdbc.query(LIST, InboundFiles::map, partner);
    }

    /** The files received from this partner for this store, and those addressed to no store, oldest first. */
    public List<InboundFile> list(String store, String partner) {
        return jdbc.query(LIST_OF_STORE, InboundFiles::map, store, partner);
    }

    /** The next received, not yet applied file of this document type after {@code afterId}, or null. */
    public InboundFile nextReceived(String store, String partner, String documentType, long afterId) {
        return nextReceived(store, partner, List.of(documentType), afterId);
    }

    /** The oldest received file of any of these document types after {@code afterId}, or null; store null: any store's. */
    public InboundFile nextReceived(String store, String partner, List<String> documentTypes, long afterId) {
        List<Object> args = new java.util.ArrayList<>();
        if (store != null) {
            args.add(store);
        }
        args.add(partner);
        args.addAll(documentTypes);
        args.add(afterId);
        List<InboundFile> next = jdbc.query((store == null ? NEXT_RECEIVED_OF_PARTNER : NEXT_RECEIVED)
                        .formatted(SqlRows.placeholders(documentTypes.size())),
                InboundFiles::map, args.toArray());
        return next.isEmpty() ? null : next.get(0);
    }

    /** Moves a received file to APPLIED (or REJECTED with a reason); false if it was not RECEIVED any more. */
    public boolean mark(long id, InboundFiles.State state, String reason) {
        return jdbc.update(MARK, state.name(), LedgerText.fitted(reason), id) == 1;
    }

    /** {@link #mark} for a stock snapshot, with the time it was taken (null when it carries none). */
    public boolean markSnapshot(long id, InboundFiles.State state, String reason, LocalDateTime asOf) {
        return jdbc.update(MARK_SNAPSHOT, state.name(), LedgerText.fitted(reason), asOf == null ? null : Timestamp.valueOf(asOf),
                id) == 1;
    }

    /** When the newest stock snapshot applied for the store from the partner was taken, or null. */
    public LocalDateTime latestSnapshot(String store, String partner) {
        Timestamp latest = jdbc.queryForObject(LATEST_SNAPSHOT, Timestamp.class, store, partner);
        return latest == null ? null : latest.toLocalDateTime();
    }

    private static InboundFile map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new InboundFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), (Long) rs.getObject(8, Long.class), rs.getTimestamp(9).toLocalDateTime(),
                rs.getString(10), rs.getString(11));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}

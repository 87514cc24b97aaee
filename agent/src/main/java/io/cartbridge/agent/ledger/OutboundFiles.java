package io.cartbridge.agent.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Files rendered for a partner, with their content: {@link OutboundFiles.State#RENDERED} until they are on the
 * partner's server, then {@link OutboundFiles.State#UPLOADED}, then acknowledged (see {@link OutboundFiles.State}). A retried upload sends the stored bytes under the stored
 * name, so the partner never sees two different files for one control number. An order file's
 * {@code noted_at} is set once the cart notes of its orders are written: sent and noted are facts of
 * the file, not of each order (see {@link OrderLedger}). A file is sent for one store: its control number
 * is unique per store and partner, since each store numbers its interchanges under its own sender id.
 */
@Repository
public class OutboundFiles {

    /** The states of a file sent to a warehouse ({@code cb_outbound_file.state}): each constant's name is the value stored. */
    public enum State {
        /** Rendered and recorded, not on the warehouse's server yet. */
        RENDERED,
        /** On the warehouse's server; no acknowledgment yet. */
        UPLOADED,
        /** Acknowledged by the warehouse as accepted. */
        ACCEPTED,
        /** Acknowledged by the warehouse as rejected, with its reason. */
        REJECTED
    }

    private static final String INSERT = """
            INSERT INTO cb_outbound_file (store, partner, format, document_type, control_number, file_name,
                                          document_count, content, sha256, state, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, SHA2(content, 256), 'RENDERED', ?)""";
    private static final String NEXT_RENDERED = """
            SELECT id, partner, format, document_type, control_number, file_name, document_count, content, sha256,
                   state, reason, created_at, uploaded_at
            FROM cb_outbound_file WHERE store = ? AND partner = ? AND state = 'RENDERED' AND id > ? ORDER BY id LIMIT 1""";
    /** {@link #NEXT_RENDERED} of every store of the partner (they share its server). */
    private static final String NEXT_RENDERED_OF_PARTNER = """
            SELECT id, partner, format, document_type, control_number, file_name, document_count, content, sha256,
                   state, reason, created_at, uploaded_at
            FROM cb_outbound_file WHERE partner = ? AND state = 'RENDERED' AND id > ? ORDER BY id LIMIT 1""";
    /** Uploaded files whose orders' cart notes are still to be written (a crash, a failed eager send). */
    private static final String NEXT_UNNOTED = """
            SELECT id, partner, format, document_type, control_number, file_name, document_count, NULL AS content,
                   sha256, state, reason, created_at, uploaded_at
            FROM cb_outbound_file
            WHERE store = ? AND partner = ? AND noted_at IS NULL AND id > ? AND state IN ('UPLOADED', 'ACCEPTED', 'REJECTED')
            ORDER BY id LIMIT 1""";
    /*
     * Claims on a file, taken in the transaction that uploads (or notes) it and marks it so: a second run
     * reaching the same file meanwhile skips it rather than wait, and finds it marked when it comes back.
     */
    private static final String CLAIM_UPLOAD = """
            SELECT id FROM cb_outbound_file WHERE id = ? AND state = 'RENDERED' FOR UPDATE SKIP LOCKED""";
    private static final String CLAIM_NOTES = """
            SELECT id FROM cb_outbound_file WHERE id = ? AND noted_at IS NULL FOR UPDATE SKIP LOCKED""";
    private static final String MARK_NOTED = "UPDATE cb_outbound_file SET noted_at = ? WHERE id = ? AND noted_at IS NULL";
    private static final String MARK_UPLOADED = """
            UPDATE cb_outbound_file SET state = 'UPLOADED', uploaded_at = ?, upload_job_execution_id = ?
            WHERE id = ? AND state = 'RENDERED'""";
    /**
     * A file still RENDERED was put on the partner's server before a crash kept it from being marked: the
     * partner's acknowledgment proves it arrived, so it is marked uploaded too and never put there again.
     */
    private static final String ACKNOWLEDGE = """
            UPDATE cb_outbound_file SET state = ?, reason = ?, uploaded_at = COALESCE(uploaded_at, ?)
            WHERE store = ? AND partner = ? AND control_number = ? AND document_type = ?
              AND state IN ('RENDERED', 'UPLOADED', 'ACCEPTED', 'REJECTED')""";
    private static final String LIST = """
            SELECT id, partner, format, document_type, control_number, file_name, document_count, NULL AS content,
                   sha256, state, reason, created_at, uploaded_at
            FROM cb_outbound_file WHERE partner = ? ORDER BY id""";
    private static final String LIST_OF_STORE = """
            SELECT id, partner, format, document_type, control_number, file_name, document_count, NULL AS content,
                   sha256, state, reason, created_at, uploaded_at
            FROM cb_outbound_file WHERE store = ? AND partner = ? ORDER BY id""";

    /** A file as the ledger holds it ({@code content} is null in listings). */
    public record OutboundFile(long id, String partner, String format, String documentType, long controlNumber,
                               String fileName, int documentCount, byte[] content, String sha256, String state,
                               String reason, LocalDateTime createdAt, LocalDateTime uploadedAt) {
    }

    private final JdbcTemplate jdbc;

    OutboundFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a rendered file and returns its id. The server computes the content's SHA-256 ({@code SHA2} reads
     * the value just set for {@code content}), in C: the agent's JIT, C1 alone for short commands, has no SHA
     * intrinsic. On MariaDB the statement is prepared on the server, so that the content travels as the bytes it is,
     * not as a literal the driver escapes byte by byte and the server parses back.
     */
    public long add(String store, String partner, String format, String documentType, long controlNumber, String fileName,
                    int documentCount, byte[] content) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.isWrapperFor(org.mariadb.jdbc.Connection.class)
                    ? con.unwrap(org.mariadb.jdbc.Connection.class).prepareInternal(INSERT, Statement.RETURN_GENERATED_KEYS,
                            ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, true)
                    : con.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, store);
            ps.setString(2, partner);
            ps.setString(3, format);
            ps.setString(4, documentType);
            ps.setLong(5, controlNumber);
            ps.setString(6, fileName);
            ps.setInt(7, documentCount);
            ps.setBytes(8, content);
            ps.setTimestamp(9, Timestamp.valueOf(LocalDateTime.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** The first file still to upload after {@code afterId}, or null. */
    public OutboundFile nextRendered(String store, String partner, long afterId) {
        List<OutboundFile> files = store == null ? jdbc.query(NEXT_RENDERED_OF_PARTNER, OutboundFiles::map, partner, afterId)
                : jdbc.query(NEXT_RENDERED, OutboundFiles::map, store, partner, afterId);
        return files.isEmpty() ? null : files.get(0);
    }

    /** The first uploaded file after {@code afterId} whose orders' cart notes are still to be written, or null. */
    public OutboundFile nextUnnoted(String store, String partner, long afterId) {
        List<OutboundFile> files = jdbc.query(NEXT_UNNOTED, OutboundFiles::map, store, partner, afterId);
        return files.isEmpty() ? null : files.get(0);
    }

    /**
     * Whether this transaction may upload the file: it is still to upload, and no other transaction has claimed
     * it. The claim lasts until the transaction ends, which must also mark the file uploaded.
     */
    public boolean claimUpload(long id) {
        return !jdbc.queryForList(CLAIM_UPLOAD, Long.class, id).isEmpty();
    }

    /** Like {@link #claimUpload}, for writing the cart notes of the file's orders and marking it noted. */
    public boolean claimNotes(long id) {
        return !jdbc.queryForList(CLAIM_NOTES, Long.class, id).isEmpty();
    }

    /** Records that the cart notes of the file's orders are written. */
    public void markNoted(long id) {
        jdbc.update(MARK_NOTED, Timestamp.valueOf(LocalDateTime.now()), id);
    }

    /**
     * Marks the file uploaded by this job execution; false if it was not RENDERED (already marked by an
     * earlier attempt, or by another run).
     */
    public boolean markUploaded(long id, long jobExecutionId) {
        return jdbc.update(MARK_UPLOADED, Timestamp.valueOf(LocalDateTime.now()), jobExecutionId, id) == 1;
    }

    /**
     * Records the partner's functional acknowledgment of the store's interchange with this control number
     * (we use the same number for ISA13 and GS06): ACCEPTED or REJECTED with the reason. Returns
     * false when no file of that type has that number.
     */
    public boolean acknowledge(String store, String partner, long controlNumber, String documentType, boolean accepted, String reason) {
        return jdbc.update(ACKNOWLEDGE, (accepted ? OutboundFiles.State.ACCEPTED : OutboundFiles.State.REJECTED).name(), LedgerText.fitted(reason),
                Timestamp.valueOf(LocalDateTime.now()), store, partner, controlNumber, documentType) > 0;
    }

    /**
     * The name of a file for the partner: derived from store, partner, document type and control number only,
     * so that a retried upload lands on the same name. The default store's files keep the names they had before
     * there were stores ({@code acme3pl-940-000000042.edi}); another store's name carries the store
     * ({@code acme3pl-eu-shop-940-000000042.edi}), since two stores at one partner may send the same number.
     */
    public static String fileName(String store, String partner, String documentType, long controlNumber) {
        return fileName(store, partner, documentType, controlNumber, "edi");
    }

    /** {@link #fileName(String, String, String, long)} with the format's extension ({@code edi}, {@code xml}). */
    public static String fileName(String store, String partner, String documentType, long controlNumber, String extension) {
        return Stores.DEFAULT.equals(store)
                ? "%s-%s-%09d.%s".formatted(partner, documentType, controlNumber, extension)
                : "%s-%s-%s-%09d.%s".formatted(partner, store, documentType, controlNumber, extension);
    }

    public List<OutboundFile> list(String partner) {
        return jdbc.query(LIST, OutboundFiles::map, partner);
    }

    /** The files sent for this store to this partner, oldest first. */
    public List<OutboundFile> list(String store, String partner) {
        return jdbc.query(LIST_OF_STORE, OutboundFiles::map, store, partner);
    }

    private static OutboundFile map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp uploaded = rs.getTimestamp("uploaded_at");
        return new OutboundFile(rs.getLong("id"), rs.getString("partner"), rs.getString("format"),
                rs.getString("document_type"), rs.getLong("control_number"), rs.getString("file_name"),
                rs.getInt("document_count"), rs.getBytes("content"), rs.getString("sha256"), rs.getString("state"),
                rs.getString("reason"), rs.getTimestamp("created_at").toLocalDateTime(), uploaded == null ? null : uploaded.toLocalDateTime());
    }
}

package io.cartbridge.agent.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import io.cartbridge.agent.config.AgentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes old run history: Spring Batch executions that ended more than N days ago and will never run again (with
 * their steps, contexts and parameters, and their job instance once it has no execution left), and the local
 * copies of received files that were dealt with more than N days ago. An execution goes when its job instance is
 * done: its last execution COMPLETED or ABANDONED (a FAILED or STOPPED one that was since restarted to the end goes
 * with it). The last execution of an instance that is FAILED or STOPPED can still be restarted from its checkpoint,
 * and a restart needs the steps of the executions before it: such an instance is kept whole whatever its age, and
 * counted; {@code abandon ID} lets the next purge take it. Running executions are never touched.
 *
 * <p>The ledger is never purged: orders sent, files and their content, shipments applied and control numbers are
 * what "exactly once" rests on. Its rows name the execution that wrote them; that execution may be gone.
 */
@Component
public class HistoryPurge {

    private static final Logger log = LoggerFactory.getLogger(HistoryPurge.class);
    private static final int BATCH = 500;

    private static final String DONE_EXECUTIONS = """
            SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e
            WHERE e.END_TIME < ? AND e.STATUS IN ('COMPLETED', 'ABANDONED', 'FAILED', 'STOPPED') AND e.JOB_EXECUTION_ID > ?
              AND (SELECT last.STATUS FROM BATCH_JOB_EXECUTION last WHERE last.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                   ORDER BY last.JOB_EXECUTION_ID DESC LIMIT 1) IN ('COMPLETED', 'ABANDONED')
            ORDER BY e.JOB_EXECUTION_ID LIMIT ?""";
    private static final String RESTARTABLE = """
            SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
            WHERE e.END_TIME < ? AND e.STATUS IN ('FAILED', 'STOPPED')
              AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION later
                              WHERE later.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND later.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID)""";
    private static final String DELETE_STEP_CONTEXTS = """
            DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN
                (SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?)""";
    private static final String DELETE_STEPS = "DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?";
    private static final String DELETE_JOB_CONTEXT = "DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID = ?";
    private static final String DELETE_PARAMS = "DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?";
    private static final String DELETE_EXECUTION = "DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?";
    private static final String DELETE_EMPTY_INSTANCE = """
            DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = ?
              AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = ?)""";
    /** Files still RECEIVED are waiting to be applied: their copy is the only one. */
    private static final String DEALT_WITH_FILES = """
            SELECT id, local_path FROM cb_inbound_file
            WHERE received_at < ? AND state <> 'RECEIVED' AND id > ? ORDER BY id LIMIT ?""";

    /**
     * What a purge removed.
     *
     * @param olderThanDays    the age given
     * @param endedBefore      executions that ended, and files received, before this were considered
     * @param jobExecutions    job executions removed, with their contexts and parameters
     * @param stepExecutions   step executions removed, with their contexts
     * @param jobInstances     job instances removed (no execution left)
     * @param restartableKept  old FAILED or STOPPED executions kept because they can still be restarted
     * @param inboxFiles       local copies of received files deleted
     * @param inboxBytes       their size
     */
    public record Purged(int olderThanDays, LocalDateTime endedBefore, int jobExecutions, int stepExecutions,
                         int jobInstances, int restartableKept, int inboxFiles, long inboxBytes) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Path home;

    HistoryPurge(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AgentProperties agent) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.home = agent.home().toAbsolutePath().normalize();
    }

    /**
     * Removes what is older than {@code days} days, a batch of executions per transaction.
     *
     * @throws IllegalArgumentException for fewer than 1 day
     */
    public Purged purge(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("older than " + days + " days: give at least 1");
        }
        LocalDateTime before = LocalDateTime.now().minusDays(days);
        Timestamp cutoff = Timestamp.valueOf(before);
        int executions = 0;
        int steps = 0;
        int instances = 0;
        long after = 0;
        while (true) {
            List<long[]> batch = jdbc.query(DONE_EXECUTIONS, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
                    cutoff, after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            int[] removed = transaction.execute(status -> {
                int[] counts = new int[3];
                for (long[] execution : batch) {
                    long id = execution[0];
                    jdbc.update(DELETE_STEP_CONTEXTS, id);
                    counts[1] += jdbc.update(DELETE_STEPS, id);
                    jdbc.update(DELETE_JOB_CONTEXT, id);
                    jdbc.update(DELETE_PARAMS, id);
                    counts[0] += jdbc.update(DELETE_EXECUTION, id);
                }
                for (long instance : batch.stream().mapToLong(e -> e[1]).distinct().toArray()) {
                    counts[2] += jdbc.update(DELETE_EMPTY_INSTANCE, instance, instance);
                }
                return counts;
            });
            executions += removed[0];
            steps += removed[1];
            instances += removed[2];
            after = batch.get(batch.size() - 1)[0];
        }
        Integer kept = jdbc.queryForObject(RESTARTABLE, Integer.class, cutoff);
        long[] inbox = purgeInbox(cutoff);
        Purged purged = new Purged(days, before.withNano(0), executions, steps, instances, kept == null ? 0 : kept,
                (int) inbox[0], inbox[1]);
        log.info("Purged history older than {} days: {}", days, purged);
        return purged;
    }

    /** {@return the number and size of the local copies deleted} */
    private long[] purgeInbox(Timestamp cutoff) {
        long[] deleted = {0, 0};
        long after = 0;
        while (true) {
            List<Object[]> files = jdbc.query(DEALT_WITH_FILES, (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)},
                    cutoff, after, BATCH);
            if (files.isEmpty()) {
                return deleted;
            }
            for (Object[] file : files) {
                Path local = Path.of((String) file[1]).toAbsolutePath().normalize();
                delete(local, deleted);
                delete(local.resolveSibling(local.getFileName() + ".cartbridge.xml"), deleted);
            }
            after = (Long) files.get(files.size() - 1)[0];
        }
    }

    /** Deletes a copy under the agent's home folder only: a path elsewhere was not the agent's to delete. */
    private void delete(Path local, long[] deleted) {
        if (!local.startsWith(home)) {
            return;
        }
        try {
            long size = Files.isRegularFile(local) ? Files.size(local) : 0;
            if (Files.deleteIfExists(local)) {
                deleted[0]++;
                deleted[1] += size;
            }
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", local, e.getMessage());
        }
    }
}

package io.cartbridge.agent.serve;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cartbridge.agent.admin.NotFoundException;
import io.cartbridge.agent.connections.Partitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Jobs an admin paused, per job and partition ({@code order-export:eu-shop}, named like the job's lock; inbound-collect's
 * partitions are partners, so pausing it for one connection pauses its partner's folder for every connection there).
 * A paused partition is started by no schedule and no trigger; a manual start (Run now, the API's start, the CLI's
 * {@code run}) still runs it: pausing stops what starts on its own, not an admin who asks. Kept in the agent
 * database's {@code cb_job_pause}, so that a pause outlives a restart and holds for every agent on that database.
 */
@Component
public class JobPauses {

    private static final Logger log = LoggerFactory.getLogger(JobPauses.class);
    /** A pause already there keeps its time and author. */
    private static final String PAUSE = "INSERT IGNORE INTO cb_job_pause (name, job, paused_at, paused_by) VALUES (?, ?, ?, ?)";
    private static final String RESUME = "DELETE FROM cb_job_pause WHERE name = ?";
    private static final String ALL = "SELECT name, job, paused_at, paused_by FROM cb_job_pause ORDER BY name";
    private static final String OF_JOB = "SELECT name FROM cb_job_pause WHERE job = ?";

    /**
     * One paused job partition.
     *
     * @param name     the job and partition, {@code order-export:eu-shop}
     * @param pausedAt when (the agent's local time)
     * @param pausedBy the user who paused it
     */
    public record Pause(String name, String job, LocalDateTime pausedAt, String pausedBy) {
    }

    private final JdbcTemplate jdbc;
    private final Partitions partitions;

    JobPauses(JdbcTemplate jdbc, Partitions partitions) {
        this.jdbc = jdbc;
        this.partitions = partitions;
    }

    /**
     * Pauses the job for the connection's partition, or for every partition.
     *
     * @param connection the connection, or null for every one
     * @return the partitions now paused by this call or before, {@code order-export:eu-shop}
     * @throws NotFoundException for a job that does not exist; an unknown connection is a configuration error
     */
    public List<String> pause(String job, String connection, String by) {
        List<String> names = names(job, connection);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        for (String name : names) {
            jdbc.update(PAUSE, name, job, now, by);
        }
        log.info("{} paused by {}", names, by);
        return names;
    }

    /** Resumes the job for the connection's partition, or for every one; {@return the partitions resumed} */
    public List<String> resume(String job, String connection, String by) {
        List<String> names = names(job, connection);
        for (String name : names) {
            jdbc.update(RESUME, name);
        }
        log.info("{} resumed by {}", names, by);
        return names;
    }

    /** {@return every pause, by job and partition name} */
    public Map<String, Pause> all() {
        Map<String, Pause> pauses = new LinkedHashMap<>();
        jdbc.query(ALL, rs -> {
            pauses.put(rs.getString(1), new Pause(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                    rs.getString(4)));
        });
        return pauses;
    }

    /** {@return the paused partitions of the job, {@code order-export:eu-shop}} */
    public Set<String> paused(String job) {
        return new TreeSet<>(jdbc.queryForList(OF_JOB, String.class, job));
    }

    /** {@return whether a run of the job for the connection (null: every one) would cover a paused partition} */
    public boolean paused(String job, String connection) {
        Set<String> paused = paused(job);
        return !paused.isEmpty() && names(job, connection).stream().anyMatch(paused::contains);
    }

    /** {@return the name of the job's partition that runs this connection, {@code inbound-collect:acme3pl}} */
    public String partitionOf(String job, String connection) {
        return names(job, connection).get(0);
    }

    private List<String> names(String job, String connection) {
        List<String> names;
        try {
            names = partitions.partitionNames(job, connection);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no job '" + job + "'");
        }
        return names.stream().map(p -> Partitions.stepName(job, p)).toList();
    }
}

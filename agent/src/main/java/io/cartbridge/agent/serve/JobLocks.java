package io.cartbridge.agent.serve;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Partitions;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Never two runs of one job and connection at once, also across agent processes sharing the agent database: a
 * ShedLock lock (JDBC provider, the database's clock) per job and partition, named {@code <job>:<partition>}
 * like the partition's steps ({@code order-export:eu-shop}; inbound-collect's partitions are partners). A run
 * takes the locks of every partition it covers, all or none: a run of every connection is refused while any
 * connection's run is going. A lock is renewed every half {@code cartbridge.lock.lease} while the run lasts, so
 * that a killed agent's lapse after at most one lease (at once, for a process of the same host that has ended: the
 * holder is recorded as {@code pid@host}). Every start takes them: the CLI's run and restart, the
 * schedules, recovery; and while the agent drains ({@link Drain}) nothing is started.
 */
@Component
public class JobLocks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobLocks.class);
    private static final String TABLE = "cb_job_lock";
    private static final String HOLDER = "SELECT locked_by FROM cb_job_lock WHERE name = ? AND lock_until > UTC_TIMESTAMP(3)";
    /** Ends the lease of a dead holder (ShedLock then takes the row as a lapsed lock; it only inserts a row once). */
    private static final String TAKE_OVER = "UPDATE cb_job_lock SET lock_until = UTC_TIMESTAMP(3) WHERE name = ? AND locked_by = ?";
    private static final Duration MINIMUM_LEASE = Duration.ofSeconds(30);
    /** This process, as the lock table and refusals name it. */
    private static final String HOST = hostName();
    public static final String PROCESS = ManagementFactory.getRuntimeMXBean().getPid() + "@" + HOST;

    /** The locks of a run; closing it frees them. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private final Partitions partitions;
    private final Drain drain;
    private final Duration lease;
    private final JdbcTemplate jdbc;
    private final ScheduledExecutorService renewals;
    private final LockProvider provider;

    JobLocks(DataSource dataSource, Partitions partitions, Drain drain, ServeProperties properties) {
        this.lease = properties.lock().lease();
        if (lease.compareTo(MINIMUM_LEASE) < 0) {
            throw new ConfigurationException("cartbridge.lock.lease must be at least " + MINIMUM_LEASE.toSeconds()
                    + "s, not " + lease);
        }
        this.partitions = partitions;
        this.drain = drain;
        this.jdbc = new JdbcTemplate(dataSource);
        this.renewals = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "job-lock-renewal");
            thread.setDaemon(true);
            return thread;
        });
        this.provider = new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName(TABLE)
                .usingDbTime()
                .withLockedByValue(PROCESS)
                .build()), renewals);
    }

    /**
     * Takes the locks of a run of the job: every partition's, or those of the one connection.
     *
     * @param connection the run's job parameter {@value Partitions#CONNECTION_PARAMETER}, or null
     * @throws RunRefusedException when a lock is held (naming its holder) or the agent is draining
     */
    public Held acquire(String job, String connection) {
        String what = job + (connection == null ? "" : " for connection " + connection);
        drain.enter(what);
        List<SimpleLock> taken = new ArrayList<>();
        try {
            for (String partition : partitions.partitionNames(job, connection)) {
                String name = job + ":" + partition;
                Optional<SimpleLock> lock = lock(name);
                if (lock.isEmpty()) {
                    String holder = holder(name).orElse("another run (just ended)");
                    throw new RunRefusedException(what + " not started: " + job + " is running for " + partition
                            + " (lock " + name + " held by " + holder + ")", holder);
                }
                taken.add(lock.get());
            }
        } catch (RuntimeException e) {
            release(taken);
            throw e;
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                release(taken);
            }
        };
    }

    /**
     * Takes the lock; one whose holder was a process of this host that has ended (killed, crashed) is taken over at
     * once rather than after its lease: a restart after a crash need not wait.
     */
    private Optional<SimpleLock> lock(String name) {
        Optional<SimpleLock> lock = provider.lock(new LockConfiguration(ClockProvider.now(), name, lease, Duration.ZERO));
        if (lock.isPresent()) {
            return lock;
        }
        Optional<String> holder = holder(name);
        if (holder.isPresent() && endedHere(holder.get()) && jdbc.update(TAKE_OVER, name, holder.get()) == 1) {
            log.warn("Job lock {} was held by {}, a process of this host that has ended: taken over", name, holder.get());
            return provider.lock(new LockConfiguration(ClockProvider.now(), name, lease, Duration.ZERO));
        }
        return Optional.empty();
    }

    /** Whether {@code pid@host} names a process of this host that is no longer running. */
    static boolean endedHere(String holder) {
        int at = holder.indexOf('@');
        if (at < 0 || !holder.substring(at + 1).equals(HOST)) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(holder.substring(0, at))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@return the process holding the lock ({@code pid@host}), if it is held} */
    public Optional<String> holder(String lockName) {
        return jdbc.queryForList(HOLDER, String.class, lockName).stream().findFirst();
    }

    private void release(List<SimpleLock> taken) {
        try {
            for (SimpleLock lock : taken) {
                try {
                    lock.unlock();
                } catch (RuntimeException e) {
                    // not renewed any more, it lapses within a lease
                    log.warn("Cannot free job lock {}: {}", lock, e.getMessage());
                }
            }
        } finally {
            drain.exit();
        }
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}

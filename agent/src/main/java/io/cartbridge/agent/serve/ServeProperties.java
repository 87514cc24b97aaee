package io.cartbridge.agent.serve;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code cartbridge serve}: schedules, recovery after a crash, shutdown, and the job locks that every
 * way of starting a job takes.
 *
 * @param schedule when {@code serve} starts each job
 * @param recover  what {@code serve} does at start with runs a crashed agent left STARTED
 * @param shutdown how a SIGTERM ends the agent
 * @param lock     the database locks that keep two runs of one job and connection apart
 * @param trigger  the near-real-time start of order-export when paid orders change
 */
@ConfigurationProperties("cartbridge")
public record ServeProperties(Schedule schedule, Recover recover, Shutdown shutdown, Lock lock, Trigger trigger) {

    public ServeProperties {
        schedule = schedule == null ? new Schedule(null, null, null, null) : schedule;
        recover = recover == null ? new Recover(false) : recover;
        shutdown = shutdown == null ? new Shutdown(null) : shutdown;
        lock = lock == null ? new Lock(null) : lock;
        trigger = trigger == null ? new Trigger(null) : trigger;
    }

    /**
     * Cron expressions (six fields, seconds first, as Spring's {@code CronExpression}); {@code -} turns one off.
     *
     * @param orderExport     order-export for every connection ({@code cartbridge.schedule.order-export}, default every
     *                        15 minutes: {@code 0 0/15 * * * *})
     * @param inbound         inbound-collect, then shipment-import, then inventory-import ({@code cartbridge.schedule.inbound},
     *                        default hourly: {@code 0 0 * * * *})
     * @param inventoryImport inbound-collect, then inventory-import ({@code cartbridge.schedule.inventory-import}, default
     *                        nightly at 02:00: {@code 0 0 2 * * *})
     * @param zone            the time zone of the expressions ({@code cartbridge.schedule.zone}, default the system's)
     */
    public record Schedule(String orderExport, String inbound, String inventoryImport, ZoneId zone) {

        public Schedule {
            orderExport = orderExport == null ? "0 0/15 * * * *" : orderExport;
            inbound = inbound == null ? "0 0 * * * *" : inbound;
            inventoryImport = inventoryImport == null ? "0 0 2 * * *" : inventoryImport;
            zone = zone == null ? ZoneId.systemDefault() : zone;
        }
    }

    /**
     * @param restart whether {@code serve} restarts, once recovered, the runs a crashed agent left STARTED
     *                ({@code cartbridge.recover.restart}, default false: they are marked FAILED, for an admin to restart)
     */
    public record Recover(boolean restart) {
    }

    /**
     * @param drainTimeout how long a SIGTERM waits for running steps to stop at their next chunk boundary
     *                     ({@code cartbridge.shutdown.drain-timeout}, default 60s); a run still going then is left
     *                     STARTED and recovered at the next start
     */
    public record Shutdown(Duration drainTimeout) {

        public Shutdown {
            drainTimeout = drainTimeout == null ? Duration.ofSeconds(60) : drainTimeout;
        }
    }

    /**
     * @param lease how long a job lock outlives its agent: a running agent renews it every half lease, so a killed
     *              agent's runs can be started again after at most this long ({@code cartbridge.lock.lease}, default
     *              60s, at least 30s)
     */
    public record Lock(Duration lease) {

        public Lock {
            lease = lease == null ? Duration.ofSeconds(60) : lease;
        }
    }

    /**
     * @param pollInterval how often {@code serve} asks each connection's cart whether its paid orders changed, and
     *                     starts order-export for that connection when they did ({@code cartbridge.trigger.poll-interval},
     *                     default 30s, at least 5s; 0 turns the trigger off)
     */
    public record Trigger(Duration pollInterval) {

        /** The shortest interval: a poll is cheap, but not free for the cart's database. */
        public static final Duration MINIMUM = Duration.ofSeconds(5);

        public Trigger {
            pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        }

        /** {@return whether the trigger polls at all} */
        public boolean on() {
            return !pollInterval.isZero();
        }
    }
}

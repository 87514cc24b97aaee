package io.cartbridge.agent.ops;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * What {@code serve} adds to the agent: the alert check every {@code cartbridge.alerts.check-interval} between runs
 * (held orders and unacknowledged files age without a run; undelivered alerts are retried), and no progress lines
 * (its output is one line per run).
 */
@Component
public class ServeChecks implements DisposableBean {

    private final Alerts alerts;
    private final AlertProperties properties;
    private final ProgressReporter progress;
    private ScheduledExecutorService timer;

    ServeChecks(Alerts alerts, AlertProperties properties, ProgressReporter progress) {
        this.alerts = alerts;
        this.properties = properties;
        this.progress = progress;
    }

    /** Starts the checks; {@return what stops them} (also stopped when the agent ends) */
    public synchronized Runnable start() {
        progress.printTo(null);
        if (timer == null && properties.enabled()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "alert-checks");
                thread.setDaemon(true);
                return thread;
            });
            long every = Math.max(1000, properties.checkInterval().toMillis());
            timer.scheduleWithFixedDelay(alerts::check, 0, every, TimeUnit.MILLISECONDS);
        }
        return this::destroy;
    }

    @Override
    public synchronized void destroy() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}

package io.cartbridge.agent.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the agent looks at itself for Actuator and the command line.
 *
 * @param healthTimeout    connect and read timeout of the health checks of carts and SFTP servers, one attempt
 *                         ({@code cartbridge.monitoring.health-timeout}, default 5s)
 * @param healthCache      how long a health check's answer is reused, so that a monitor polling often does not
 *                         log in to every SFTP server each time ({@code cartbridge.monitoring.health-cache}, default 30s)
 * @param metricsCache     how long the ledger's figures are reused between scrapes
 *                         ({@code cartbridge.monitoring.metrics-cache}, default 15s)
 * @param progressInterval how often a run started from a terminal prints its progress; a run shorter than this
 *                         prints none ({@code cartbridge.monitoring.progress-interval}, default 5s, 0 off)
 */
@ConfigurationProperties("cartbridge.monitoring")
public record MonitoringProperties(Duration healthTimeout, Duration healthCache, Duration metricsCache,
                                   Duration progressInterval) {

    public MonitoringProperties {
        healthTimeout = healthTimeout == null ? Duration.ofSeconds(5) : healthTimeout;
        healthCache = healthCache == null ? Duration.ofSeconds(30) : healthCache;
        metricsCache = metricsCache == null ? Duration.ofSeconds(15) : metricsCache;
        progressInterval = progressInterval == null ? Duration.ofSeconds(5) : progressInterval;
    }
}

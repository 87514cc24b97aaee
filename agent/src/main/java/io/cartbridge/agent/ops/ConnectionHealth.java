package io.cartbridge.agent.ops;

import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.CartPlugin;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.transport.RemoteFolder;
import io.cartbridge.agent.transport.SftpRemoteFolder;
import io.cartbridge.agent.transport.SftpSettings;
import io.cartbridge.agent.transport.TransportException;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator health of what the jobs depend on besides the agent's own database (Boot's {@code db} indicator):
 * {@code carts}, one entry per connection, the shop's database reachable with the platform's tables, as
 * {@code cartbridge check} finds them; {@code sftp}, one entry per partner, a login and a listing of both folders
 * (read only: unlike {@code check}, no probe file is written on every poll). One attempt each, within
 * {@code cartbridge.monitoring.health-timeout}; answers are reused for {@code cartbridge.monitoring.health-cache}.
 * Details name hosts, users and folders, never a password.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionHealth {

    @Bean
    CompositeHealthContributor cartsHealthContributor(ConnectionContexts contexts, MonitoringProperties monitoring) {
        Map<String, HealthIndicator> carts = new LinkedHashMap<>();
        for (io.cartbridge.agent.connections.Connection connection : connections(contexts)) {
            String name = connection.name();
            carts.put(name, new CachedHealth(monitoring.healthCache(), monitoring.healthTimeout(),
                    () -> cart(contexts.of(name), monitoring.healthTimeout())));
        }
        return CompositeHealthContributor.fromMap(carts.isEmpty() ? settingsBroken(contexts) : carts);
    }

    @Bean
    CompositeHealthContributor sftpHealthContributor(ConnectionContexts contexts, MonitoringProperties monitoring) {
        Map<String, HealthIndicator> partners = new LinkedHashMap<>();
        for (io.cartbridge.agent.connections.Connection connection : connections(contexts)) {
            WarehouseProperties partner = connection.partner();
            partners.putIfAbsent(partner.id(), new CachedHealth(monitoring.healthCache(), monitoring.healthTimeout(),
                    () -> sftp(partner, monitoring.healthTimeout())));
        }
        return CompositeHealthContributor.fromMap(partners.isEmpty() ? settingsBroken(contexts) : partners);
    }

    static Health cart(ConnectionContext context, Duration timeout) {
        CartDatabase cart = context.cart();
        Health.Builder health = Health.up().withDetail("store", context.store()).withDetail("database", cart.address());
        try (Connection connection = cart.dataSource().getConnection()) {
            if (!connection.isValid((int) Math.max(1, timeout.toSeconds()))) {
                return health.down().withDetail("error", "the connection did not answer").build();
            }
            CartPlugin plugin = cart.plugin();
            return health.withDetail("platform", plugin.describe()).build();
        } catch (Exception e) {
            return health.down().withDetail("error", SafeText.reason(e)).build();
        }
    }

    static Health sftp(WarehouseProperties partner, Duration timeout) {
        WarehouseProperties.Sftp s = partner.sftp();
        Health.Builder health = Health.up().withDetail("server", s.username() + "@" + s.host() + ":" + s.port());
        SftpSettings once = new SftpSettings(s.host(), s.port(), s.username(), s.password(), s.privateKey(),
                s.privateKeyPassphrase(), s.knownHosts(), s.allowUnknownHostKeys(), timeout, 1);
        try (RemoteFolder remote = new SftpRemoteFolder(once)) {
            remote.connect();
            remote.list(s.outboundDir());
            int waiting = remote.list(s.inboundDir()).size();
            return health.withDetail("outbound", s.outboundDir()).withDetail("inbound", s.inboundDir())
                    .withDetail("waiting", waiting).build();
        } catch (TransportException e) {
            return health.down().withDetail("error", SafeText.mask(e.reason())).build();
        } catch (RuntimeException e) {
            return health.down().withDetail("error", SafeText.reason(e)).build();
        }
    }

    /** The connections configured; none when the settings do not hold (the health then says why). */
    private static List<io.cartbridge.agent.connections.Connection> connections(ConnectionContexts contexts) {
        try {
            return contexts.connections().all();
        } catch (ConfigurationException e) {
            return List.of();
        }
    }

    /** Settings that do not make a connection: DOWN, saying why, rather than no entry at all. */
    private static Map<String, HealthIndicator> settingsBroken(ConnectionContexts contexts) {
        String reason;
        try {
            contexts.connections().requireJobsCanRun();
            reason = "no connection configured";
        } catch (ConfigurationException e) {
            reason = e.getMessage();
        }
        Health down = Health.down().withDetail("error", reason).build();
        return Map.of("settings", () -> down);
    }
}

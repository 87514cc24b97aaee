package io.cartbridge.agent.check;

import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.connections.ConnectionContexts;
import io.cartbridge.agent.connections.Connections;

import org.springframework.stereotype.Component;

/**
 * What {@code cartbridge check} checks: the agent's database once, then for each connection its cart
 * database and its partner's SFTP server. Every check runs whatever the others found, so one run lists
 * every problem. Today's single-shop settings are one connection, {@value #DEFAULT}.
 */
@Component
public class ConnectionChecks {

    /** The connection today's single-shop settings ({@code cartbridge.cart.*}, {@code cartbridge.warehouse.*}) make. */
    public static final String DEFAULT = Connections.DEFAULT;
    static final String SETTINGS = "settings";

    private final AgentDatabaseCheck agentDatabase;
    private final CartCheck cart;
    private final SftpCheck sftp;
    private final ConnectionContexts contexts;

    ConnectionChecks(AgentDatabaseCheck agentDatabase, CartCheck cart, SftpCheck sftp, ConnectionContexts contexts) {
        this.agentDatabase = agentDatabase;
        this.cart = cart;
        this.sftp = sftp;
        this.contexts = contexts;
    }

    /**
     * The connections configured, in declared order; {@value #DEFAULT} when the settings do not hold (its check then
     * says why).
     */
    public List<String> connections() {
        try {
            List<String> names = contexts.connections().all().stream().map(Connection::name).toList();
            return names.isEmpty() ? List.of(DEFAULT) : names;
        } catch (ConfigurationException e) {
            return List.of(DEFAULT);
        }
    }

    /**
     * Checks the agent's database and these connections, in this order.
     *
     * @throws IllegalArgumentException for a name that is not one of {@link #connections()}
     */
    public List<CheckResult> check(List<String> connections) {
        for (String name : connections) {
            if (!connections().contains(name)) {
                throw new IllegalArgumentException("no connection '" + name + "'");
            }
        }
        List<CheckResult> results = new ArrayList<>();
        results.add(agentDatabase.check());
        for (String name : connections) {
            ConnectionContext context;
            try {
                contexts.connections().requireJobsCanRun();
                context = contexts.of(name);
            } catch (ConfigurationException e) {
                results.add(CheckResult.failed(name, SETTINGS, e.getMessage()));
                continue;
            }
            results.addAll(cart.check(context));
            results.addAll(sftp.check(context));
        }
        return results;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

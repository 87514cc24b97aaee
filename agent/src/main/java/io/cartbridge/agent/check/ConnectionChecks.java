package io.cartbridge.agent.check;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What {@code cartbridge check} checks: the agent's database once, then for each connection its cart
 * database and its partner's SFTP server. Every check runs whatever the others found, so one run lists
 * every problem. Today's single-shop settings are one connection, {@value #DEFAULT}.
 */
@Component
public class ConnectionChecks {

    /** The connection today's single-shop settings ({@code cartbridge.cart.*}, {@code cartbridge.warehouse.*}) make. */
    public static final String DEFAULT = "default";

    private final AgentDatabaseCheck agentDatabase;
    private final CartCheck cart;
    private final SftpCheck sftp;

    ConnectionChecks(AgentDatabaseCheck agentDatabase, CartCheck cart, SftpCheck sftp) {
        this.agentDatabase = agentDatabase;
        this.cart = cart;
        this.sftp = sftp;
    }

    /** The connections configured, in declared order. */
    public List<String> connections() {
        return List.of(DEFAULT);
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
            results.add(cart.check(name));
            results.addAll(sftp.check(name));
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

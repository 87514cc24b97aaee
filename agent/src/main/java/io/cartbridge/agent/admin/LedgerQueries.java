package io.cartbridge.agent.admin;

import java.util.List;

import io.cartbridge.agent.admin.ChosenConnections.LedgerGroup;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OrderLedger.Held;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles.OutboundFile;
import org.springframework.stereotype.Component;

/**
 * The ledger of one connection or of every one, as records: held orders, and files sent and received with their
 * states and reasons. Rows are grouped by store and partner ({@link ChosenConnections#ledgerGroups()}): two
 * connections of one store to one partner share them. The CLI prints these ({@code held}, {@code files}); the API and
 * the pages render them.
 */
@Component
public class LedgerQueries {

    /** Sent files, received files, or both. */
    public enum Direction {
        OUTBOUND, INBOUND;

        /** {@code outbound} or {@code inbound}, any case; null stays null (both). */
        public static Direction of(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return valueOf(value.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new UsageException("direction must be outbound or inbound, not '" + value + "'");
            }
        }
    }

    /**
     * The held orders of one store at one partner.
     *
     * @param connections the connections whose ledger this is
     */
    public record HeldOrders(String store, String partner, List<String> connections, List<Held> orders) {
    }

    /** The files of one store at one partner; a list is empty when its direction was not asked for. */
    public record Files(String store, String partner, List<String> connections, List<OutboundFile> outbound,
                        List<InboundFile> inbound) {
    }

    private final Connections connections;
    private final OrderLedger ledger;
    private final OutboundFiles outbound;
    private final InboundFiles inbound;

    LedgerQueries(Connections connections, OrderLedger ledger, OutboundFiles outbound, InboundFiles inbound) {
        this.connections = connections;
        this.ledger = ledger;
        this.outbound = outbound;
        this.inbound = inbound;
    }

    /** @param connection one connection's, or null for every one's */
    public List<HeldOrders> held(String connection) {
        return ChosenConnections.of(connections, connection).ledgerGroups().stream()
                .map(g -> new HeldOrders(g.store(), g.partner(), g.connections(), ledger.held(g.store(), g.partner())))
                .toList();
    }

    /**
     * @param direction  null for both
     * @param state      only files in this state (any case), or null for all
     * @param connection one connection's, or null for every one's
     */
    public List<Files> files(Direction direction, String state, String connection) {
        String wanted = state == null || state.isBlank() ? null : state.trim().toUpperCase();
        return ChosenConnections.of(connections, connection).ledgerGroups().stream().map(g -> new Files(g.store(), g.partner(),
                g.connections(),
                direction == Direction.INBOUND ? List.of() : outbound.list(g.store(), g.partner()).stream()
                        .filter(f -> wanted == null || wanted.equals(f.state())).toList(),
                direction == Direction.OUTBOUND ? List.of() : inbound.list(g.store(), g.partner()).stream()
                        .filter(f -> wanted == null || wanted.equals(f.state())).toList())).toList();
    }

    /** Whether the agent has more than one connection: printed lists then say whose each part is. */
    boolean several() {
        return ChosenConnections.configured(connections).size() > 1;
    }

    static String heading(List<String> connections, String store, String partner) {
        return new LedgerGroup(store, partner, connections).heading();
    }
}

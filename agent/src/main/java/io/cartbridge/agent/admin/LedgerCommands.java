package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.List;

import io.cartbridge.agent.admin.ChosenConnections.LedgerGroup;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import org.springframework.stereotype.Component;

/**
 * {@code held}, {@code files} and {@code resend}: the ledger of one connection ({@code --connection NAME}) or of
 * every one. With several connections each part starts with a heading naming whose it is; with one, the output
 * is what it was before there were connections.
 */
@Component
class LedgerCommands {

    private final Connections connections;
    private final OrderLedger ledger;
    private final OutboundFiles files;
    private final InboundFiles inbound;

    LedgerCommands(Connections connections, OrderLedger ledger, OutboundFiles files, InboundFiles inbound) {
        this.connections = connections;
        this.ledger = ledger;
        this.files = files;
        this.inbound = inbound;
    }

    int held(String connection, PrintStream out) {
        ChosenConnections chosen = ChosenConnections.of(connections, connection);
        List<LedgerGroup> groups = chosen.ledgerGroups();
        for (LedgerGroup group : groups) {
            heading(chosen, group, group == groups.get(0), out);
            List<OrderLedger.Held> held = ledger.held(group.store(), group.partner());
            out.printf("%d order(s) held for %s%n", held.size(), group.partner());
            for (OrderLedger.Held h : held) {
                out.printf("  order %-10s since %s  %s%n", h.orderNumber(), h.since().withNano(0), h.reason());
            }
        }
        return 0;
    }

    int files(String state, String connection, PrintStream out) {
        String wanted = state == null ? null : state.trim().toUpperCase();
        ChosenConnections chosen = ChosenConnections.of(connections, connection);
        List<LedgerGroup> groups = chosen.ledgerGroups();
        for (LedgerGroup group : groups) {
            heading(chosen, group, group == groups.get(0), out);
            sent(files.list(group.store(), group.partner()).stream()
                    .filter(f -> wanted == null || wanted.equals(f.state())).toList(), out);
            received(inbound.list(group.store(), group.partner()).stream()
                    .filter(f -> wanted == null || wanted.equals(f.state())).toList(), out);
        }
        return 0;
    }

    /**
     * Asks for a sent order to go out again. Without {@code --connection}, the order is looked up in every
     * connection's ledger: an order number found in two shops' ledgers is refused, never guessed.
     */
    int resend(String cartOrderId, String connection, PrintStream out) {
        ChosenConnections chosen = ChosenConnections.of(connections, connection);
        LedgerGroup group = holding(cartOrderId, chosen);
        if (!ledger.requestResend(group.store(), group.partner(), cartOrderId)) {
            throw new UsageException("order " + cartOrderId + (chosen.several() ? " of store " + group.store() : "")
                    + " has not been sent to " + group.partner());
        }
        out.println("Order " + cartOrderId + " will be sent again by the next order-export run"
                + (chosen.several() ? " of " + group.heading() : "") + ".");
        return 0;
    }

    /** The ledger that holds the order: the only one chosen, or the only one of them that knows it. */
    private LedgerGroup holding(String cartOrderId, ChosenConnections chosen) {
        List<LedgerGroup> groups = chosen.ledgerGroups();
        if (groups.size() == 1) {
            return groups.get(0);
        }
        List<LedgerGroup> knowing = groups.stream()
                .filter(g -> !ledger.states(g.store(), g.partner(), List.of(cartOrderId)).isEmpty()).toList();
        if (knowing.isEmpty()) {
            throw new UsageException("order " + cartOrderId + " is in no connection's ledger (connections: "
                    + String.join(", ", chosen.chosen().stream().map(Connection::name).toList()) + ")");
        }
        if (knowing.size() > 1) {
            throw new UsageException("order " + cartOrderId + " is in the ledgers of " + String.join(" and ",
                    knowing.stream().map(LedgerGroup::heading).toList()) + "; say which with --connection NAME");
        }
        return knowing.get(0);
    }

    /** With several connections, whose the lines below are; a blank line before all but the first. */
    private static void heading(ChosenConnections chosen, LedgerGroup group, boolean first, PrintStream out) {
        if (chosen.several()) {
            if (!first) {
                out.println();
            }
            out.println(group.heading());
        }
    }

    private static void sent(List<OutboundFiles.OutboundFile> sent, PrintStream out) {
        out.printf("%-36s %-4s %-9s %6s  %-9s %s%n", "FILE", "TYPE", "ICN", "ORDERS", "STATE", "UPLOADED");
        for (OutboundFiles.OutboundFile f : sent) {
            out.printf("%-36s %-4s %09d %6d  %-9s %s%s%n", f.fileName(), f.documentType(), f.controlNumber(),
                    f.documentCount(), f.state(), f.uploadedAt() == null ? "-" : f.uploadedAt().withNano(0),
                    f.reason() == null ? "" : "  " + f.reason());
        }
    }

    private static void received(List<InboundFiles.InboundFile> received, PrintStream out) {
        if (received.isEmpty()) {
            return;
        }
        out.println();
        out.printf("%-36s %-4s %-14s %-9s %s%n", "RECEIVED FILE", "TYPE", "ICN", "STATE", "REASON");
        for (InboundFiles.InboundFile f : received) {
            out.printf("%-36s %-4s %-14s %-9s %s%n", f.remoteName(), f.documentType() == null ? "-" : f.documentType(),
                    f.interchangeControlNumber() == null ? "-" : f.interchangeControlNumber(), f.state(),
                    f.reason() == null ? "" : f.reason());
        }
    }
}

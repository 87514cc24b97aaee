package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.List;

import io.cartbridge.agent.admin.LedgerQueries.Direction;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import org.springframework.stereotype.Component;

/**
 * {@code held}, {@code files}, {@code order}, {@code resend}, {@code resend-file} and {@code reprocess}: prints what
 * {@link LedgerQueries}, {@link OrderTrails} and {@link LedgerActions} return. With several connections each part
 * starts with a heading naming whose it is; with one, the output is what it was before there were connections.
 */
@Component
class LedgerCommands {

    private final LedgerQueries queries;
    private final LedgerActions actions;
    private final OrderTrails trails;

    LedgerCommands(LedgerQueries queries, LedgerActions actions, OrderTrails trails) {
        this.queries = queries;
        this.actions = actions;
        this.trails = trails;
    }

    int held(String connection, PrintStream out) {
        List<LedgerQueries.HeldOrders> groups = queries.held(connection);
        boolean several = queries.several();
        for (LedgerQueries.HeldOrders group : groups) {
            heading(several, LedgerQueries.heading(group.connections(), group.store(), group.partner()), group == groups.get(0), out);
            out.printf("%d order(s) held for %s%n", group.orders().size(), group.partner());
            for (OrderLedger.Held h : group.orders()) {
                out.printf("  order %-10s since %s  %s%n", h.orderNumber(), h.since().withNano(0), h.reason());
            }
        }
        return 0;
    }

    int files(String state, String connection, PrintStream out) {
        List<LedgerQueries.Files> groups = queries.files(null, state, connection);
        boolean several = queries.several();
        for (LedgerQueries.Files group : groups) {
            heading(several, LedgerQueries.heading(group.connections(), group.store(), group.partner()), group == groups.get(0), out);
            sent(group.outbound(), out);
            received(group.inbound(), out);
        }
        return 0;
    }

    int resend(String cartOrderId, String connection, PrintStream out) {
        LedgerActions.Resent resent = actions.resendOrder(cartOrderId, connection);
        out.println("Order " + cartOrderId + " will be sent again by the next order-export run"
                + (resent.several() ? " of " + LedgerQueries.heading(resent.connections(), resent.store(), resent.partner()) : "")
                + ".");
        return 0;
    }

    int resendFile(long fileId, PrintStream out) {
        List<String> orders = actions.resendFile(fileId);
        out.println("Outbound file " + fileId + ": its " + orders.size() + " order(s) (" + String.join(", ", orders)
                + ") will be sent again by the next order-export run, in a new interchange.");
        return 0;
    }

    int reprocess(long fileId, PrintStream out) {
        actions.reprocess(fileId);
        out.println("Inbound file " + fileId + " is RECEIVED again: the next import applies it (what it applied before is "
                + "not applied twice).");
        return 0;
    }

    /** Prints the trails; 0 when there is one or more, 1 when the ledger does not know the order. */
    int order(String orderNumber, String connection, PrintStream out) {
        List<OrderTrails.Trail> found = trails.of(orderNumber, connection);
        if (found.isEmpty()) {
            out.println(OrderTrails.unknown(orderNumber, connection));
            return 1;
        }
        for (OrderTrails.Trail t : found) {
            out.printf("Order %s (cart order %s) of store %s at partner %s: %s%n", t.orderNumber(), t.cartOrderId(), t.store(),
                    t.partner(), t.state());
            for (OrderTrails.Event e : t.events()) {
                out.printf("  %-19s  %s%n", e.at() == null ? "-" : e.at().withNano(0).toString().replace('T', ' '), e.what());
            }
        }
        return 0;
    }

    /** With several connections, whose the lines below are; a blank line before all but the first. */
    private static void heading(boolean several, String heading, boolean first, PrintStream out) {
        if (several) {
            if (!first) {
                out.println();
            }
            out.println(heading);
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

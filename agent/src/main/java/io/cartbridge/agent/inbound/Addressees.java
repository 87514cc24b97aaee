package io.cartbridge.agent.inbound;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.warehouse.WarehouseProperties;

/**
 * Which of a partner's shops a received file is for. The folder narrows it to the partner's connections; when they
 * are of one store, that is the store. Otherwise the interchange's receiver id (ISA08, with its qualifier ISA07)
 * must be the envelope sender id of exactly one store's connection (each client shop has its own id at the 3PL).
 * Never guessed from the documents' order numbers: a file that does not say is recorded with the reason.
 */
final class Addressees {

    /** The connection a file is for, or why none can be told. */
    record Match(ConnectionContext connection, String problem) {
    }

    private final String partner;
    private final List<ConnectionContext> connections;

    Addressees(String partner, List<ConnectionContext> connections) {
        this.partner = partner;
        this.connections = List.copyOf(connections);
    }

    Match of(InterchangeHeader header) {
        if (connections.stream().map(ConnectionContext::store).distinct().count() <= 1) {
            return new Match(connections.isEmpty() ? null : connections.get(0),
                    connections.isEmpty() ? "no connection sends to partner " + partner : null);
        }
        if (header.receiverId() == null || header.receiverId().isEmpty()) {
            return new Match(null, "no ISA receiver id to tell which of partner " + partner + "'s shops it is for ("
                    + ids() + ")");
        }
        List<ConnectionContext> addressed = connections.stream().filter(c -> addressedTo(c.partner(), header)).toList();
        List<String> stores = addressed.stream().map(ConnectionContext::store).distinct().toList();
        if (stores.size() == 1) {
            return new Match(addressed.get(0), null);
        }
        String receiver = (header.receiverQualifier() == null ? "" : header.receiverQualifier() + ":") + header.receiverId();
        if (stores.isEmpty()) {
            return new Match(null, "addressed to receiver " + receiver + ", which is not the sender id of any shop of partner "
                    + partner + " (" + ids() + ")");
        }
        return new Match(null, "addressed to receiver " + receiver + ", the sender id of several shops of partner " + partner
                + " (stores " + String.join(", ", stores) + "); give each connection its own x12.sender-id");
    }

    private static boolean addressedTo(WarehouseProperties partner, InterchangeHeader header) {
        WarehouseProperties.X12 x12 = partner.x12();
        if (x12.senderId() == null || !x12.senderId().trim().equalsIgnoreCase(header.receiverId())) {
            return false;
        }
        return header.receiverQualifier() == null || header.receiverQualifier().isEmpty() || x12.senderQualifier() == null
                || x12.senderQualifier().trim().toUpperCase(Locale.ROOT).equals(header.receiverQualifier().toUpperCase(Locale.ROOT));
    }

    private String ids() {
        return connections.stream().map(c -> c.name() + ": " + c.partner().x12().senderQualifier() + ":" + c.partner().x12().senderId())
                .collect(Collectors.joining(", "));
    }
}

package io.cartbridge.agent.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.PartnerEnvelope;

/**
 * Which of a partner's shops a received file is for. The folder narrows it to the partner's connections; when they
 * are of one store, that is the store. Otherwise the interchange's receiver id (X12 ISA08 with its qualifier ISA07,
 * EDIFACT UNB recipient)
 * must be the envelope sender id of exactly one store's connection (each client shop has its own id at the 3PL).
 * Where several stores share that id, a ship notice is matched by the orders it names, which only one of them may
 * have sent ({@link #byOrderNumbers}); anything else that does not say is recorded with the reason, never guessed.
 */
final class Addressees {

    /**
     * The connection a file is for, or why none can be told.
     *
     * @param sharing when the receiver id is the sender id of several stores' connections: those connections
     */
    record Match(ConnectionContext connection, String problem, List<ConnectionContext> sharing) {

        Match(ConnectionContext connection, String problem) {
            this(connection, problem, List.of());
        }
    }

    private final String partner;
    private final List<ConnectionContext> connections;

    Addressees(String partner, List<ConnectionContext> connections) {
        this.partner = partner;
        this.connections = List.copyOf(connections);
    }

    Match of(Envelope header) {
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
                + " (stores " + String.join(", ", stores) + "); give each connection its own x12.sender-id", addressed);
    }

    /**
     * For a ship notice to a receiver id several stores share: the store that sent the orders it names. An order number
     * that both stores sent is an error, as is a file whose documents are for several stores: the file is never applied
     * to a guessed shop. Order numbers no store sent do not decide (they are reported as unknown when applied).
     *
     * @param orderNumbers the order numbers of the file's documents
     * @param storesSent   which of the given stores sent the partner an order of that number
     */
    Match byOrderNumbers(Match shared, List<String> orderNumbers, BiFunction<String, List<String>, List<String>> storesSent) {
        List<String> candidates = shared.sharing().stream().map(ConnectionContext::store).distinct().toList();
        Map<String, List<String>> ordersOfStore = new TreeMap<>();
        for (String number : orderNumbers.stream().filter(java.util.Objects::nonNull).distinct().toList()) {
            List<String> stores = storesSent.apply(number, candidates);
            if (stores.size() > 1) {
                return new Match(null, "order " + number + " is an order of stores " + String.join(" and ", stores)
                        + ", which share the receiver id it is addressed to: applied to neither", shared.sharing());
            }
            stores.forEach(store -> ordersOfStore.computeIfAbsent(store, k -> new ArrayList<>()).add(number));
        }
        if (ordersOfStore.size() == 1) {
            String store = ordersOfStore.keySet().iterator().next();
            return new Match(shared.sharing().stream().filter(c -> c.store().equals(store)).findFirst().orElseThrow(), null);
        }
        if (ordersOfStore.isEmpty()) {
            return new Match(null, shared.problem() + "; none of its orders (" + String.join(", ", orderNumbers)
                    + ") was sent by any of them", shared.sharing());
        }
        return new Match(null, "its documents are for several stores that share the receiver id it is addressed to ("
                + ordersOfStore.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; ")) + "): applied to none", shared.sharing());
    }

    private static boolean addressedTo(WarehouseProperties partner, Envelope header) {
        PartnerEnvelope ours = partner.envelope();
        if (ours.senderId() == null || !ours.senderId().trim().equalsIgnoreCase(header.receiverId())) {
            return false;
        }
        return header.receiverQualifier() == null || header.receiverQualifier().isEmpty() || ours.senderQualifier() == null
                || ours.senderQualifier().trim().toUpperCase(Locale.ROOT).equals(header.receiverQualifier().toUpperCase(Locale.ROOT));
    }

    private String ids() {
        return connections.stream().map(c -> c.name() + ": " + c.partner().envelope().senderQualifier() + ":"
                        + c.partner().envelope().senderId())
                .collect(Collectors.joining(", "));
    }
}

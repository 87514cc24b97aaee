package io.cartbridge.agent.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import io.cartbridge.agent.admin.ChosenConnections.LedgerGroup;
import io.cartbridge.agent.connections.Connection;
import io.cartbridge.agent.connections.Connections;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's actions on the ledger, each recorded there and each keeping the exactly-once rules: an order or a file's
 * orders sent again in a new interchange by the next order-export ({@code resend}, {@code resend-file}), a rejected
 * received file applied again after a fix ({@code reprocess}), and a file's bytes for download.
 */
@Component
public class LedgerActions {

    private static final String OUTBOUND = "SELECT store, partner, file_name, content FROM cb_outbound_file WHERE id = ?";
    private static final String INBOUND = """
            SELECT remote_name, local_path, state, document_type, store, partner, sender_id, interchange_control_number
            FROM cb_inbound_file WHERE id = ?""";
    /** Another file of the same interchange that counts (applied, or waiting): reprocessing would apply it twice. */
    private static final String SAME_INTERCHANGE = """
            SELECT MIN(id) FROM cb_inbound_file
            WHERE id <> ? AND store <=> ? AND partner = ? AND sender_id = ? AND interchange_control_number = ?
              AND state NOT IN ('DUPLICATE', 'REJECTED')""";
    private static final String REPROCESS = """
            UPDATE cb_inbound_file SET state = 'RECEIVED', reason = LEFT(CONCAT('reprocess requested at ', ?, ' (was rejected: ',
                   COALESCE(reason, '-'), ')'), 2000)
            WHERE id = ? AND state = 'REJECTED'""";

    /** A file's name and bytes. */
    public record FileContent(String fileName, byte[] bytes) {
    }

    /**
     * An order to be sent again.
     *
     * @param connections the connections whose ledger holds it; {@code several}: the agent has more than one
     */
    public record Resent(String cartOrderId, String store, String partner, List<String> connections, boolean several) {
    }

    private final Connections connections;
    private final OrderLedger ledger;
    private final JdbcTemplate jdbc;

    LedgerActions(Connections connections, OrderLedger ledger, JdbcTemplate jdbc) {
        this.connections = connections;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /**
     * Asks for a sent order to go out again. Without a connection, the order is looked up in every connection's
     * ledger: an order number found in two shops' ledgers is refused, never guessed.
     */
    public Resent resendOrder(String cartOrderId, String connection) {
        ChosenConnections chosen = ChosenConnections.of(connections, connection);
        LedgerGroup group = holding(cartOrderId, chosen);
        if (!ledger.requestResend(group.store(), group.partner(), cartOrderId)) {
            throw new NotAllowedException("order " + cartOrderId + (chosen.several() ? " of store " + group.store() : "")
                    + " has not been sent to " + group.partner());
        }
        return new Resent(cartOrderId, group.store(), group.partner(), group.connections(), chosen.several());
    }

    /**
     * Asks for the orders of a sent file to go out again with the next order-export, in a new interchange (the
     * warehouse lost the file, or rejected it and the cause is fixed). {@return the cart order ids}
     */
    @Transactional
    public List<String> resendFile(long fileId) {
        var file = jdbc.queryForList(OUTBOUND, fileId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no outbound file " + fileId));
        List<String> orders = ledger.filedIn(fileId).stream().map(OrderLedger.FiledOrder::cartOrderId).toList();
        if (orders.isEmpty()) {
            throw new NotAllowedException("outbound file " + fileId + " (" + file.get("file_name") + ") carries no order "
                    + "still filed in it: an acknowledgment, or its orders were resent already");
        }
        for (String order : orders) {
            ledger.requestResend((String) file.get("store"), (String) file.get("partner"), order);
        }
        return orders;
    }

    /**
     * Puts a rejected received file back to RECEIVED, so that the next import applies it again (after a fix of
     * what rejected it). Shipments are applied once per order, so what it applied before is not applied twice;
     * refused when another file of the same interchange was applied or waits, since that one counts.
     */
    public void reprocess(long fileId) {
        var file = inbound(fileId);
        if (!InboundFiles.State.REJECTED.name().equals(file.get("state"))) {
            throw new NotAllowedException("inbound file " + fileId + " is " + file.get("state")
                    + "; only a REJECTED file can be reprocessed");
        }
        if (file.get("document_type") == null) {
            throw new NotAllowedException("inbound file " + fileId + " was not recognised as any document: nothing to apply");
        }
        if (!Files.isRegularFile(Path.of((String) file.get("local_path")))) {
            throw new NotAllowedException("inbound file " + fileId + " is no longer in the inbox (" + file.get("local_path") + ")");
        }
        if (file.get("interchange_control_number") != null) {
            Long other = jdbc.queryForObject(SAME_INTERCHANGE, Long.class, fileId, file.get("store"), file.get("partner"),
                    file.get("sender_id"), file.get("interchange_control_number"));
            if (other != null) {
                throw new NotAllowedException("inbound file " + fileId + " carries interchange " + file.get("interchange_control_number")
                        + ", which inbound file " + other + " carries too and counts: reprocessing would apply it twice");
            }
        }
        if (jdbc.update(REPROCESS, LocalDateTime.now().withNano(0).toString(), fileId) != 1) {
            throw new NotAllowedException("inbound file " + fileId + " changed meanwhile; look again");
        }
    }

    /** The bytes of a sent file (from the ledger) or a received one (from the inbox). */
    public FileContent content(LedgerQueries.Direction direction, long fileId) {
        if (direction == LedgerQueries.Direction.OUTBOUND) {
            var file = jdbc.queryForList(OUTBOUND, fileId).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("no outbound file " + fileId));
            return new FileContent((String) file.get("file_name"), (byte[]) file.get("content"));
        }
        var file = inbound(fileId);
        try {
            return new FileContent((String) file.get("remote_name"), Files.readAllBytes(Path.of((String) file.get("local_path"))));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("inbound file " + fileId + " is no longer in the inbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.Map<String, Object> inbound(long fileId) {
        return jdbc.queryForList(INBOUND, fileId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no inbound file " + fileId));
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
            throw new NotFoundException("order " + cartOrderId + " is in no connection's ledger (connections: "
                    + String.join(", ", chosen.chosen().stream().map(Connection::name).toList()) + ")");
        }
        if (knowing.size() > 1) {
            throw new UsageException("order " + cartOrderId + " is in the ledgers of " + String.join(" and ",
                    knowing.stream().map(LedgerGroup::heading).toList()) + "; say which with --connection NAME");
        }
        return knowing.get(0);
    }
}

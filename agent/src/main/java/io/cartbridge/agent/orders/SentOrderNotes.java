package io.cartbridge.agent.orders;

import java.util.List;
import java.util.Optional;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OrderLedger.FiledOrder;
import io.cartbridge.agent.ledger.OutboundFiles;
import org.springframework.stereotype.Component;

/**
 * Leaves a note on each order of an uploaded file in the cart, naming the file that carried it, so
 * store staff can see the order went to the warehouse; then records the file noted. The cart and the
 * ledger are two databases: the notes are written first and are idempotent, so a crash before the
 * ledger's mark only repeats a no-op. A cart platform without notes gets none; the file is marked noted all the same. Used by the eager sender and by the order-notes step.
 */
@Component
class SentOrderNotes {

    private final OrderLedger ledger;
    private final OutboundFiles files;

    SentOrderNotes(OrderLedger ledger, OutboundFiles files) {
        this.ledger = ledger;
        this.files = files;
    }

    /**
     * Notes the orders of the file, in a transaction that holds the file's claim until it is marked noted (so
     * two runs never both add the notes).
     */
    void write(long fileId, ConnectionContext connection) {
        if (!files.claimNotes(fileId)) {
            return;                 // noted meanwhile, or being noted by another run
        }
        List<FiledOrder> orders = ledger.filedIn(fileId);
        Optional<OrderNotes> notes = connection.cart().plugin().orderNotes();
        if (!orders.isEmpty() && notes.isPresent()) {
            notes.get().add(orders.stream().map(o -> new OrderNotes.Note(o.cartOrderId(), text(connection.partnerId(), o))).toList());
        }
        files.markNoted(fileId);
    }

    static String text(String partner, FiledOrder order) {
        return "Sent to warehouse " + partner + " by CartBridge: " + order.format() + " " + order.documentType() + " in file "
                + order.fileName() + " (interchange " + "%09d".formatted(order.controlNumber()) + ", transaction "
                + order.transactionControlNumber() + ").";
    }
}

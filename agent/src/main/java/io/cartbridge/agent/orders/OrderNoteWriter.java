package io.cartbridge.agent.orders;

import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.OrderNotes;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OrderLedger.Unnoted;
import io.cartbridge.agent.support.FaultInjector;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Leaves a note on each sent order in the cart, naming the file that carried it, so store staff
 * can see the order went to the warehouse. The cart and the ledger are two databases: the notes are
 * written first and are idempotent, so a crash before the ledger commit only repeats a no-op.
 */
class OrderNoteWriter implements ItemWriter<Unnoted> {

    private final String partner;
    private final CartDatabase cart;
    private final OrderLedger ledger;
    private final FaultInjector faults;

    OrderNoteWriter(String partner, CartDatabase cart, OrderLedger ledger, FaultInjector faults) {
        this.partner = partner;
        this.cart = cart;
        this.ledger = ledger;
        this.faults = faults;
    }

    @Override
    public void write(Chunk<? extends Unnoted> chunk) {
        List<OrderNotes.Note> notes = new ArrayList<>(chunk.size());
        List<Long> ids = new ArrayList<>(chunk.size());
        for (Unnoted order : chunk) {
            notes.add(new OrderNotes.Note(order.cartOrderId(), text(partner, order)));
            ids.add(order.id());
        }
        cart.plugin().orderNotes().add(notes);
        faults.check("notify.after-cart");
        ledger.markNoted(ids);
    }

    static String text(String partner, Unnoted order) {
        return "Sent to warehouse " + partner + " by CartBridge: X12 940 in file " + order.fileName()
                + " (interchange " + "%09d".formatted(order.controlNumber()) + ", transaction "
                + order.transactionControlNumber() + ").";
    }
}

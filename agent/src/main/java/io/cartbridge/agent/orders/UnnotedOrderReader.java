package io.cartbridge.agent.orders;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OrderLedger.Unnoted;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Sent orders whose note in the cart is still to be written, by ledger id, a page at a time. */
class UnnotedOrderReader implements ItemStreamReader<Unnoted> {

    private final String partner;
    private final OrderLedger ledger;
    private final int pageSize;
    private final Deque<Unnoted> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    UnnotedOrderReader(String partner, OrderLedger ledger, int pageSize) {
        this.partner = partner;
        this.ledger = ledger;
        this.pageSize = pageSize;
    }

    @Override
    public Unnoted read() {
        if (page.isEmpty() && !exhausted) {
            List<Unnoted> next = ledger.unnoted(partner, lastId, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        Unnoted order = page.poll();
        if (order != null) {
            lastId = order.id();
        }
        return order;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        ledger.sentWithTheirFile(partner);
        lastId = 0;
        exhausted = false;
        page.clear();
    }
}

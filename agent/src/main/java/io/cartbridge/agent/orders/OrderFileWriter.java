package io.cartbridge.agent.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.edi.model.WarehouseOrder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files a chunk of checked orders, all in the chunk's transaction: skips the orders the ledger
 * already filed for the store, takes the next interchange control number of the envelope's sender and
 * receiver pair, renders the others into one file kept in the ledger, and records every order (filed, or
 * held with its reason). A crash anywhere rolls all of it back, counter included; the restarted chunk
 * does the same again.
 */
class OrderFileWriter implements ItemWriter<OrderCandidate> {

    private final String store;
    private final String partner;
    private final ControlNumbers.Pair pair;
    private final long jobExecutionId;
    private final OrderLedger ledger;
    private final OutboundFiles files;
    private final ControlNumbers controlNumbers;
    private final OrderFileRenderer renderer;
    private final EagerFileSender eager;

    OrderFileWriter(String store, String partner, long jobExecutionId, OrderLedger ledger, OutboundFiles files,
                    ControlNumbers controlNumbers, OrderFileRenderer renderer, EagerFileSender eager) {
        this.store = store;
        this.partner = partner;
        this.pair = renderer.pair();
        this.jobExecutionId = jobExecutionId;
        this.ledger = ledger;
        this.files = files;
        this.controlNumbers = controlNumbers;
        this.renderer = renderer;
        this.eager = eager;
    }

    @Override
    public void write(Chunk<? extends OrderCandidate> chunk) {
        // the counter first: a run filing the same orders at the same moment waits here, then finds them filed
        // below and files nothing
        controlNumbers.lock(store, partner, pair, renderer.counter());
        List<String> ids = chunk.getItems().stream().map(c -> c.cart().cartOrderId()).toList();
        Map<String, OrderLedger.State> known = ledger.states(store, partner, ids);
        List<OrderCandidate> toFile = new ArrayList<>();
        List<OrderLedger.Entry> entries = new ArrayList<>();
        for (OrderCandidate candidate : chunk.getItems()) {
            OrderLedger.State state = known.get(candidate.cart().cartOrderId());
            if (state == OrderLedger.State.FILED) {
                continue;
            }
            if (candidate.isHeld()) {
                entries.add(new OrderLedger.Entry(candidate.cart().cartOrderId(), candidate.cart().orderNumber(),
                        OrderLedger.State.HELD, candidate.heldReason(), null, null));
            } else {
                toFile.add(candidate);
            }
        }
        if (!toFile.isEmpty()) {
            long controlNumber = controlNumbers.next(store, partner, pair, renderer.counter());
            List<WarehouseOrder> orders = toFile.stream().map(OrderCandidate::order).toList();
            byte[] content = renderer.render(controlNumber, orders);
            String fileName = renderer.fileName(controlNumber);
            long fileId = files.add(store, partner, renderer.format(), renderer.documentType(), controlNumber,
                    fileName, orders.size(), content);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        eager.committed(fileId, fileName, content);
                    }
                });
            }
            for (int i = 0; i < toFile.size(); i++) {
                OrderCandidate c = toFile.get(i);
                entries.add(new OrderLedger.Entry(c.cart().cartOrderId(), c.cart().orderNumber(), OrderLedger.State.FILED,
                        null, fileId, renderer.documentControlNumber(i)));
            }
        }
        ledger.record(store, partner, jobExecutionId, entries);
    }

}

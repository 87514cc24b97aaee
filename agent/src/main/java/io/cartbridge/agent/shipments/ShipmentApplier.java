package io.cartbridge.agent.shipments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Shipments.Key;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.edi.model.ShipmentConfirmation;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Applies shipment confirmations to the cart, each warehouse shipment once per order it covers (one
 * 856 often ships several orders under one shipment id). The chunk's shipments are first claimed in
 * the ledger, in the chunk's transaction: a (shipment, order) recorded before, by this run, an earlier
 * file or a run working at the same moment, is not claimed and not applied. The claimed ones go to the
 * cart ({@link OrderShipments}: the core's rules, the plugin's rows; idempotently, in the cart's own
 * transaction, one per chunk), and the ledger records their outcomes before the chunk commits. A confirmation for an order CartBridge never sent, or for
 * SKUs not on the order, is recorded with the reason and the run goes on. The last shipment of a file
 * marks the file applied.
 */
class ShipmentApplier implements ItemWriter<Received<ShipmentConfirmation>>, ItemStream {

    /**
     * The step context's count of shipment lines this execution found not on their order, kept with the
     * reader's checkpoint so that it holds what committed; zero at the start of every execution, a restart's
     * included, whose context is a copy of the failed execution's.
     */
    static final String LINES_NOT_ON_ORDER_KEY = "shipment-run.lines-not-on-order";
    private long linesNotOnOrder;

    private final String store;
    private final String partner;
    private final long jobExecutionId;
    private final CartDatabase cart;
    private final Shipments shipments;
    private final InboundFiles files;
    private final ShipmentRules rules;

    ShipmentApplier(String store, String partner, long jobExecutionId, CartDatabase cart, Shipments shipments,
                    InboundFiles files, ItemIdentity items) {
        this.store = store;
        this.partner = partner;
        this.jobExecutionId = jobExecutionId;
        this.cart = cart;
        this.shipments = shipments;
        this.files = files;
        this.rules = new ShipmentRules(partner, items);
    }

    @Override
    public void write(Chunk<? extends Received<ShipmentConfirmation>> chunk) {
        apply(chunk);
        for (Received<ShipmentConfirmation> item : chunk) {
            if (item.error() != null) {
                files.mark(item.fileId(), InboundFiles.State.REJECTED, item.error());
            } else if (item.lastOfFile()) {
                files.mark(item.fileId(), InboundFiles.State.APPLIED, null);
            }
        }
    }

    /**
     * The chunk's new shipments: one ledger lookup, one claim, one call to the cart plugin for those
     * claimed (one cart transaction), one batch of ledger outcomes.
     */
    private void apply(Chunk<? extends Received<ShipmentConfirmation>> chunk) {
        Map<Key, Received<ShipmentConfirmation>> candidates = ShipmentRules.firstPerKey(chunk);
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, String> cartOrderIds = shipments.cartOrderIds(store, partner, ShipmentRules.orderNumbers(candidates.values()));
        Map<Key, Shipment> pending = new LinkedHashMap<>();
        candidates.forEach((key, item) -> pending.put(key, rules.pending(item,
                item.item().orderNumber() == null ? null : cartOrderIds.get(item.item().orderNumber()))));
        Set<Key> claimed = shipments.claim(store, partner, jobExecutionId, List.copyOf(pending.values()));
        List<Shipment> records = new ArrayList<>();
        List<Integer> toCart = new ArrayList<>();
        List<ShipmentUpdate> updates = new ArrayList<>();
        pending.forEach((key, shipment) -> {
            if (!claimed.contains(key)) {
                return;
            }
            if (shipment.state() == null) {
                toCart.add(records.size());
                updates.add(rules.update(candidates.get(key).item(), shipment.cartOrderId()));
            }
            records.add(shipment);
        });
        if (!updates.isEmpty()) {
            List<ShipmentResult> results = OrderShipments.apply(cart.plugin(), updates);
            for (int i = 0; i < results.size(); i++) {
                linesNotOnOrder += results.get(i).linesNotOnOrder();
                records.set(toCart.get(i), ShipmentRules.outcome(records.get(toCart.get(i)), results.get(i)));
            }
        }
        shipments.settle(store, partner, records);
    }

    @Override
    public void open(ExecutionContext context) {
        linesNotOnOrder = 0;
        context.putLong(LINES_NOT_ON_ORDER_KEY, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LINES_NOT_ON_ORDER_KEY, linesNotOnOrder);
    }
}

package io.cartbridge.agent.shipments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentResult;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentUpdate;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.Shipments;
import io.cartbridge.agent.ledger.Shipments.Shipment;
import io.cartbridge.agent.support.FaultInjector;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShippedLine;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Applies shipment confirmations to the cart, each warehouse shipment once: a shipment already in
 * the ledger is skipped; otherwise the cart plugin writes it (idempotently, in the cart's own
 * transaction, one per chunk) and the ledger records the outcomes in the chunk's transaction. A confirmation for an
 * order CartBridge never sent, or for SKUs not on the order, is recorded with the reason and the run
 * goes on. The last shipment of a file marks the file applied.
 */
class ShipmentApplier implements ItemWriter<Received<ShipmentConfirmation>> {

    private final String partner;
    private final long jobExecutionId;
    private final CartDatabase cart;
    private final Shipments shipments;
    private final InboundFiles files;
    private final FaultInjector faults;
    private final ItemIdentity items;
    private int chunks;

    ShipmentApplier(String partner, long jobExecutionId, CartDatabase cart, Shipments shipments, InboundFiles files,
                    FaultInjector faults, ItemIdentity items) {
        this.partner = partner;
        this.jobExecutionId = jobExecutionId;
        this.cart = cart;
        this.shipments = shipments;
        this.files = files;
        this.faults = faults;
        this.items = items;
    }

    @Override
    public void write(Chunk<? extends Received<ShipmentConfirmation>> chunk) {
        faults.check("shipment.chunk-" + (++chunks));
        apply(chunk);
        for (Received<ShipmentConfirmation> item : chunk) {
            if (item.error() != null) {
                files.mark(item.fileId(), InboundFiles.REJECTED, item.error());
            } else if (item.lastOfFile()) {
                files.mark(item.fileId(), InboundFiles.APPLIED, null);
            }
        }
    }

    /**
     * The chunk's new shipments: two ledger lookups, one call to the cart plugin for all of them (one
     * cart transaction), one batch of ledger rows. A shipment id seen before, in the ledger or earlier
     * in the chunk, is skipped.
     */
    private void apply(Chunk<? extends Received<ShipmentConfirmation>> chunk) {
        Map<String, Received<ShipmentConfirmation>> fresh = new LinkedHashMap<>();
        for (Received<ShipmentConfirmation> item : chunk) {
            if (item.error() == null && item.item() != null) {
                fresh.putIfAbsent(shipmentId(item.item()), item);
            }
        }
        fresh.keySet().removeAll(shipments.known(partner, fresh.keySet()));
        Map<String, String> cartOrderIds = shipments.cartOrderIds(partner, fresh.values().stream()
                .map(r -> r.item().orderNumber()).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Shipment> records = new ArrayList<>();
        List<Long> recordFiles = new ArrayList<>();
        List<Integer> toCart = new ArrayList<>();
        List<ShipmentUpdate> updates = new ArrayList<>();
        fresh.forEach((shipmentId, item) -> {
            ShipmentConfirmation s = item.item();
            String cartOrderId = s.orderNumber() == null ? null : cartOrderIds.get(s.orderNumber());
            List<String> tracking = tracking(s);
            if (cartOrderId == null) {
                records.add(new Shipment(shipmentId, s.orderNumber(), null, "UNKNOWN_ORDER",
                        "order " + s.orderNumber() + " was not sent to " + partner + " by CartBridge", s.carrierCode(),
                        String.join(",", tracking), false));
            } else {
                toCart.add(records.size());
                records.add(new Shipment(shipmentId, s.orderNumber(), cartOrderId, null, null, s.carrierCode(),
                        String.join(",", tracking), false));
                updates.add(new ShipmentUpdate(cartOrderId, shipmentId, s.shipDate(), s.carrierCode(), tracking,
                        lines(s.lines())));
            }
            recordFiles.add(item.fileId());
        });
        if (!updates.isEmpty()) {
            List<ShipmentResult> results = cart.plugin().shipmentSink().apply(updates);
            faults.chunkDelay();               // kill tests: the cart has committed, the ledger not yet
            faults.check("shipment.after-apply");
            for (int i = 0; i < results.size(); i++) {
                ShipmentResult result = results.get(i);
                Shipment pending = records.get(toCart.get(i));
                String state = result.outcome() == ShipmentResult.Outcome.ALREADY_APPLIED ? "APPLIED" : result.outcome().name();
                records.set(toCart.get(i), new Shipment(pending.shipmentId(), pending.orderNumber(), pending.cartOrderId(),
                        state, result.detail(), pending.carrier(), pending.trackingNumbers(), result.orderComplete()));
            }
        }
        shipments.record(partner, jobExecutionId, records, recordFiles);
    }

    private static String shipmentId(ShipmentConfirmation s) {
        return s.shipmentId() != null ? s.shipmentId()
                : "ISA" + s.interchangeControlNumber() + "-ST" + s.transactionControlNumber() + "-" + s.orderNumber();
    }

    private static List<String> tracking(ShipmentConfirmation s) {
        return s.packages().stream().map(ShipmentPackage::trackingNumber).filter(Objects::nonNull).toList();
    }

    /** Quantity not shipped is backordered, unless the line status says the warehouse cancelled it. */
    private List<ShipmentUpdate.Line> lines(List<ShippedLine> shipped) {
        List<ShipmentUpdate.Line> lines = new ArrayList<>();
        for (ShippedLine l : shipped) {
            BigDecimal missing = l.quantityDifference() != null ? l.quantityDifference()
                    : l.quantityOrdered() != null && l.quantityShipped() != null
                    ? l.quantityOrdered().subtract(l.quantityShipped()) : BigDecimal.ZERO;
            if (missing.signum() < 0) {
                missing = BigDecimal.ZERO;
            }
            boolean cancelled = "IC".equals(l.lineStatus()) || "CU".equals(l.lineStatus());
            String sku = items.cartSkuOrDescription(l.itemIds());
            lines.add(new ShipmentUpdate.Line(sku, l.quantityShipped(), cancelled ? BigDecimal.ZERO : missing,
                    cancelled ? missing : BigDecimal.ZERO));
        }
        return lines;
    }
}

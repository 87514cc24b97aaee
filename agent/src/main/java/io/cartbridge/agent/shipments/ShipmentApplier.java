package io.cartbridge.agent.shipments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.ShipmentSink;
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
 * transaction) and the ledger records the outcome in the chunk's transaction. A confirmation for an
 * order CartBridge never sent, or for SKUs not on the order, is recorded with the reason and the run
 * goes on. The last shipment of a file marks the file applied.
 */
class ShipmentApplier implements ItemWriter<Received<ShipmentConfirmation>> {

    private final String partner;
    private final CartDatabase cart;
    private final Shipments shipments;
    private final InboundFiles files;
    private final FaultInjector faults;
    private final ItemIdentity items;
    private int chunks;

    ShipmentApplier(String partner, CartDatabase cart, Shipments shipments, InboundFiles files, FaultInjector faults,
                    ItemIdentity items) {
        this.partner = partner;
        this.cart = cart;
        this.shipments = shipments;
        this.files = files;
        this.faults = faults;
        this.items = items;
    }

    @Override
    public void write(Chunk<? extends Received<ShipmentConfirmation>> chunk) {
        faults.chunkDelay();
        faults.check("shipment.chunk-" + (++chunks));
        for (Received<ShipmentConfirmation> item : chunk) {
            if (item.error() != null) {
                files.mark(item.fileId(), InboundFiles.REJECTED, item.error());
                continue;
            }
            if (item.item() != null) {
                apply(item.item(), item.fileId());
                faults.check("shipment.after-apply");
            }
            if (item.lastOfFile()) {
                files.mark(item.fileId(), InboundFiles.APPLIED, null);
            }
        }
    }

    private void apply(ShipmentConfirmation s, long fileId) {
        String shipmentId = s.shipmentId() != null ? s.shipmentId()
                : "ISA" + s.interchangeControlNumber() + "-ST" + s.transactionControlNumber() + "-" + s.orderNumber();
        if (shipments.known(partner, shipmentId)) {
            return;
        }
        List<String> tracking = s.packages().stream().map(ShipmentPackage::trackingNumber).filter(Objects::nonNull).toList();
        String cartOrderId = s.orderNumber() == null ? null : shipments.cartOrderId(partner, s.orderNumber());
        if (cartOrderId == null) {
            shipments.record(partner, new Shipment(shipmentId, s.orderNumber(), null, "UNKNOWN_ORDER",
                    "order " + s.orderNumber() + " was not sent to " + partner + " by CartBridge", s.carrierCode(),
                    String.join(",", tracking), false), fileId);
            return;
        }
        ShipmentResult result = cart.plugin().shipmentSink().apply(new ShipmentUpdate(cartOrderId, shipmentId,
                s.shipDate(), s.carrierCode(), tracking, lines(s.lines())));
        String state = result.outcome() == ShipmentResult.Outcome.ALREADY_APPLIED ? "APPLIED" : result.outcome().name();
        shipments.record(partner, new Shipment(shipmentId, s.orderNumber(), cartOrderId, state, result.detail(),
                s.carrierCode(), String.join(",", tracking), result.orderComplete()), fileId);
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

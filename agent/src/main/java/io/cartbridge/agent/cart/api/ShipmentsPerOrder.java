package io.cartbridge.agent.cart.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import io.cartbridge.agent.cart.ShipmentSink.Refusal;
import io.cartbridge.agent.cart.ShipmentSink.ShipmentWrite;

/**
 * Sends a chunk's shipments through a shop's API, order by order and each order's shipments in turn: once the shop
 * refuses one shipment of an order, its later shipments are not sent (they would build on one the shop does not have)
 * and are refused with the first one's reason.
 */
public final class ShipmentsPerOrder {

    /** One shipment's calls; returns the order as the shop now holds it, for the next shipment of the same order. */
    @FunctionalInterface
    public interface Send<O> {
        O send(long orderId, O order, ShipmentWrite shipment);
    }

    private ShipmentsPerOrder() {
    }

    /**
     * @param who   the platform, for the reason: "Magento", "WooCommerce"
     * @param order what is known of an order before its first shipment (may be null)
     * @return the shipments the shop refused, with its reason
     */
    public static <O> List<Refusal> send(String who, List<ShipmentWrite> writes, LongFunction<O> order, Send<O> send) {
        Map<Long, List<ShipmentWrite>> byOrder = new LinkedHashMap<>();
        for (ShipmentWrite write : writes) {
            byOrder.computeIfAbsent(Long.parseLong(write.update().cartOrderId().trim()), id -> new ArrayList<>()).add(write);
        }
        List<Refusal> refused = new ArrayList<>();
        byOrder.forEach((id, shipments) -> {
            O current = order.apply(id);
            String refusal = null;
            for (ShipmentWrite shipment : shipments) {
                if (refusal != null) {
                    refused.add(new Refusal(shipment.update(), "not sent: an earlier shipment of order " + id
                            + " was refused: " + refusal));
                    continue;
                }
                try {
                    current = send.send(id, current, shipment);
                } catch (CartApiRefusal e) {
                    refusal = who + " refused " + e.getMessage();
                    refused.add(new Refusal(shipment.update(), refusal));
                }
            }
        });
        return refused;
    }
}

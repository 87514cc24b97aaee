package io.cartbridge.edi.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A shipping order sent to the warehouse: one cart order, with what to pick and where to ship.
 *
 * @param orderNumber       the cart's customer-facing order number (X12 W05-02, the depositor order number)
 * @param cartOrderId       the cart's internal order id (may equal {@code orderNumber})
 * @param orderDate         when the order was placed (UTC), or {@code null}
 * @param shipTo            the ship-to address and contact
 * @param shippingMethod    the cart's shipping method as the customer chose it, or {@code null}
 * @param carrierCode       the carrier SCAC mapped from the shipping method, or {@code null}
 * @param serviceLevel      the carrier service level code mapped from the shipping method, or {@code null}
 * @param customerNote      the buyer's note to the seller, or {@code null}
 * @param lines             the lines, at least one
 * @param customerReference the reference the buyer knows the purchase by, where it is not the order number (a
 *                          PrestaShop order's {@code reference}, which the orders split from one cart share), or
 *                          {@code null}: X12 {@code N9*CR}, EDIFACT {@code RFF+CO}, XML {@code CustomerReference}
 * @since 0.1
 */
public record WarehouseOrder(String orderNumber, String cartOrderId, LocalDateTime orderDate,
                             Address shipTo, String shippingMethod, String carrierCode,
                             String serviceLevel, String customerNote, List<OrderLine> lines,
                             String customerReference) {

    public WarehouseOrder {
        lines = List.copyOf(lines);
    }

    /** An order without a customer reference of its own. */
    public WarehouseOrder(String orderNumber, String cartOrderId, LocalDateTime orderDate, Address shipTo,
                          String shippingMethod, String carrierCode, String serviceLevel, String customerNote,
                          List<OrderLine> lines) {
        this(orderNumber, cartOrderId, orderDate, shipTo, shippingMethod, carrierCode, serviceLevel, customerNote, lines,
                null);
    }
}

package io.cartbridge.agent.shipments;

/**
 * What became of one shipment of one order, as the core decided it against what the cart holds.
 *
 * @param outcome         see {@link Outcome}
 * @param detail          a human-readable summary or the reason the update was not applied
 * @param orderComplete   true when every line of the order has now shipped in full and the order
 *                        is (or already was, for {@link Outcome#ALREADY_APPLIED}) completed
 * @param linesNotOnOrder for {@link Outcome#NOT_ON_ORDER}, how many of the shipment's lines name an item
 *                        the order does not have; 0 otherwise
 */
public record ShipmentResult(Outcome outcome, String detail, boolean orderComplete, int linesNotOnOrder) {

    public ShipmentResult(Outcome outcome, String detail, boolean orderComplete) {
        this(outcome, detail, orderComplete, 0);
    }

    public enum Outcome {
        /** The shipment was written to the order. */
        APPLIED,
        /** The cart records the same shipment id on the order already; nothing was written. */
        ALREADY_APPLIED,
        /** The cart has no such order; nothing was written. */
        UNKNOWN_ORDER,
        /** At least one SKU of the shipment is not on the order; nothing was written. */
        NOT_ON_ORDER,
        /**
         * The platform's API refused a write (a 4xx): the detail is its reason. What it confirmed before stays; the
         * shipment is not retried (an admin fixes the cause and resends).
         */
        REFUSED
    }
}

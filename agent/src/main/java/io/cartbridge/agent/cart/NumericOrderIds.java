package io.cartbridge.agent.cart;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Order ids of the platforms whose orders are numbered by a positive integer key (WooCommerce's post or order id,
 * PrestaShop's {@code id_order}, Magento's {@code entity_id}), as the core hands them over: text.
 */
public final class NumericOrderIds {

    private NumericOrderIds() {
    }

    /** The ids that are positive whole numbers, in the order given; anything else names no order of the platform. */
    public static Set<Long> of(Collection<String> cartOrderIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : cartOrderIds) {
            try {
                long value = Long.parseLong(id.trim());
                if (value > 0) {
                    ids.add(value);
                }
            } catch (RuntimeException e) {
                // not an order id of the platform: no such order
            }
        }
        return ids;
    }

    /**
     * The order id a page cursor holds.
     *
     * @param platform for the message: "Magento"
     * @throws IllegalArgumentException for a cursor the platform's order source did not make
     */
    public static long cursor(String cursor, String platform) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a " + platform + " order cursor: '" + cursor + "'");
        }
    }
}

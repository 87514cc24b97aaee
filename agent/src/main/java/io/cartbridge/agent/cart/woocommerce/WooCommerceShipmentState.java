package io.cartbridge.agent.cart.woocommerce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CartBridge's own shipment meta on a WooCommerce order: the shipment ids applied (a PHP list of
 * strings) and units shipped per SKU so far (a PHP array SKU → decimal string).
 */
final class WooCommerceShipmentState {

    private WooCommerceShipmentState() {
    }

    static List<String> shipments(String stored) {
        List<String> ids = new ArrayList<>();
        if (stored != null && !stored.isBlank() && PhpSerialized.parse(stored) instanceof Map<?, ?> array) {
            for (Object value : array.values()) {
                ids.add(String.valueOf(value));
            }
        }
        return ids;
    }

    static Map<String, BigDecimal> shipped(String stored) {
        Map<String, BigDecimal> shipped = new LinkedHashMap<>();
        if (stored != null && !stored.isBlank() && PhpSerialized.parse(stored) instanceof Map<?, ?> array) {
            for (Map.Entry<?, ?> e : array.entrySet()) {
                shipped.put(String.valueOf(e.getKey()), new BigDecimal(String.valueOf(e.getValue())));
            }
        }
        return shipped;
    }

    static String serializeShipped(Map<String, BigDecimal> shipped) {
        Map<String, String> values = new LinkedHashMap<>();
        shipped.forEach((sku, quantity) -> values.put(sku, plain(quantity)));
        return PhpSerialized.serialize(values);
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

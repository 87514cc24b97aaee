package io.cartbridge.agent.cart.magento2;

import java.util.Locale;
import java.util.Map;

/**
 * The carrier code a tracking row gets ({@code sales_shipment_track.carrier_code}): Magento's own online carriers
 * ({@code ups}, {@code usps}, {@code fedex}, {@code dhl}) link the number to their tracking pages; any other carrier is
 * {@code custom}, which Magento shows with the row's title. The warehouse names carriers by SCAC or by name.
 */
final class Magento2Carriers {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("UPS", "ups"), Map.entry("UPSN", "ups"), Map.entry("UPSS", "ups"),
            Map.entry("FEDEX", "fedex"), Map.entry("FDEG", "fedex"), Map.entry("FDE", "fedex"), Map.entry("FXFE", "fedex"),
            Map.entry("USPS", "usps"), Map.entry("DHL", "dhl"), Map.entry("DHLC", "dhl"));

    private Magento2Carriers() {
    }

    /** {@return Magento's carrier code for the warehouse's carrier, {@code custom} when it is none of Magento's own} */
    static String code(String carrier) {
        if (carrier == null || carrier.isBlank()) {
            return "custom";
        }
        String key = carrier.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return CODES.getOrDefault(key, "custom");
    }

    /** {@return the title shown beside the number: the carrier as the warehouse named it} */
    static String title(String carrier) {
        return carrier == null || carrier.isBlank() ? "Custom" : carrier.trim();
    }
}

package io.cartbridge.agent.cart.woocommerce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order meta {@code _wc_shipment_tracking_items} of the WooCommerce Shipment Tracking
 * extension: a PHP-serialized list of entries with {@code tracking_provider},
 * {@code custom_tracking_provider}, {@code custom_tracking_link}, {@code tracking_number},
 * {@code date_shipped} (unix time, as a string) and {@code tracking_id}. CartBridge's carriers are
 * not among the extension's predefined providers, so it fills the custom provider.
 */
public final class WooCommerceTrackingItems {

    static final String META_KEY = "_wc_shipment_tracking_items";

    private WooCommerceTrackingItems() {
    }

    /**
     * The stored entries plus one per new tracking number; entries already there (any tracking
     * number, also ones added by hand or other tools) are kept as they are and never duplicated.
     *
     * @param stored the current meta value, or {@code null}
     */
    static String merge(String stored, String shipmentId, LocalDate shipDate, String carrier, List<String> numbers) {
        List<Object> entries = new ArrayList<>(entries(stored));
        List<String> present = trackingNumbers(entries);
        long shipped = (shipDate == null ? LocalDate.now(ZoneOffset.UTC) : shipDate).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (String number : numbers) {
            if (number == null || number.isBlank() || present.contains(number.trim())) {
                continue;
            }
            String trimmed = number.trim();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("tracking_provider", "");
            entry.put("custom_tracking_provider", carrier == null ? "" : carrier);
            entry.put("custom_tracking_link", "");
            entry.put("tracking_number", trimmed);
            entry.put("date_shipped", Long.toString(shipped));
            entry.put("tracking_id", trackingId(shipmentId, trimmed));
            entries.add(entry);
            present.add(trimmed);
        }
        return PhpSerialized.serialize(entries);
    }

    /** The entries of a stored value, in order; empty for {@code null} or an empty string. */
    static List<Object> entries(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        if (!(PhpSerialized.parse(stored) instanceof Map<?, ?> array)) {
            throw new IllegalArgumentException(META_KEY + " is not an array");
        }
        return new ArrayList<>(array.values());
    }

    /** The tracking numbers of the entries. */
    static List<String> trackingNumbers(List<Object> entries) {
        List<String> numbers = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map && map.get("tracking_number") instanceof String number) {
                numbers.add(number.trim());
            }
        }
        return numbers;
    }

    /** 32 hex digits, as the extension's own ids, derived from the shipment and the number. */
    public static String trackingId(String shipmentId, String trackingNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((shipmentId + "\n" + trackingNumber).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.cartbridge.edi.x12.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the qualified product ids of an item (W12 06, 07/08 and 17/18, LIN 02/03, 04/05 ...):
 * every pair in file order, the first id of a qualifier winning ({@link #all()}), and the canonical
 * ones picked from them: the SKU ({@code SK} seller's SKU, else {@code VN} vendor's item number, {@code VA}
 * vendor's style or {@code VP} vendor's part number, whichever comes first),
 * the GTIN ({@code UP} UPC-A, {@code UK} GTIN-14, {@code EN} EAN-13, {@code UI} UPC consumer
 * package) and a vendor-side item number ({@code VN}/{@code VA}/{@code VP}, else {@code BP} buyer's part number, else
 * {@code MG} manufacturer's part number).
 */
final class ItemIds {

    private final Map<String, String> all = new LinkedHashMap<>();
    private String sellerSku;
    private String vendor;
    private String buyerPart;
    private String manufacturerPart;
    private String gtin;

    void add(String qualifier, String id) {
        if (qualifier == null || id == null) {
            return;
        }
        all.putIfAbsent(qualifier, id);
        switch (qualifier) {
            case "SK" -> sellerSku = first(sellerSku, id);
            case "VN", "VA", "VP" -> vendor = first(vendor, id);
            case "BP" -> buyerPart = first(buyerPart, id);
            case "MG" -> manufacturerPart = first(manufacturerPart, id);
            case "UP", "UK", "EN", "UI", "UA" -> gtin = first(gtin, id);
            default -> { }
        }
    }

    /** {@return every id by its qualifier, in file order, the first of a qualifier kept} */
    Map<String, String> all() {
        return all;
    }

    String sku() {
        return sellerSku != null ? sellerSku : vendor;
    }

    String gtin() {
        return gtin;
    }

    String sellerSku() {
        return sellerSku;
    }

    String vendorItem() {
        return vendor != null ? vendor : buyerPart != null ? buyerPart : manufacturerPart;
    }

    /** {@return the difference as sent, else ordered minus shipped when both are known, else {@code null}} */
    static BigDecimal difference(BigDecimal sent, BigDecimal ordered, BigDecimal shipped) {
        if (sent != null) {
            return sent;
        }
        return ordered != null && shipped != null ? ordered.subtract(shipped) : null;
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }
}

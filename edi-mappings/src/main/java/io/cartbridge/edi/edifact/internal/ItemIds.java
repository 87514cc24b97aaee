package io.cartbridge.edi.edifact.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The product ids of one item (a LIN group): LIN C212 (the item number, usually a GTIN) and the
 * PIA C212 pairs, keyed by their item number type (code list 7143) as sent: {@code SA} supplier's
 * article number, {@code IN} buyer's item number, {@code BP} buyer's part number, {@code MF}
 * manufacturer's article number, {@code EN}/{@code SRV}/{@code UP} GTINs; an id sent without type
 * is keyed {@link #UNQUALIFIED}. The first id of a type wins.
 */
public final class ItemIds {

    /** The key of an id sent without item number type. */
    public static final String UNQUALIFIED = "ZZZ";
    /** Item number types that mean a GTIN (EAN/UPC): {@code EN} in D.96A EANCOM, {@code SRV} in D.01B. */
    public static final Set<String> GTIN_TYPES = Set.of("EN", "SRV", "UP", "UA", "UK");

    private final Map<String, String> ids = new LinkedHashMap<>();
    private String gtin;

    /** Adds LIN C212 (element 3): the item's GTIN when typed as one, else an id of its type. */
    public void lin(EdifactSegment lin) {
        add(lin.value(3, 1), lin.value(3, 2));
    }

    /** Adds every PIA C212 (elements 2 to 6). */
    public void pia(EdifactSegment pia) {
        for (int e = 2; e <= 6; e++) {
            add(pia.value(e, 1), pia.value(e, 2));
        }
    }

    private void add(String id, String type) {
        if (id == null) {
            return;
        }
        String key = type == null ? UNQUALIFIED : type;
        ids.putIfAbsent(key, id);
        if (gtin == null && GTIN_TYPES.contains(key)) {
            gtin = id;
        }
    }

    /** {@return every id keyed by its type, in file order} */
    public Map<String, String> all() {
        return ids;
    }

    /** {@return the GTIN, or {@code null}} */
    public String gtin() {
        return gtin;
    }

    /** {@return the id of type {@code preferred}, else the first of SA, IN, BP, MF, unqualified; or {@code null}} */
    public String sku(String preferred) {
        for (String key : new String[] {preferred, "SA", "IN", "BP", "MF", UNQUALIFIED}) {
            if (key != null && ids.containsKey(key)) {
                return ids.get(key);
            }
        }
        return null;
    }

    /** {@return the first key that {@link #sku} would take, or {@code null}} */
    public String firstKey() {
        return ids.isEmpty() ? null : ids.keySet().iterator().next();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}

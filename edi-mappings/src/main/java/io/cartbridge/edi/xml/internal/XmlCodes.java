package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.xml.internal.jaxb.ItemIdKind;
import io.cartbridge.edi.xml.internal.jaxb.ItemIdType;
import io.cartbridge.edi.xml.internal.jaxb.LineStatusKind;
import io.cartbridge.edi.xml.internal.jaxb.LineStatusType;
import io.cartbridge.edi.xml.internal.jaxb.QuantityKind;
import io.cartbridge.edi.xml.internal.jaxb.StockQuantityType;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.LineStatus;
import io.cartbridge.edi.model.StockQuantity;
import io.cartbridge.edi.x12.X12CodeLists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The XSD's words (item id kinds, line statuses, quantity kinds) against the codes the canonical
 * model keys them by today, which are X12's (code lists 235, 368 and 673). This class is the only
 * place that knows both: each word has a default code, a few more codes map to the same word, and
 * any other code is written as the word {@code Other} with its code in the {@code code} attribute.
 * A code that is not its word's default travels in {@code code} too, so a canonical document
 * written and read back keeps every code.
 */
public final class XmlCodes {

    private static final Map<ItemIdKind, String> ITEM_DEFAULTS = new EnumMap<>(Map.of(
            ItemIdKind.SELLER_SKU, "SK", ItemIdKind.WAREHOUSE_ITEM, "VN", ItemIdKind.BUYER_PART, "BP",
            ItemIdKind.MANUFACTURER_PART, "MG", ItemIdKind.GTIN, "UP", ItemIdKind.OTHER, "ZZ"));
    private static final Map<String, ItemIdKind> ITEM_KINDS = kinds(ITEM_DEFAULTS, Map.of(
            ItemIdKind.WAREHOUSE_ITEM, List.of("VA", "VP"),
            ItemIdKind.BUYER_PART, List.of("IN", "PI", "CB", "IT"),
            ItemIdKind.MANUFACTURER_PART, List.of("MN", "PN"),
            ItemIdKind.GTIN, List.of("EN", "UK", "UI", "UA")));
    private static final Set<String> GTIN_CODES = Set.of("UP", "UK", "EN", "UI", "UA");

    private static final Map<LineStatusKind, String> STATUS_DEFAULTS = new EnumMap<>(Map.of(
            LineStatusKind.SHIPPED, "CC", LineStatusKind.PARTIALLY_SHIPPED, "PR",
            LineStatusKind.PARTIALLY_SHIPPED_BACKORDERED, "BP", LineStatusKind.PARTIALLY_SHIPPED_CANCELLED, "CP",
            LineStatusKind.BACKORDERED, "BO", LineStatusKind.CANCELLED, "IC"));
    private static final Map<String, LineStatusKind> STATUS_KINDS = kinds(STATUS_DEFAULTS, Map.of(
            LineStatusKind.SHIPPED, List.of("AC", "SH"),
            LineStatusKind.PARTIALLY_SHIPPED, List.of("SS"),
            LineStatusKind.BACKORDERED, List.of("IB"),
            LineStatusKind.CANCELLED, List.of("CU", "IR")));
    /** Line statuses whose quantity not shipped is cancelled rather than backordered. */
    public static final Set<String> CANCELLING_STATUSES = Set.of("IC", "CP", "CU", "IR");

    private static final Map<QuantityKind, String> QUANTITY_DEFAULTS = new EnumMap<>(Map.of(
            QuantityKind.AVAILABLE, "33", QuantityKind.ON_HAND, "17", QuantityKind.ON_HOLD, "QH",
            QuantityKind.COMMITTED, "27", QuantityKind.IN_TRANSIT, "IQ", QuantityKind.PROJECTED_AVAILABLE, "29"));
    private static final Map<String, QuantityKind> QUANTITY_KINDS = kinds(QUANTITY_DEFAULTS, Map.of());

    private XmlCodes() {
    }

    /** {@return the item ids by model key (X12 qualifier), in document order, the first of a key kept} */
    public static Map<String, String> itemIds(List<ItemIdType> ids) {
        Map<String, String> result = new LinkedHashMap<>();
        for (ItemIdType id : ids) {
            String key = id.getCode() != null ? id.getCode() : ITEM_DEFAULTS.get(id.getKind());
            result.putIfAbsent(key, id.getValue());
        }
        return result;
    }

    public static ItemIdType itemId(String key, String value) {
        ItemIdType id = new ItemIdType();
        ItemIdKind kind = ITEM_KINDS.getOrDefault(key, ItemIdKind.OTHER);
        id.setKind(kind);
        id.setCode(key.equals(ITEM_DEFAULTS.get(kind)) ? null : key);
        id.setValue(value);
        return id;
    }

    /** {@return the seller's SKU ({@code SK}) among the ids, or {@code null}} */
    public static String sellerSku(Map<String, String> ids) {
        return ids.get("SK");
    }

    /** {@return the first GTIN among the ids, or {@code null}} */
    public static String gtin(Map<String, String> ids) {
        return ids.entrySet().stream().filter(e -> GTIN_CODES.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** {@return the warehouse's (vendor's) item number, else the buyer's, else the manufacturer's part number} */
    public static String vendorItem(Map<String, String> ids) {
        for (String key : List.of("VN", "VA", "BP", "MG")) {
            if (ids.containsKey(key)) {
                return ids.get(key);
            }
        }
        return null;
    }

    public static boolean isGtin(String key) {
        return GTIN_CODES.contains(key);
    }

    /** {@return the model's line status code for the element, or {@code null} when absent} */
    public static String lineStatus(LineStatusType status) {
        if (status == null) {
            return null;
        }
        return status.getCode() != null ? status.getCode() : STATUS_DEFAULTS.get(status.getValue());
    }

    public static LineStatusType lineStatus(String code) {
        if (code == null) {
            return null;
        }
        LineStatusType status = new LineStatusType();
        LineStatusKind kind = STATUS_KINDS.getOrDefault(code, LineStatusKind.OTHER);
        status.setValue(kind);
        status.setCode(code.equals(STATUS_DEFAULTS.get(kind)) ? null : code);
        return status;
    }

    /** {@return the model's quantity key for the element} */
    public static String quantityKey(StockQuantityType quantity) {
        String code = quantity.getCode() != null ? quantity.getCode() : QUANTITY_DEFAULTS.get(quantity.getKind());
        return code != null ? code : quantity.getKind().value();
    }

    public static StockQuantityType quantity(String key, BigDecimal value) {
        StockQuantityType quantity = new StockQuantityType();
        QuantityKind kind = QUANTITY_KINDS.getOrDefault(key, QuantityKind.OTHER);
        quantity.setKind(kind);
        quantity.setCode(key.equals(QUANTITY_DEFAULTS.get(kind)) ? null : key);
        quantity.setValue(value);
        return quantity;
    }

    private static final Map<ItemIdKind, io.cartbridge.edi.model.ItemIdKind> NEUTRAL_ITEMS = new EnumMap<>(Map.of(
            ItemIdKind.SELLER_SKU, io.cartbridge.edi.model.ItemIdKind.SELLER_SKU,
            ItemIdKind.WAREHOUSE_ITEM, io.cartbridge.edi.model.ItemIdKind.WAREHOUSE_ITEM,
            ItemIdKind.BUYER_PART, io.cartbridge.edi.model.ItemIdKind.BUYER_PART,
            ItemIdKind.MANUFACTURER_PART, io.cartbridge.edi.model.ItemIdKind.MANUFACTURER_PART,
            ItemIdKind.GTIN, io.cartbridge.edi.model.ItemIdKind.GTIN,
            ItemIdKind.OTHER, io.cartbridge.edi.model.ItemIdKind.OTHER));

    /**
     * {@return the ids in neutral terms, in document order: the kind of the id's model key (the {@code code} attribute,
     * else the XSD word's default key, as {@link #itemIds} keys them), else the kind of the XSD's word; the raw code is
     * that model key, so that the ids and {@link #itemIds} agree and a document written back keeps its codes}
     */
    public static List<ItemId> neutralIds(List<ItemIdType> ids) {
        List<ItemId> result = new ArrayList<>(ids.size());
        for (ItemIdType id : ids) {
            String key = id.getCode() != null ? id.getCode() : ITEM_DEFAULTS.get(id.getKind());
            io.cartbridge.edi.model.ItemIdKind kind = X12CodeLists.ITEM_IDS.find(key).orElse(NEUTRAL_ITEMS.get(id.getKind()));
            result.add(new ItemId(kind, key, id.getValue()));
        }
        return result;
    }

    /** {@return the quantities in neutral terms, in document order, as {@link #neutralIds} does for ids} */
    public static List<StockQuantity> neutralQuantities(List<StockQuantityType> quantities) {
        List<StockQuantity> result = new ArrayList<>(quantities.size());
        for (StockQuantityType q : quantities) {
            String key = quantityKey(q);
            // the model's key is X12's code where the XSD's word has one; else the word, whose neutral kind has its name
            io.cartbridge.edi.model.QuantityKind kind = X12CodeLists.QUANTITIES.find(key)
                    .orElse(io.cartbridge.edi.model.QuantityKind.valueOf(q.getKind().name()));
            result.add(new StockQuantity(kind, key, q.getValue()));
        }
        return result;
    }

    /** {@return the neutral status of a line status element, or {@code null} when absent} */
    public static LineStatus neutralStatus(LineStatusType status) {
        String code = lineStatus(status);
        return code == null ? null : X12CodeLists.LINE_STATUSES.kindOf(code);
    }

    /**
     * {@return the model key (X12 qualifier) under which the XSD writes a neutral id: its raw code when that is one
     * of the kind's keys, else the kind's first key; an {@code OTHER} id keeps its code}
     */
    public static String key(ItemId id) {
        io.cartbridge.edi.model.ItemIdKind kind = id.kind() == io.cartbridge.edi.model.ItemIdKind.OTHER
                ? X12CodeLists.ITEM_IDS.kindOf(id.code()) : id.kind();
        String key = kind == io.cartbridge.edi.model.ItemIdKind.OTHER ? id.code() : X12CodeLists.ITEM_IDS.codeOf(kind, id.code());
        return key == null ? "ZZ" : key;
    }

    /** {@return the model key (X12 qualifier) of a neutral quantity, as {@link #key(ItemId)} does for ids} */
    public static String key(StockQuantity q) {
        io.cartbridge.edi.model.QuantityKind kind = q.kind() == io.cartbridge.edi.model.QuantityKind.OTHER
                ? X12CodeLists.QUANTITIES.kindOf(q.code()) : q.kind();
        String key = kind == io.cartbridge.edi.model.QuantityKind.OTHER ? q.code()
                : X12CodeLists.QUANTITIES.codeOf(kind, q.code());
        return key == null ? "other" : key;
    }

    private static <K extends Enum<K>> Map<String, K> kinds(Map<K, String> defaults, Map<K, List<String>> more) {
        Map<String, K> kinds = new HashMap<>();
        defaults.forEach((kind, code) -> kinds.put(code, kind));
        more.forEach((kind, codes) -> codes.forEach(code -> kinds.put(code, kind)));
        return Map.copyOf(kinds);
    }

    /**
     * {@return the neutral references of a shipment's {@code Reference} elements keyed by their {@code type}; the
     * XSD's types are the qualifiers of X12 code list 128 ({@code BM}, {@code CN}, {@code PO} ...)}
     */
    public static List<io.cartbridge.edi.model.Reference> references(Map<String, String> byType) {
        return X12CodeLists.references(byType);
    }

    /** {@return the {@code type} to write for a neutral reference: its code when it is one of its kind's, else the kind's} */
    public static String referenceType(io.cartbridge.edi.model.Reference reference) {
        return reference.kind() == io.cartbridge.edi.model.ReferenceKind.OTHER ? reference.code()
                : X12CodeLists.REFERENCES.codeOf(reference.kind(), reference.code());
    }
}

package io.cartbridge.agent.warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.ItemIdKind;

/**
 * Which of the warehouse's product ids is the cart's SKU, both ways: the partner's
 * {@code cartbridge.warehouse.sku-qualifier} names a neutral kind of id ({@code seller-sku}, {@code warehouse-item},
 * {@code buyer-part}, {@code gtin} ..., or an X12 qualifier such as {@code SK} or {@code VN} as a synonym), which picks
 * the id of an item in a ship notice or stock snapshot of any format, and the optional
 * {@code cartbridge.warehouse.sku-cross-reference} maps it to the cart's SKU; an order line carries the same kind of
 * id, in the partner format's own code, with the mapped item. Checked when the agent starts.
 *
 * <p>An item that cannot be told (no id of the kind, or one the cross-reference does not list) is never applied to a
 * guessed product: {@link #cartSku} says {@code null}, and the shipment or stock update reports it like an unknown
 * SKU, by the {@link #describe description} of the ids the warehouse sent. Likewise an order line whose SKU the
 * cross-reference does not list is held, not sent under the cart's SKU.
 */
public final class ItemIdentity {

    /** Kinds also taken when an item has no id of the configured kind: the same thing under a near code. */
    private static final Map<ItemIdKind, List<ItemIdKind>> NEAR = Map.of(
            ItemIdKind.BUYER_PART, List.of(ItemIdKind.BUYER_ITEM),
            ItemIdKind.GTIN, List.of(ItemIdKind.UPC, ItemIdKind.GTIN_14),
            ItemIdKind.UPC, List.of(ItemIdKind.GTIN, ItemIdKind.GTIN_14),
            ItemIdKind.GTIN_14, List.of(ItemIdKind.GTIN, ItemIdKind.UPC));

    private final String setting;
    private final ItemIdKind kind;
    private final SkuCrossReference crossReference;

    /** {@return the partner's item ids, from its settings} */
    public static ItemIdentity of(WarehouseProperties warehouse) {
        return new ItemIdentity(warehouse.skuQualifier(), warehouse.skuCrossReference());
    }

    /**
     * @param skuQualifier   the kind of the cart's SKU: a neutral name or a synonym
     *                       {@link WarehouseFormats#itemIdKind} takes (any case); {@code null} for {@code seller-sku}
     * @param crossReference the CSV file {@code warehouse_item,cart_sku}, or {@code null} when the
     *                       warehouse uses the cart's SKUs as they are
     * @throws ConfigurationException naming the property (and the file's line) that is wrong
     */
    public ItemIdentity(String skuQualifier, Path crossReference) {
        this(WarehouseProperties.SHORTHAND + ".sku-qualifier", skuQualifier, crossReference);
    }

    /** As {@link #ItemIdentity(String, Path)}, naming {@code property} in errors. */
    public ItemIdentity(String property, String skuQualifier, Path crossReference) {
        String s = skuQualifier == null || skuQualifier.isBlank() ? ItemIdKind.SELLER_SKU.setting() : skuQualifier.strip();
        this.kind = kindOf(property, s);
        this.setting = ItemIdKind.ofSetting(s).isPresent() ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
        this.crossReference = crossReference == null ? null : SkuCrossReference.load(crossReference);
    }

    /**
     * {@return the kind a {@code sku-qualifier} setting names}
     *
     * @throws ConfigurationException naming {@code property} and the values it takes
     */
    public static ItemIdKind kindOf(String property, String setting) {
        return WarehouseFormats.itemIdKind(setting).filter(k -> k != ItemIdKind.OTHER).orElseThrow(() ->
                new ConfigurationException(property + " must be one of " + String.join(", ", WarehouseFormats.itemIdSettings())
                        + ", not '" + setting + "'"));
    }

    /** {@return the setting as given (a neutral name in lower case, an X12 synonym in upper case), e.g. {@code seller-sku}} */
    public String qualifier() {
        return setting;
    }

    /** {@return the kind of id that is the cart's SKU at the warehouse} */
    public ItemIdKind kind() {
        return kind;
    }

    /**
     * {@return the cart's SKU of an item the warehouse sent: its id of the kind (for a GTIN, else of the other GTIN
     * kinds; for a buyer's part number, else the buyer's item number), mapped through the cross-reference when there
     * is one; {@code null} when the item has no such id or the cross-reference does not list it}
     *
     * @param ids the item's ids, as the readers give them
     */
    public String cartSku(List<ItemId> ids) {
        String id = warehouseId(ids);
        if (id == null || crossReference == null) {
            return id;
        }
        return crossReference.cartSku(id);
    }

    /** {@link #cartSku}, else the {@link #describe description} of the item, which a cart reports as unknown. */
    public String cartSkuOrDescription(List<ItemId> ids) {
        String sku = cartSku(ids);
        return sku != null ? sku : describe(ids);
    }

    /**
     * {@return how the warehouse named an item that {@link #cartSku} cannot tell, for reports, by the codes it sent:
     * e.g. {@code VN WH-9 (not in the SKU cross-reference)} or {@code no VN id (SK MUG-1, UP 012345678905)}}
     */
    public String describe(List<ItemId> ids) {
        ItemId id = warehouse(ids);
        if (id != null) {
            String value = id.value().strip();
            return (id.code() == null ? setting : id.code()) + " " + value
                    + (crossReference != null && crossReference.cartSku(value) == null ? " (not in the SKU cross-reference)" : "");
        }
        List<String> sent = new ArrayList<>();
        ids.forEach(i -> sent.add((i.code() == null ? i.kind().setting() : i.code()) + " " + i.value()));
        return "no " + setting + " id" + (sent.isEmpty() ? "" : " (" + String.join(", ", sent) + ")");
    }

    /**
     * The id an order line carries for a cart SKU: its warehouse item when there is a
     * cross-reference, else the SKU itself.
     *
     * @return the warehouse item, or {@code null} when the cross-reference does not list the SKU
     */
    public String warehouseItem(String cartSku) {
        if (cartSku == null || cartSku.isBlank()) {
            return null;
        }
        String sku = cartSku.strip();
        return crossReference == null ? sku : crossReference.warehouseItem(sku);
    }

    private String warehouseId(List<ItemId> ids) {
        ItemId id = warehouse(ids);
        return id == null ? null : id.value().strip();
    }

    private ItemId warehouse(List<ItemId> ids) {
        ItemId found = first(ids, kind);
        for (ItemIdKind near : NEAR.getOrDefault(kind, List.of())) {
            if (found == null) {
                found = first(ids, near);
            }
        }
        return found;
    }

    private static ItemId first(List<ItemId> ids, ItemIdKind kind) {
        for (ItemId id : ids) {
            if (id.kind() == kind && !id.value().isBlank()) {
                return id;
            }
        }
        return null;
    }
}

package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.xml.internal.jaxb.StockItemType;
import io.cartbridge.edi.xml.internal.jaxb.StockQuantityType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link InventoryItem} and the snapshot's {@code Item} element, both ways. */
public final class InventoryMapping {

    private InventoryMapping() {
    }

    public static StockItemType toXml(InventoryItem item) {
        StockItemType xml = new StockItemType();
        item.ids().forEach(id -> xml.getItemId().add(XmlCodes.itemId(XmlCodes.key(id), id.value())));
        item.stock().forEach(q -> xml.getQuantity().add(XmlCodes.quantity(XmlCodes.key(q), q.quantity())));
        return xml;
    }

    /** Quantities keyed by the model's codes, the last of a kind winning; the SKU is the {@code SellerSku} only. */
    public static InventoryItem fromXml(StockItemType xml) {
        Map<String, String> ids = XmlCodes.itemIds(xml.getItemId());
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (StockQuantityType q : xml.getQuantity()) {
            quantities.put(XmlCodes.quantityKey(q), q.getValue());
        }
        return new InventoryItem(XmlCodes.sellerSku(ids), XmlCodes.gtin(ids), XmlCodes.vendorItem(ids), quantities, ids,
                XmlCodes.neutralIds(xml.getItemId()), XmlCodes.neutralQuantities(xml.getQuantity()));
    }
}

package io.cartbridge.agent.admin;

import static io.cartbridge.agent.admin.JsonValues.number;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.StockQuantity;

/**
 * The JSON of a stock snapshot for {@code translate} (846, INVRPT, XML): one {@code InventorySnapshot} per transaction
 * set, its items streamed from the reader so that a million-item snapshot is never held in memory. Each item keeps the
 * keys scripts read first ({@code sku}, {@code quantity} ...) and then the same ids and quantities in neutral terms.
 */
final class InventoryJson {

    /** The quantity kinds, in the order one is taken as "the" quantity: available, then on hand. */
    private static final List<QuantityKind> QUANTITY_PREFERENCE = List.of(QuantityKind.AVAILABLE, QuantityKind.ON_HAND);

    private InventoryJson() {
    }

    /** Every snapshot the reader holds, one document per transaction set; closes the reader. */
    static void write(JsonGenerator json, InventorySnapshotReader snapshot) throws IOException {
        try (InventorySnapshotReader reader = snapshot) {
            String current = null;
            for (InventoryItem item = reader.next(); item != null; item = reader.next()) {
                InventorySnapshotHeader header = reader.header();
                String set = header.interchangeControlNumber() + "/" + header.transactionControlNumber();
                if (!set.equals(current)) {
                    if (current != null) {
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                    current = set;
                    json.writeStartObject();
                    json.writeStringField("type", "InventorySnapshot");
                    json.writeStringField("asOf", header.asOf() == null ? null : header.asOf().toString());
                    json.writeStringField("reference", header.reference());
                    json.writeArrayFieldStart("items");
                }
                item(json, item);
            }
            if (current != null) {
                json.writeEndArray();
                json.writeEndObject();
            }
        }
    }

    private static void item(JsonGenerator json, InventoryItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("sku", item.sku());
        json.writeStringField("upc", item.upc());
        json.writeStringField("vendorItem", item.vendorItem());
        JsonValues.itemIds(json, item.itemIds());
        number(json, "quantity", quantity(item));
        json.writeObjectFieldStart("quantities");
        for (Map.Entry<String, BigDecimal> q : item.quantities().entrySet()) {
            number(json, q.getKey(), q.getValue());
        }
        json.writeEndObject();
        ids(json, item.ids());
        json.writeArrayFieldStart("stock");
        for (StockQuantity q : item.stock()) {
            json.writeStartObject();
            json.writeStringField("kind", q.kind().setting());
            json.writeStringField("code", q.code());
            number(json, "quantity", q.quantity());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Every product id of an item in neutral terms: kind, the code it was read from, value. */
    private static void ids(JsonGenerator json, List<ItemId> ids) throws IOException {
        json.writeArrayFieldStart("ids");
        for (ItemId id : ids) {
            json.writeStartObject();
            json.writeStringField("kind", id.kind().setting());
            json.writeStringField("code", id.code());
            json.writeStringField("value", id.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** "The" quantity of an item: available, else on hand, else the first stock quantity sent. */
    private static BigDecimal quantity(InventoryItem item) {
        for (QuantityKind kind : QUANTITY_PREFERENCE) {
            BigDecimal quantity = item.quantity(kind);
            if (quantity != null) {
                return quantity;
            }
        }
        return item.stock().isEmpty() ? null : item.stock().get(0).quantity();
    }
}

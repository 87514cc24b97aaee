package io.cartbridge.agent.admin;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;

/**
 * The JSON of one {@link WarehouseOrder} for {@code translate} (940, ORDERS, XML): order number, carrier and service
 * requested, ship-to address when the order has one, and the lines with their SKU, UPC and quantity.
 */
final class OrderJson {

    private OrderJson() {
    }

    static void write(JsonGenerator json, WarehouseOrder order) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "WarehouseOrder");
        json.writeStringField("orderNumber", order.orderNumber());
        json.writeStringField("carrier", order.carrierCode());
        json.writeStringField("serviceLevel", order.serviceLevel());
        if (order.shipTo() != null) {
            json.writeObjectFieldStart("shipTo");
            json.writeStringField("name", order.shipTo().name());
            json.writeStringField("line1", order.shipTo().line1());
            json.writeStringField("city", order.shipTo().city());
            json.writeStringField("postalCode", order.shipTo().postalCode());
            json.writeStringField("country", order.shipTo().country());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("lines");
        for (OrderLine line : order.lines()) {
            json.writeStartObject();
            json.writeStringField("sku", line.sku());
            json.writeStringField("upc", line.upc());
            json.writeNumberField("quantity", line.quantity());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}

package io.cartbridge.agent.admin;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Values written the same way by every {@code <Document>Json} of {@code translate}: quantities and the product ids an
 * item was sent with.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** A quantity: {@code 2}, not {@code 2.000}, when it is whole; {@code null} when the file had none. */
    static void number(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value.stripTrailingZeros().scale() <= 0
                    ? new BigDecimal(value.toBigInteger()) : value);
        }
    }

    /** Every product id of an item by its qualifier, as sent. */
    static void itemIds(JsonGenerator json, Map<String, String> ids) throws IOException {
        json.writeObjectFieldStart("itemIds");
        for (Map.Entry<String, String> id : ids.entrySet()) {
            json.writeStringField(id.getKey(), id.getValue());
        }
        json.writeEndObject();
    }
}

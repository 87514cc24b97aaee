package io.cartbridge.agent.admin;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.Party;
import io.cartbridge.edi.model.Reference;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.ShipmentPackage;
import io.cartbridge.edi.model.ShipmentTotals;
import io.cartbridge.edi.model.ShippedLine;
import io.cartbridge.edi.model.UnitLoad;

/**
 * The JSON of one {@link ShipmentConfirmation} for {@code translate} (945, 856, DESADV, XML). Every key is always
 * written, {@code null} or empty when the file had nothing for it, so that scripts reading the output
 * see one shape.
 */
final class ShipmentJson {

    private ShipmentJson() {
    }

    static void write(JsonGenerator json, ShipmentConfirmation s) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "ShipmentConfirmation");
        json.writeStringField("orderNumber", s.orderNumber());
        json.writeStringField("shipmentId", s.shipmentId());
        json.writeStringField("shipDate", s.shipDate() == null ? null : s.shipDate().toString());
        json.writeStringField("carrier", s.carrierCode());
        json.writeStringField("serviceLevel", s.serviceLevel());
        json.writeArrayFieldStart("trackingNumbers");
        for (ShipmentPackage p : s.packages()) {
            if (p.trackingNumber() != null) {
                json.writeString(p.trackingNumber());
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("lines");
        for (ShippedLine line : s.lines()) {
            json.writeStartObject();
            json.writeStringField("sku", line.sku());
            json.writeStringField("upc", line.upc());
            JsonValues.number(json, "quantityOrdered", line.quantityOrdered());
            JsonValues.number(json, "quantityShipped", line.quantityShipped());
            JsonValues.number(json, "quantityDifference", line.quantityDifference());
            json.writeStringField("status", line.lineStatus());
            JsonValues.itemIds(json, line.itemIds());
            json.writeEndObject();
        }
        json.writeEndArray();
        parties(json, s);
        json.writeObjectFieldStart("references");
        for (Map.Entry<String, String> reference : s.references().entrySet()) {
            json.writeStringField(reference.getKey(), reference.getValue());
        }
        json.writeEndObject();
        totals(json, s.totals());
        json.writeArrayFieldStart("unitLoads");
        for (UnitLoad load : s.unitLoads()) {
            json.writeStartObject();
            json.writeStringField("type", load.type());
            JsonValues.number(json, "quantity", load.quantity());
            json.writeEndObject();
        }
        json.writeEndArray();
        neutralReferences(json, s);
        json.writeEndObject();
    }

    /** The references in neutral terms: kind ({@code bill-of-lading}, {@code order-number} ...), the code read, value. */
    private static void neutralReferences(JsonGenerator json, ShipmentConfirmation s) throws IOException {
        json.writeArrayFieldStart("neutralReferences");
        for (Reference reference : s.neutralReferences()) {
            json.writeStartObject();
            json.writeStringField("kind", reference.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            json.writeStringField("code", reference.code());
            json.writeStringField("value", reference.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void parties(JsonGenerator json, ShipmentConfirmation s) throws IOException {
        json.writeArrayFieldStart("parties");
        for (Party party : s.parties()) {
            json.writeStartObject();
            json.writeStringField("entityCode", party.entityCode());
            json.writeStringField("name", party.name());
            json.writeStringField("idQualifier", party.idQualifier());
            json.writeStringField("id", party.id());
            address(json, party.address());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void address(JsonGenerator json, Address a) throws IOException {
        if (a == null) {
            json.writeNullField("address");
            return;
        }
        json.writeObjectFieldStart("address");
        json.writeStringField("name", a.name());
        json.writeStringField("company", a.company());
        json.writeStringField("line1", a.line1());
        json.writeStringField("line2", a.line2());
        json.writeStringField("city", a.city());
        json.writeStringField("state", a.state());
        json.writeStringField("postalCode", a.postalCode());
        json.writeStringField("country", a.country());
        json.writeStringField("phone", a.phone());
        json.writeStringField("email", a.email());
        json.writeEndObject();
    }

    private static void totals(JsonGenerator json, ShipmentTotals t) throws IOException {
        if (t == null) {
            json.writeNullField("totals");
            return;
        }
        json.writeObjectFieldStart("totals");
        JsonValues.number(json, "units", t.units());
        JsonValues.number(json, "weight", t.weight());
        json.writeStringField("weightUnit", t.weightUnit());
        JsonValues.number(json, "volume", t.volume());
        json.writeStringField("volumeUnit", t.volumeUnit());
        JsonValues.number(json, "ladingQuantity", t.ladingQuantity());
        json.writeEndObject();
    }
}

package io.cartbridge.agent.admin;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cartbridge.edi.model.FunctionalAck;

/**
 * The JSON of one {@link FunctionalAck} for {@code translate} (997, 999, CONTRL, XML): the acknowledged group, the type
 * of document it acknowledges, the status and each acknowledged transaction with its errors.
 */
final class AckJson {

    /** GS01 functional id → transaction set, for a 997 that acknowledges a whole group without AK2 loops. */
    private static final Map<String, String> ACKNOWLEDGED_BY_GROUP = Map.ofEntries(Map.entry("OW", "940"),
            Map.entry("SW", "945"), Map.entry("SH", "856"), Map.entry("IB", "846"), Map.entry("FA", "997"),
            Map.entry("AR", "943"), Map.entry("RE", "944"), Map.entry("PO", "850"), Map.entry("PR", "855"),
            Map.entry("IN", "810"), Map.entry("OG", "875"));

    private AckJson() {
    }

    static void write(JsonGenerator json, FunctionalAck ack) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FunctionalAck");
        json.writeStringField("groupControlNumber", ack.groupControlNumber());
        json.writeStringField("acknowledgedType", acknowledgedType(ack));
        json.writeStringField("status", ack.status());
        json.writeArrayFieldStart("transactions");
        for (var t : ack.transactions()) {
            json.writeStartObject();
            json.writeStringField("transactionSetId", t.transactionSetId());
            json.writeStringField("controlNumber", t.controlNumber());
            json.writeStringField("status", t.status());
            json.writeArrayFieldStart("errors");
            for (String e : t.errors()) {
                json.writeString(e);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The first acknowledged transaction's type, or the group's when the ack names no transaction. */
    private static String acknowledgedType(FunctionalAck ack) {
        return ack.transactions().isEmpty()
                ? ACKNOWLEDGED_BY_GROUP.get(ack.functionalIdentifier())
                : ack.transactions().get(0).transactionSetId();
    }
}

package io.cartbridge.agent.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12FunctionalAckReader;
import io.cartbridge.edi.x12.X12InventoryAdviceReader;
import io.cartbridge.edi.x12.X12ShipNoticeReader;
import io.cartbridge.edi.x12.X12ShipmentAdviceReader;
import io.cartbridge.edi.x12.X12Validator;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;

/**
 * {@code translate FILE}: the canonical documents of an X12 file as JSON on stdout, one document per
 * order shipped (945, 856), per 846 transaction set, per 997 transaction set and per 940. The file is
 * validated first: an invalid or unsupported file prints its errors on stderr, nothing on stdout, and
 * exits 1. Output is streamed, so a million-item 846 is never held in memory.
 */
class TranslateCommand {

    /** The 846 quantity qualifiers, in the order one is taken as "the" quantity: available, then on hand. */
    private static final List<String> QUANTITY_PREFERENCE = List.of("33", "17");
    /** GS01 functional id → transaction set, for a 997 that acknowledges a whole group without AK2 loops. */
    private static final Map<String, String> ACKNOWLEDGED_BY_GROUP = Map.ofEntries(Map.entry("OW", "940"),
            Map.entry("SW", "945"), Map.entry("SH", "856"), Map.entry("IB", "846"), Map.entry("FA", "997"),
            Map.entry("AR", "943"), Map.entry("RE", "944"), Map.entry("PO", "850"), Map.entry("PR", "855"),
            Map.entry("IN", "810"), Map.entry("OG", "875"));

    private final PrintStream out;
    private final PrintStream err;

    TranslateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        if (arguments.size() != 1) {
            throw new UsageException("translate needs exactly one FILE");
        }
        Path file = Path.of(arguments.get(0));
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return 1;
        }
        ValidationReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = new X12Validator().validate(in);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return 1;
        }
        List<String> types = report.transactionSets().stream().distinct().toList();
        if (!report.valid()) {
            return errors(file, report.errors());
        }
        if (types.size() != 1) {
            err.println(file + ": translate takes files of one transaction set type, this one has " + types);
            return 1;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            // buffered so that a reader error found late leaves stdout empty; the JSON of a huge 846
            // would be large, so 846s stream straight to stdout after the validation pass above
            OutputStream target = types.get(0).equals("846") ? out : buffer;
            write(types.get(0), in, target);
        } catch (EdiException e) {
            return errors(file, e.errors());
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return 1;
        }
        out.writeBytes(buffer.toByteArray());
        out.flush();
        return 0;
    }

    private int errors(Path file, List<EdiError> errors) {
        err.println(file + ": INVALID, " + errors.size() + " error(s)");
        for (EdiError e : errors) {
            err.printf("  segment %d%s: %s: %s%n", e.segmentPosition(),
                    e.segmentTag() == null ? "" : " (" + e.segmentTag() + ")", e.code(), e.message());
        }
        return 1;
    }

    private void write(String type, InputStream in, OutputStream target) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(target, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("format", "X12");
            json.writeArrayFieldStart("documents");
            switch (type) {
                case "940" -> {
                    for (WarehouseOrder order : new X12WarehouseOrderReader().read(in).orders()) {
                        order(json, order);
                    }
                }
                case "945" -> {
                    try (X12ShipmentAdviceReader reader = X12ShipmentAdviceReader.open(in)) {
                        for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                            ShipmentJson.write(json, s);
                        }
                    }
                }
                case "856" -> {
                    try (X12ShipNoticeReader reader = X12ShipNoticeReader.open(in)) {
                        for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                            ShipmentJson.write(json, s);
                        }
                    }
                }
                case "846" -> inventory(json, in);
                case "997", "999" -> {
                    try (X12FunctionalAckReader reader = X12FunctionalAckReader.open(in)) {
                        for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                            ack(json, ack);
                        }
                    }
                }
                default -> throw new IllegalStateException("no translation for " + type);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        target.write('\n');
    }

    private static void order(JsonGenerator json, WarehouseOrder order) throws IOException {
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

    /** Every product id of an item by its qualifier, as sent. */
    static void itemIds(JsonGenerator json, Map<String, String> ids) throws IOException {
        json.writeObjectFieldStart("itemIds");
        for (Map.Entry<String, String> id : ids.entrySet()) {
            json.writeStringField(id.getKey(), id.getValue());
        }
        json.writeEndObject();
    }

    /** One InventorySnapshot per 846 transaction set, its items streamed. */
    private static void inventory(JsonGenerator json, InputStream in) throws IOException {
        try (X12InventoryAdviceReader reader = X12InventoryAdviceReader.open(in)) {
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
                json.writeStartObject();
                json.writeStringField("sku", item.sku());
                json.writeStringField("upc", item.upc());
                json.writeStringField("vendorItem", item.vendorItem());
                itemIds(json, item.itemIds());
                number(json, "quantity", quantity(item.quantities()));
                json.writeObjectFieldStart("quantities");
                for (Map.Entry<String, BigDecimal> q : item.quantities().entrySet()) {
                    number(json, q.getKey(), q.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            if (current != null) {
                json.writeEndArray();
                json.writeEndObject();
            }
        }
    }

    private static BigDecimal quantity(Map<String, BigDecimal> quantities) {
        for (String qualifier : QUANTITY_PREFERENCE) {
            if (quantities.containsKey(qualifier)) {
                return quantities.get(qualifier);
            }
        }
        return quantities.isEmpty() ? null : quantities.values().iterator().next();
    }

    private static void ack(JsonGenerator json, FunctionalAck ack) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FunctionalAck");
        json.writeStringField("groupControlNumber", ack.groupControlNumber());
        String acknowledged = ack.transactions().isEmpty()
                ? ACKNOWLEDGED_BY_GROUP.get(ack.functionalIdentifier())
                : ack.transactions().get(0).transactionSetId();
        json.writeStringField("acknowledgedType", acknowledged);
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

    static void number(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value.stripTrailingZeros().scale() <= 0
                    ? new BigDecimal(value.toBigInteger()) : value);
        }
    }
}

package io.cartbridge.agent.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.InventorySnapshotReader;
import io.cartbridge.edi.PartnerEnvelope;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.QuantityKind;
import io.cartbridge.edi.model.StockQuantity;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.WarehouseOrder;

/**
 * {@code translate FILE}: the canonical documents of an X12, EDIFACT or warehouse XML file as JSON on stdout, one document per
 * order shipped (945, 856), per 846 transaction set, per 997 transaction set and per 940. The file is
 * validated first: an invalid or unsupported file prints its errors on stderr, nothing on stdout, and
 * exits 1. Output is streamed, so a million-item 846 is never held in memory. With {@code --to x12|edifact|xml} the
 * file's documents (orders, shipment confirmations, a stock snapshot, acknowledgments) are written in that format
 * instead, their codes carried by the canonical model's neutral kinds.
 */
class TranslateCommand {

    /** The quantity kinds, in the order one is taken as "the" quantity: available, then on hand. */
    private static final List<QuantityKind> QUANTITY_PREFERENCE = List.of(QuantityKind.AVAILABLE, QuantityKind.ON_HAND);
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
        return run(arguments, null);
    }

    /**
     * @param to null: the file's documents as JSON; else the name of a format to render an order file in
     */
    int run(List<String> arguments, String to) {
        if (arguments.size() != 1) {
            throw new UsageException("translate needs exactly one FILE");
        }
        WarehouseFormat target = null;
        if (to != null) {
            try {
                target = WarehouseFormats.named(to);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--to: " + e.getMessage());
            }
        }
        Path file = Path.of(arguments.get(0));
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return 1;
        }
        WarehouseFormat format;
        ValidationReport report;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(512);
            format = WarehouseFormats.detect(start).orElseGet(() -> WarehouseFormats.named("x12"));
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return 1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            report = format.validate(in);
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
        DocumentKind kind = format.kindOf(types.get(0));
        if (target != null) {
            return render(file, format, types.get(0), kind, target);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            // buffered so that a reader error found late leaves stdout empty; the JSON of a huge stock
            // snapshot would be large, so snapshots stream straight to stdout after the validation pass above
            OutputStream sink = kind == DocumentKind.INVENTORY_SNAPSHOT ? out : buffer;
            write(format, types.get(0), kind, in, sink);
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

    /**
     * The file's documents rendered in another format (or the same one), its envelope's ids kept: orders, shipment
     * confirmations, a stock snapshot (streamed, one item at a time) or acknowledgments. Codes travel by their neutral
     * kinds, each format writing its own.
     */
    private int render(Path file, WarehouseFormat from, String type, DocumentKind kind, WarehouseFormat to) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start;
            try (InputStream head = Files.newInputStream(file)) {
                start = head.readNBytes(4096);
            }
            Envelope envelope = from.envelope(start);
            PartnerEnvelope partner = new PartnerEnvelope(envelope.senderQualifier(), envelope.senderId(),
                    envelope.receiverQualifier(), envelope.receiverId(), false, Map.of());
            long control = envelope.controlReference() == null ? 1
                    : Math.max(1, Long.parseLong("0" + envelope.controlReference().replaceAll("\\D", "")) % 1_000_000_000L);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            switch (kind) {
                case ORDER -> to.orderWriter(partner, "seller-sku").write(buffer, control, now, from.orders(in));
                case SHIPMENT_CONFIRMATION -> to.shipmentWriter(partner).write(buffer, control, now, all(from.shipmentConfirmations(type, in)));
                case ACKNOWLEDGMENT -> to.ackWriter(partner).write(buffer, control, now, all(from.acknowledgments(in)));
                case INVENTORY_SNAPSHOT -> {
                    // streamed straight to stdout after the validation pass, as the JSON of a snapshot is
                    try (InventorySnapshotReader reader = from.inventorySnapshot(in)) {
                        InventoryItem first = reader.next();
                        if (first == null) {
                            err.println(file + ": the snapshot has no items");
                            return 1;
                        }
                        to.inventoryWriter(partner).write(out, control, now, reader.header(), () -> new ItemsFrom(first, reader));
                        out.flush();
                        return 0;
                    }
                }
            }
            out.writeBytes(buffer.toByteArray());
            out.flush();
            return 0;
        } catch (EdiException e) {
            return errors(file, e.errors());
        } catch (IOException | RuntimeException e) {
            err.println(file + ": cannot render in " + to.name() + ": " + e.getMessage());
            return 1;
        }
    }

    private static <T> List<T> all(EdiItemReader<T> reader) throws IOException {
        try (reader) {
            List<T> items = new java.util.ArrayList<>();
            for (T item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
            return items;
        }
    }

    /** A snapshot's items, the first already read (its header is known after it). */
    private static final class ItemsFrom implements java.util.Iterator<InventoryItem> {
        private final InventorySnapshotReader reader;
        private InventoryItem next;

        ItemsFrom(InventoryItem first, InventorySnapshotReader reader) {
            this.next = first;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public InventoryItem next() {
            if (next == null) {
                throw new java.util.NoSuchElementException();
            }
            InventoryItem item = next;
            next = reader.next();
            return item;
        }
    }

    private void write(WarehouseFormat format, String type, DocumentKind kind, InputStream in, OutputStream target)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(target, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("format", format.label());
            json.writeArrayFieldStart("documents");
            if (kind == null) {
                throw new IllegalStateException("no translation for " + type);
            }
            switch (kind) {
                case ORDER -> {
                    for (WarehouseOrder order : format.orders(in)) {
                        order(json, order);
                    }
                }
                case SHIPMENT_CONFIRMATION -> {
                    try (EdiItemReader<ShipmentConfirmation> reader = format.shipmentConfirmations(type, in)) {
                        for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                            ShipmentJson.write(json, s);
                        }
                    }
                }
                case INVENTORY_SNAPSHOT -> inventory(json, format.inventorySnapshot(in));
                case ACKNOWLEDGMENT -> {
                    try (EdiItemReader<FunctionalAck> reader = format.acknowledgments(in)) {
                        for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                            ack(json, ack);
                        }
                    }
                }
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

    /** Every product id of an item in neutral terms: kind, the code it was read from, value. */
    static void ids(JsonGenerator json, List<ItemId> ids) throws IOException {
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

    /** One InventorySnapshot per 846 transaction set, its items streamed. */
    private static void inventory(JsonGenerator json, InventorySnapshotReader snapshot) throws IOException {
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
                json.writeStartObject();
                json.writeStringField("sku", item.sku());
                json.writeStringField("upc", item.upc());
                json.writeStringField("vendorItem", item.vendorItem());
                itemIds(json, item.itemIds());
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
            if (current != null) {
                json.writeEndArray();
                json.writeEndObject();
            }
        }
    }

    private static BigDecimal quantity(InventoryItem item) {
        for (QuantityKind kind : QUANTITY_PREFERENCE) {
            BigDecimal quantity = item.quantity(kind);
            if (quantity != null) {
                return quantity;
            }
        }
        return item.stock().isEmpty() ? null : item.stock().get(0).quantity();
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

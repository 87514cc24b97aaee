package io.cartbridge.agent.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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
                        OrderJson.write(json, order);
                    }
                }
                case SHIPMENT_CONFIRMATION -> {
                    try (EdiItemReader<ShipmentConfirmation> reader = format.shipmentConfirmations(type, in)) {
                        for (ShipmentConfirmation s = reader.next(); s != null; s = reader.next()) {
                            ShipmentJson.write(json, s);
                        }
                    }
                }
                case INVENTORY_SNAPSHOT -> InventoryJson.write(json, format.inventorySnapshot(in));
                case ACKNOWLEDGMENT -> {
                    try (EdiItemReader<FunctionalAck> reader = format.acknowledgments(in)) {
                        for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                            AckJson.write(json, ack);
                        }
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        target.write('\n');
    }
}

package io.cartbridge.agent.orders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12Settings;
import io.cartbridge.edi.x12.X12WarehouseOrderWriter;

/**
 * Renders orders in the partner's format and names the file. The name derives from store, partner,
 * document type and interchange control number only, so a retried upload lands on the same name.
 */
class OrderFileRenderer {

    private final String store;
    private final String partner;
    private final ControlNumbers.Pair pair;
    private final X12WarehouseOrderWriter writer;

    OrderFileRenderer(String store, WarehouseProperties warehouse, ItemIdentity items) {
        X12Settings settings = warehouse.x12().settings();
        this.store = store;
        this.partner = warehouse.id();
        this.pair = ControlNumbers.Pair.of(settings);
        this.writer = new X12WarehouseOrderWriter(settings, items.orderQualifier());
    }

    /** Whose control numbers the files' envelopes carry. */
    ControlNumbers.Pair pair() {
        return pair;
    }

    String format() {
        return "X12";
    }

    String documentType() {
        return "940";
    }

    String fileName(long controlNumber) {
        return OutboundFiles.fileName(store, partner, documentType(), controlNumber);
    }

    /** The transaction set control number (ST02) of the n-th order (0-based) in a file. */
    static String transactionControlNumber(int index) {
        return "%04d".formatted(index + 1);
    }

    byte[] render(long controlNumber, List<WarehouseOrder> orders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * orders.size() + 256);
        try {
            writer.write(out, controlNumber, LocalDateTime.now(ZoneOffset.UTC), orders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

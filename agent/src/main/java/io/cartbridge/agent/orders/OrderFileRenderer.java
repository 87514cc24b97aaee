package io.cartbridge.agent.orders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12WarehouseOrderWriter;

/**
 * Renders orders in the partner's format and names the file. The name derives from partner,
 * document type and interchange control number only, so a retried upload lands on the same name.
 */
class OrderFileRenderer {

    private final String partner;
    private final X12WarehouseOrderWriter writer;

    OrderFileRenderer(WarehouseProperties warehouse, ItemIdentity items) {
        WarehouseProperties.X12 x12 = warehouse.x12();
        this.partner = warehouse.id();
        this.writer = new X12WarehouseOrderWriter(x12.settings(), items.orderQualifier());
    }

    String format() {
        return "X12";
    }

    String documentType() {
        return "940";
    }

    String fileName(long controlNumber) {
        return "%s-940-%09d.edi".formatted(partner, controlNumber);
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

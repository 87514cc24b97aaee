package io.cartbridge.agent.orders;

import java.io.ByteArrayInputStream;
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
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.PartnerEnvelope;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.xml.XmlStylesheet;

/**
 * Renders orders in the partner's format and names the file. The name derives from store, partner,
 * document type and interchange control number only, so a retried upload lands on the same name. An XML partner
 * with an outbound stylesheet ({@code xml.outbound-stylesheet}) gets our order file transformed into its layout.
 */
class OrderFileRenderer {

    private final String store;
    private final String partner;
    private final ControlNumbers.Pair pair;
    private final WarehouseFormat format;
    private final WarehouseFormat.OrderFileWriter writer;
    private final XmlStylesheet stylesheet;

    OrderFileRenderer(String store, WarehouseProperties warehouse, ItemIdentity items) {
        PartnerEnvelope envelope = warehouse.envelope();
        this.store = store;
        this.partner = warehouse.id();
        this.pair = ControlNumbers.Pair.of(envelope);
        this.format = warehouse.warehouseFormat();
        this.writer = format.orderWriter(envelope, items.qualifier());
        this.stylesheet = format.name().equals("xml") ? warehouse.xml().outbound() : null;
    }

    /** Whose control numbers the files' envelopes carry. */
    ControlNumbers.Pair pair() {
        return pair;
    }

    /** {@return the format's label, as the ledger records it} */
    String format() {
        return format.label();
    }

    /** {@return the counter the files' control numbers come from: the format's interchange numbers} */
    String counter() {
        return format.name() + "-interchange";
    }

    String documentType() {
        return format.sentDocumentType(DocumentKind.ORDER);
    }

    String fileName(long controlNumber) {
        return OutboundFiles.fileName(store, partner, documentType(), controlNumber, format.fileExtension());
    }

    /** The document's control number within its file (X12 ST02) of the n-th order (0-based). */
    String documentControlNumber(int index) {
        return writer.documentControlNumber(index);
    }

    byte[] render(long controlNumber, List<WarehouseOrder> orders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * orders.size() + 256);
        try {
            writer.write(out, controlNumber, LocalDateTime.now(ZoneOffset.UTC), orders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stylesheet == null) {
            return out.toByteArray();
        }
        ByteArrayOutputStream theirs = new ByteArrayOutputStream(out.size() + 256);
        stylesheet.transform(new ByteArrayInputStream(out.toByteArray()), theirs);
        return theirs.toByteArray();
    }
}

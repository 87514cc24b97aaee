package io.cartbridge.edi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.InventorySnapshotHeader;
import io.cartbridge.edi.model.ShipmentConfirmation;
import io.cartbridge.edi.model.WarehouseOrder;

/**
 * One format of warehouse files (X12, EDIFACT, CartBridge's warehouse XML): how to recognise a file in it, read its
 * envelope, validate it, read its documents into the canonical model and write the files a shop sends. The agent
 * works through this interface and {@link DocumentKind}, never with a format's own classes; {@link WarehouseFormats}
 * picks the format by name or from a file's first bytes.
 *
 * @since 0.2
 */
public interface WarehouseFormat {

    /** {@return the format's name in settings: {@code x12}, {@code edifact} or {@code xml}} */
    String name();

    /** {@return the name {@code ValidationReport.format()} and the ledger use: {@code X12}, {@code EDIFACT}, {@code XML}} */
    String label();

    /** {@return the file name extension of the format's files, without the dot: {@code edi}, {@code xml}} */
    default String fileExtension() {
        return "edi";
    }

    /** {@return whether a file starting with these bytes (a byte-order mark and white space allowed) is in this format} */
    boolean recognizes(byte[] start);

    /** {@return the file's envelope, from its first bytes (at least 512 when the file has them)} */
    Envelope envelope(byte[] start);

    /** {@return the file checked whole: its document types and every error, with positions; never throws for content} */
    ValidationReport validate(InputStream in);

    /** {@return what a document type of this format is for, or null for one CartBridge does not handle} */
    default DocumentKind kindOf(String documentType) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (documentTypes(kind).contains(documentType)) {
                return kind;
            }
        }
        return null;
    }

    /** {@return the document types of this format of that kind, e.g. 945 and 856} */
    Set<String> documentTypes(DocumentKind kind);

    /** {@return the document type the shop sends for that kind: 940, ORDERS, ...} */
    String sentDocumentType(DocumentKind kind);

    /** {@return the orders of an order file (one the shop sent, or a partner's sample), read whole} */
    List<WarehouseOrder> orders(InputStream in) throws IOException;

    /** {@return the shipment confirmations of a file of that document type, streamed} */
    EdiItemReader<ShipmentConfirmation> shipmentConfirmations(String documentType, InputStream in);

    /** {@return the items of a stock snapshot file, streamed; {@link InventorySnapshotReader#header()} after the first} */
    InventorySnapshotReader inventorySnapshot(InputStream in);

    /** {@return the acknowledgments in an acknowledgment file} */
    EdiItemReader<FunctionalAck> acknowledgments(InputStream in);

    /**
     * {@return a writer of order files to the partner}
     *
     * @param itemQualifier the kind of id under which the partner knows the shop's SKUs: a neutral name
     *                      ({@code seller-sku}, {@code warehouse-item}, {@code gtin} ...) or a synonym
     *                      {@link WarehouseFormats#itemIdKind} takes (X12 {@code SK}, {@code VN} ...); the format
     *                      writes its own code of that kind, the synonym itself when it is one of the format's codes
     * @throws IllegalArgumentException for settings the format cannot use, naming the setting
     */
    OrderFileWriter orderWriter(PartnerEnvelope envelope, String itemQualifier);

    /**
     * {@return a writer of files of shipment confirmations, as a warehouse sends them (945, DESADV, XML), for
     * {@code translate --to} and the sandbox warehouse}
     */
    ShipmentFileWriter shipmentWriter(PartnerEnvelope envelope);

    /** {@return a writer of stock snapshot files, as a warehouse sends them (846, INVRPT, XML)} */
    InventoryFileWriter inventoryWriter(PartnerEnvelope envelope);

    /**
     * {@return a writer of acknowledgment files from canonical acknowledgments (997, CONTRL, XML), for
     * {@code translate --to}}
     *
     * @throws UnsupportedOperationException when the format cannot write acknowledgments from canonical ones
     */
    default AckFileWriter ackWriter(PartnerEnvelope envelope) {
        throw new UnsupportedOperationException(label() + " acknowledgments are written only in answer to a received file");
    }

    /** {@return a writer of acknowledgments of the files received from the partner} */
    AcknowledgmentWriter acknowledgmentWriter(PartnerEnvelope envelope);

    /** Writes the shop's order files. */
    interface OrderFileWriter {

        /** Writes one file (one interchange) of these orders under this control number. */
        void write(OutputStream out, long controlNumber, LocalDateTime created, List<WarehouseOrder> orders) throws IOException;

        /** {@return the document's control number within its file for the n-th order (0-based): ST02, UNH 0062} */
        String documentControlNumber(int index);
    }

    /** Writes files of shipment confirmations. */
    interface ShipmentFileWriter {

        /** Writes one file (one interchange) of these confirmations under this control number. */
        void write(OutputStream out, long controlNumber, LocalDateTime created, List<ShipmentConfirmation> shipments)
                throws IOException;
    }

    /** Writes stock snapshot files, one item at a time. */
    interface InventoryFileWriter {

        /** Writes one file (one interchange) of one snapshot under this control number; its {@code asOf} is required. */
        void write(OutputStream out, long controlNumber, LocalDateTime created, InventorySnapshotHeader snapshot,
                   Iterable<InventoryItem> items) throws IOException;
    }

    /** Writes files of canonical acknowledgments. */
    interface AckFileWriter {

        /**
         * Writes one file of these acknowledgments; each names the acknowledged group by a functional identifier of
         * any format, which the writer maps through {@link DocumentKind} to its own.
         */
        void write(OutputStream out, long controlNumber, LocalDateTime created, List<FunctionalAck> acks) throws IOException;
    }

    /** Acknowledges received files: one acknowledgment per interchange that can be answered. */
    interface AcknowledgmentWriter {

        /**
         * {@return the acknowledgment files for the received file, each under a control number taken from
         * {@code controlNumbers} when it is written}
         *
         * @param errors what validation found in it (positions as {@link ValidationReport} gives them)
         */
        List<Acknowledgment> acknowledge(Path received, List<EdiError> errors, LongSupplier controlNumbers,
                                         LocalDateTime created) throws IOException;
    }

    /**
     * One acknowledgment file.
     *
     * @param controlNumber its interchange control number
     * @param documents     how many groups or messages it acknowledges
     * @param content       the file
     */
    record Acknowledgment(long controlNumber, int documents, byte[] content) {
    }
}

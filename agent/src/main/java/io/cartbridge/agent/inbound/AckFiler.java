package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.PartnerEnvelope;
import io.cartbridge.edi.WarehouseFormat;

/**
 * Renders an acknowledgment (an X12 997) for every interchange of a received file, in the file's format, accepting it
 * or rejecting it with codes for what failed validation, and files it in the ledger like an order file: a control
 * number from the counter of the envelope's sender and receiver pair, and a row for the store in the same transaction
 * as the inbound record. The upload happens after the commit, and the file-upload step sends whatever is still
 * waiting.
 */
class AckFiler {

    /** An acknowledgment filed in the ledger, to upload once the transaction commits. */
    record FiledAck(long id, String fileName, byte[] content) {
    }

    private final String store;
    private final String partner;
    private final PartnerEnvelope envelope;
    private final ControlNumbers.Pair pair;
    private final ControlNumbers controlNumbers;
    private final OutboundFiles files;

    AckFiler(String store, WarehouseProperties warehouse, ControlNumbers controlNumbers, OutboundFiles files) {
        this.store = store;
        this.partner = warehouse.id();
        this.envelope = warehouse.envelope();
        this.pair = ControlNumbers.Pair.of(envelope);
        this.controlNumbers = controlNumbers;
        this.files = files;
    }

    /** Files the acknowledgments of a received file in {@code format}. */
    List<FiledAck> file(WarehouseFormat format, Path received, List<EdiError> errors) {
        String counter = format.name() + "-interchange";
        String type = format.sentDocumentType(DocumentKind.ACKNOWLEDGMENT);
        List<WarehouseFormat.Acknowledgment> acks;
        try {
            acks = format.acknowledgmentWriter(envelope).acknowledge(received, errors,
                    () -> controlNumbers.next(store, partner, pair, counter), LocalDateTime.now(ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FiledAck> filed = new ArrayList<>();
        for (WarehouseFormat.Acknowledgment ack : acks) {
            String name = OutboundFiles.fileName(store, partner, type, ack.controlNumber(), format.fileExtension());
            long id = files.add(store, partner, format.label(), type, ack.controlNumber(), name, ack.documents(), ack.content());
            filed.add(new FiledAck(id, name, ack.content()));
        }
        return filed;
    }
}

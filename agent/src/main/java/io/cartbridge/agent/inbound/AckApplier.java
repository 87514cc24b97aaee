package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.InboundFile;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Applies the warehouse's 997s: each acknowledged group (AK1-02, which is the interchange control
 * number of the file we sent, as we number GS06 like ISA13) marks that sent file ACCEPTED or REJECTED,
 * with the rejected transaction sets and their errors as the reason. An acknowledgment of a file we
 * never sent is recorded on the 997's ledger row, not lost.
 */
class AckApplier implements ItemWriter<InboundFile> {

    private static final Map<String, String> DOCUMENT_BY_GROUP = Map.of("OW", "940", "FA", "997");

    private final String partner;
    private final InboundFiles inbound;
    private final OutboundFiles outbound;

    /** Applies the partner's 997s of every store: each file says which store it was addressed to. */
    AckApplier(String partner, InboundFiles inbound, OutboundFiles outbound) {
        this.partner = partner;
        this.inbound = inbound;
        this.outbound = outbound;
    }

    @Override
    public void write(Chunk<? extends InboundFile> chunk) {
        for (InboundFile file : chunk) {
            // read to the end before applying any: a file whose second acknowledgment is broken applies nothing,
            // rather than its first acknowledgment and then a rejection
            List<FunctionalAck> acks = new ArrayList<>();
            try (EdiItemReader<FunctionalAck> reader = ReceivedFormat.open(Files.newInputStream(Path.of(file.localPath())),
                    WarehouseFormat::acknowledgments)) {
                for (FunctionalAck ack = reader.next(); ack != null; ack = reader.next()) {
                    acks.add(ack);
                }
            } catch (EdiException e) {
                inbound.mark(file.id(), InboundFiles.State.REJECTED, e.getMessage());
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file.localPath(), e);
            }
            List<String> notes = new ArrayList<>();
            acks.forEach(ack -> apply(file.store(), ack, notes));
            inbound.mark(file.id(), InboundFiles.State.APPLIED, notes.isEmpty() ? null : String.join("; ", notes));
        }
    }

    private void apply(String store, FunctionalAck ack, List<String> notes) {
        // an X12 997 names the group's functional identifier (OW: 940s), an EDIFACT CONTRL the message type (ORDERS)
        String type = DOCUMENT_BY_GROUP.getOrDefault(ack.functionalIdentifier(),
                WarehouseFormats.kindOf(ack.functionalIdentifier()) == null ? null : ack.functionalIdentifier());
        long controlNumber;
        try {
            controlNumber = Long.parseLong(ack.groupControlNumber().trim());
        } catch (NumberFormatException | NullPointerException e) {
            notes.add("group control number '" + ack.groupControlNumber() + "' is not one of ours");
            return;
        }
        boolean accepted = "ACCEPTED".equals(ack.status()) || "ACCEPTED_WITH_ERRORS".equals(ack.status());
        String reason = accepted ? null : reason(ack);
        if (type == null || !outbound.acknowledge(store, partner, controlNumber, type, accepted, reason)) {
            notes.add("acknowledges " + ack.functionalIdentifier() + " group " + controlNumber + ", which was not sent");
        }
    }

    private static String reason(FunctionalAck ack) {
        List<String> parts = new ArrayList<>();
        for (TransactionAck t : ack.transactions()) {
            if (!"ACCEPTED".equals(t.status())) {
                parts.add("transaction " + t.controlNumber() + " " + t.status()
                        + (t.errors().isEmpty() ? "" : ": " + String.join(", ", t.errors())));
            }
        }
        return parts.isEmpty() ? "group " + ack.status() : String.join("; ", parts);
    }
}

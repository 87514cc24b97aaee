package io.cartbridge.agent.inbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.x12.ReceivedInterchange;
import io.cartbridge.edi.x12.X12FunctionalAckWriter;
import io.cartbridge.edi.x12.X12Settings;

/**
 * Renders a 997 for every interchange of a received X12 file, accepting it or rejecting it with
 * AK3/AK4/AK5/AK9 codes for what failed validation, and files it in the ledger like an order file: a
 * control number from the counter of the envelope's sender and receiver pair, and a row for the store in the
 * same transaction as the inbound record. The upload happens after the commit, and the file-upload step sends
 * whatever is still waiting.
 */
class Acknowledgments {

    /** A 997 filed in the ledger, to upload once the transaction commits. */
    record Filed(long id, String fileName, byte[] content) {
    }

    private final String store;
    private final String partner;
    private final ControlNumbers.Pair pair;
    private final X12FunctionalAckWriter writer;
    private final ControlNumbers controlNumbers;
    private final OutboundFiles files;

    Acknowledgments(String store, WarehouseProperties warehouse, ControlNumbers controlNumbers, OutboundFiles files) {
        this.store = store;
        this.partner = warehouse.id();
        X12Settings settings = warehouse.x12().settings();
        this.pair = ControlNumbers.Pair.of(settings);
        this.writer = new X12FunctionalAckWriter(settings);
        this.controlNumbers = controlNumbers;
        this.files = files;
    }

    List<Filed> file(Path received, List<EdiError> errors) {
        List<ReceivedInterchange> interchanges;
        try (InputStream in = Files.newInputStream(received)) {
            interchanges = ReceivedInterchange.scan(in, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Filed> filed = new ArrayList<>();
        for (ReceivedInterchange interchange : interchanges) {
            if (interchange.groups().isEmpty()) {
                continue;
            }
            long controlNumber = controlNumbers.next(store, partner, pair, ControlNumbers.X12_INTERCHANGE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                writer.write(out, controlNumber, LocalDateTime.now(ZoneOffset.UTC), interchange);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] content = out.toByteArray();
            String name = OutboundFiles.fileName(store, partner, "997", controlNumber);
            long id = files.add(store, partner, "X12", "997", controlNumber, name, interchange.groups().size(), content);
            filed.add(new Filed(id, name, content));
        }
        return filed;
    }
}

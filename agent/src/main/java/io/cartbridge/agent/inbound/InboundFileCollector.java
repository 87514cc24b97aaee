package io.cartbridge.agent.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.InboundFiles.Arrival;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.support.Sha256;
import io.cartbridge.agent.transport.RemoteFile;
import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.agent.warehouse.WarehouseProperties;
import io.cartbridge.agent.warehouse.WarehouseTransport;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.EdiItemReader;
import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.ValidationReport;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.model.ShipmentConfirmation;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects one file: downloads it into the local inbox (temporary name, then an atomic rename to a
 * name made of its SHA-256 and remote name), validates it, and records it in the ledger as received,
 * rejected (with the reason, and a copy in the error folder) or duplicate. Only after the ledger
 * commit is the remote file archived or deleted; a crash before that leaves it on the server, and the
 * next run, recognising it, only archives it.
 */
class InboundFileCollector implements ItemStreamWriter<RemoteFile> {

    private final String partner;
    private final long jobExecutionId;
    private final WarehouseProperties.Sftp sftp;
    private final InboundFiles files;
    private final Path inbox;
    private final Path errors;
    private final Addressees addressees;
    private final WarehouseFormat partnerFormat;
    private final PartnerLayout layout;
    private final Map<String, AckFiler> ackFilers = new HashMap<>();
    private final ControlNumbers controlNumbers;
    private final OrderLedger ledger;
    private final OutboundFiles outbound;
    private final String outboundDir;
    private final OnDemandConnection connection;
    private final TransactionTemplate transactions;

    /**
     * @param connections the partner's connections, whose shops the files in its folder are for
     */
    InboundFileCollector(String partner, List<ConnectionContext> connections, long jobExecutionId, WarehouseTransport transport,
                         InboundFiles files, Path home, ControlNumbers controlNumbers, OutboundFiles outbound,
                         OrderLedger ledger, PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactionManager);
        this.partner = partner;
        this.jobExecutionId = jobExecutionId;
        WarehouseProperties settings = connections.get(0).partner();
        this.sftp = settings.sftp();
        this.connection = new OnDemandConnection(transport, settings);
        this.addressees = new Addressees(partner, connections);
        this.partnerFormat = settings.warehouseFormat();
        this.layout = PartnerLayout.of(settings);
        this.controlNumbers = controlNumbers;
        this.files = files;
        this.inbox = home.resolve("inbox").resolve(partner);
        this.errors = home.resolve("error").resolve(partner);
        this.outbound = outbound;
        this.outboundDir = sftp.outboundDir();
    }

    @Override
    public void write(Chunk<? extends RemoteFile> chunk) {
        for (RemoteFile file : chunk) {
            List<AckFiler.FiledAck> acks = files.seen(partner, file.name(), file.size(), file.modified())
                    ? List.of() : collect(file);
            afterCommit(() -> {
                finish(file);
                acks.forEach(this::send);
            });
        }
    }

    /** Stores, validates and records the file; returns the 997s filed for it. */
    private List<AckFiler.FiledAck> collect(RemoteFile file) {
        try {
            Files.createDirectories(inbox);
            Path download = inbox.resolve(file.name() + ".download");
            connection.get().download(sftp.inboundDir(), file.name(), download);
            String sha256 = Sha256.of(download);
            Path local = inbox.resolve(sha256.substring(0, 12) + "-" + file.name());
            Files.move(download, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ValidationReport report;
            byte[] start = firstBytes(local);
            // each file is read by what it is; one no format recognises is validated as the partner's, which says why
            WarehouseFormat format = WarehouseFormats.detect(start).orElse(partnerFormat);
            // what the imports read: the file, or, in the partner's own XML layout, its transformation into ours
            Path readable = local;
            EdiException refused = null;
            if (layout.applies(format, start)) {
                try {
                    Path ours = inbox.resolve(local.getFileName() + ".cartbridge.xml");
                    layout.transform(local, ours);
                    readable = ours;
                    start = firstBytes(readable);
                } catch (EdiException e) {
                    refused = e;
                }
            }
            if (refused != null) {
                report = new ValidationReport(format.label(), List.of(), refused.errors());
            } else {
                try (InputStream in = Files.newInputStream(readable)) {
                    report = format.validate(in);
                }
            }
            Envelope header = format.envelope(start);
            String type = report.transactionSets().stream().distinct().collect(Collectors.joining(","));
            DocumentKind kind = type.isEmpty() || type.contains(",") ? null : format.kindOf(type);
            Addressees.Match addressee = addressees.of(header);
            if (addressee.connection() == null && !addressee.sharing().isEmpty() && report.valid()
                    && kind == DocumentKind.SHIPMENT_CONFIRMATION) {
                addressee = addressees.byOrderNumbers(addressee, orderNumbers(format, readable, type),
                        (number, stores) -> ledger.storesSentOrder(partner, number, stores));
            }
            String store = addressee.connection() == null ? null : addressee.connection().store();
            Long original = files.original(store, partner, sha256, header.senderId(), header.controlReference());
            InboundFiles.State state;
            String reason = null;
            if (original != null) {
                state = InboundFiles.State.DUPLICATE;
                reason = "same content or interchange as inbound file " + original;
            } else if (report.valid() && addressee.connection() == null) {
                // valid, but for no shop that can be told: kept for the admin, never applied to a guessed shop
                state = InboundFiles.State.REJECTED;
                reason = addressee.problem();
                Files.createDirectories(errors);
                Files.copy(local, errors.resolve(local.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } else if (!report.valid()) {
                state = InboundFiles.State.REJECTED;
                reason = report.errors().stream().limit(5)
                        .map(e -> "segment " + e.segmentPosition() + " " + e.code() + ": " + e.message())
                        .collect(Collectors.joining("; "));
                Files.createDirectories(errors);
                Files.copy(local, errors.resolve(local.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } else {
                state = InboundFiles.State.RECEIVED;
            }
            files.record(store, partner, jobExecutionId, new Arrival(file.name(), file.size(), file.modified(), readable.toString(), sha256,
                    report.format(), type.isEmpty() ? null : type, header.senderId(), header.controlReference(), state,
                    reason, original));
            // a duplicate was acknowledged when it first came; a file without an envelope has nothing to answer;
            // an acknowledgment (997, 999, CONTRL) is never answered; and a file for no shop that can be told is not
            // answered either: the acknowledgment's sender would be a guess
            boolean answer = state != InboundFiles.State.DUPLICATE && format.label().equals(report.format()) && store != null
                    && header.controlReference() != null && !type.isEmpty()
                    && Stream.of(type.split(",")).noneMatch(t -> format.kindOf(t) == DocumentKind.ACKNOWLEDGMENT);
            return answer ? ackFiler(addressee.connection()).file(format, readable, report.errors()) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + file.name() + " in " + inbox + ": " + e.getMessage(), e);
        }
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    /** The order numbers of a ship notice's documents, in file order. */
    private static List<String> orderNumbers(WarehouseFormat format, Path file, String type) {
        List<String> numbers = new java.util.ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             EdiItemReader<ShipmentConfirmation> notices = format.shipmentConfirmations(type, in)) {
            for (ShipmentConfirmation notice = notices.next(); notice != null; notice = notices.next()) {
                numbers.add(notice.orderNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }

    /** The 997s of the shop the file was for: its own envelope ids and counter. */
    private AckFiler ackFiler(ConnectionContext to) {
        return ackFilers.computeIfAbsent(to.store(), s -> new AckFiler(s, to.partner(), controlNumbers, outbound));
    }

    /**
     * Uploads a 997 after the commit, under the file's claim (an order-export's upload step running meanwhile
     * skips it); on failure it stays RENDERED for the file-upload step.
     */
    private void send(AckFiler.FiledAck ack) {
        try {
            transactions.executeWithoutResult(tx -> {
                if (outbound.claimUpload(ack.id())) {
                    connection.get().upload(outboundDir, ack.fileName(), ack.content());
                    outbound.markUploaded(ack.id(), jobExecutionId);
                }
            });
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(InboundFileCollector.class)
                    .warn("997 {} not sent now; the file-upload step sends it: {}", ack.fileName(), e.getMessage());
        }
    }

    /** What becomes of the remote file once the ledger has it. */
    private void finish(RemoteFile file) {
        switch (sftp.afterDownload()) {
            case "archive" -> {
                connection.get().ensureDirectory(sftp.archiveDir());
                connection.get().rename(sftp.inboundDir(), file.name(), sftp.archiveDir(), file.name());
            }
            case "delete" -> connection.get().delete(sftp.inboundDir(), file.name());
            default -> {
            }
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }




    @Override
    public void open(ExecutionContext executionContext) {
    }

    @Override
    public void close() {
        connection.close();
    }
}

package io.cartbridge.agent.inbound;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cartbridge.agent.connections.ConnectionContext;
import io.cartbridge.agent.ledger.ControlNumbers;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OutboundFiles;
import io.cartbridge.agent.warehouse.OnDemandConnection;
import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.WarehouseFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers received files with acknowledgments (997, CONTRL ...): decides whether a file is answered, files its
 * acknowledgments in the ledger in the collecting transaction ({@link AckFiler}, with the envelope ids and
 * counter of the shop it was for), and uploads each once that transaction has committed.
 */
final class AckResponder {

    private static final Logger log = LoggerFactory.getLogger(AckResponder.class);

    private final Map<String, AckFiler> acknowledgments = new HashMap<>();
    private final ControlNumbers controlNumbers;
    private final OutboundFiles outbound;
    private final OnDemandConnection connection;
    private final String outboundDir;
    private final long jobExecutionId;
    private final TransactionTemplate transactions;

    AckResponder(ControlNumbers controlNumbers, OutboundFiles outbound, OnDemandConnection connection, String outboundDir,
             long jobExecutionId, TransactionTemplate transactions) {
        this.controlNumbers = controlNumbers;
        this.outbound = outbound;
        this.connection = connection;
        this.outboundDir = outboundDir;
        this.jobExecutionId = jobExecutionId;
        this.transactions = transactions;
    }

    /** Files the acknowledgments of a classified file, if it is answered; returns them, to {@link #send} after commit. */
    List<AckFiler.FiledAck> file(InboundClassifier.Classification file) {
        return answers(file)
                ? acknowledgments(file.addressee().connection()).file(file.format(), file.readable(), file.report().errors())
                : List.of();
    }

    /**
     * A duplicate was acknowledged when it first came; a file without an envelope has nothing to answer; an
     * acknowledgment (997, 999, CONTRL) is never answered; and a file for no shop that can be told is not answered
     * either: the acknowledgment's sender would be a guess.
     */
    private static boolean answers(InboundClassifier.Classification file) {
        WarehouseFormat format = file.format();
        return file.state() != InboundFiles.State.DUPLICATE && format.label().equals(file.report().format())
                && file.store() != null && file.header().controlReference() != null && !file.type().isEmpty()
                && Stream.of(file.type().split(",")).noneMatch(t -> format.kindOf(t) == DocumentKind.ACKNOWLEDGMENT);
    }

    /** The acknowledgments of the shop the file was for: its own envelope ids and counter. */
    private AckFiler acknowledgments(ConnectionContext to) {
        return acknowledgments.computeIfAbsent(to.store(), s -> new AckFiler(s, to.partner(), controlNumbers, outbound));
    }

    /**
     * Uploads an acknowledgment after the commit, under the file's claim (an order-export's upload step running
     * meanwhile skips it); on failure it stays RENDERED for the file-upload step.
     */
    void send(AckFiler.FiledAck ack) {
        try {
            transactions.executeWithoutResult(tx -> {
                if (outbound.claimUpload(ack.id())) {
                    connection.get().upload(outboundDir, ack.fileName(), ack.content());
                    outbound.markUploaded(ack.id(), jobExecutionId);
                }
            });
        } catch (RuntimeException e) {
            log.warn("997 {} not sent now; the file-upload step sends it: {}", ack.fileName(), e.getMessage());
        }
    }
}

package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads CONTRL messages as one {@link FunctionalAck} each, emitted at the UNT. The mapping is
 * documented on {@link io.cartbridge.edi.edifact.EdifactControlReader}.
 */
public final class ContrlHandler implements MessageHandler<FunctionalAck> {

    private final List<EdiError> errors = new ArrayList<>();
    private EdifactSegment uci;
    private final List<TransactionAck> messages = new ArrayList<>();
    private EdifactSegment ucm;
    private List<String> messageErrors = new ArrayList<>();
    private int lastUcs;
    private boolean groupRejected;

    @Override
    public String messageType() {
        return "CONTRL";
    }

    @Override
    public String documentName() {
        return "CONTRL syntax and service report";
    }

    @Override
    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void segment(EdifactSegment s, Envelope envelope, Consumer<FunctionalAck> out) {
        switch (s.tag()) {
            case "UNH" -> {
                uci = null;
                ucm = null;
                messages.clear();
                groupRejected = false;
            }
            case "UCI" -> uci = s;
            case "UCF" -> {
                endMessage();
                groupRejected |= "4".equals(s.value(4));
            }
            case "UCM" -> {
                endMessage();
                ucm = s;
                messageErrors = new ArrayList<>();
                if (s.value(4) != null) {
                    messageErrors.add("Message: " + SyntaxErrors.describe(s.value(4))
                            + (s.value(5) != null ? " in segment " + s.value(5) : ""));
                }
            }
            case "UCS" -> {
                lastUcs = parse(s.value(1));
                if (ucm != null && s.value(2) != null) {
                    messageErrors.add("Segment at position " + s.value(1) + ": " + SyntaxErrors.describe(s.value(2)));
                }
            }
            case "UCD" -> {
                if (ucm != null) {
                    messageErrors.add("Element " + s.value(2, 1) + (s.value(2, 2) != null ? " component " + s.value(2, 2) : "")
                            + " of the segment at position " + lastUcs + ": " + SyntaxErrors.describe(s.value(1)));
                }
            }
            case "UNT" -> {
                endMessage();
                if (uci == null || uci.value(1) == null || uci.value(4) == null) {
                    errors.add(new EdiError(uci == null ? s.position() : uci.position(), uci == null ? "UNT" : "UCI",
                            "MISSING_DATA", "CONTRL message " + envelope.messageReference() + " has no UCI with the"
                                    + " acknowledged interchange's reference (0020) and action (0083)."));
                    return;
                }
                String type = messages.isEmpty() ? "" : messages.get(0).transactionSetId();
                out.accept(new FunctionalAck(envelope.senderId(), envelope.interchangeControlReference(), type,
                        uci.value(1), status(uci.value(4)), messages));
            }
            default -> { }
        }
    }

    private void endMessage() {
        if (ucm != null) {
            messages.add(new TransactionAck(ucm.value(2, 1), ucm.value(1), messageStatus(ucm.value(3)), messageErrors));
            ucm = null;
        }
    }

    private String status(String action) {
        return switch (action) {
            case "7" -> groupRejected || messages.stream().anyMatch(m -> "REJECTED".equals(m.status()))
                    ? "PARTIAL" : "ACCEPTED";
            case "4" -> "REJECTED";
            case "8" -> "RECEIVED";
            default -> action;
        };
    }

    private static String messageStatus(String action) {
        if (action == null) {
            return "";
        }
        return switch (action) {
            case "7" -> "ACCEPTED";
            case "4" -> "REJECTED";
            default -> action;
        };
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

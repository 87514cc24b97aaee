package io.cartbridge.edi.xml.internal;

import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import io.cartbridge.edi.xml.internal.jaxb.AckStatus;
import io.cartbridge.edi.xml.internal.jaxb.DocumentAckType;
import io.cartbridge.edi.xml.internal.jaxb.DocumentKind;
import io.cartbridge.edi.xml.internal.jaxb.FileAckType;
import io.cartbridge.edi.xml.internal.jaxb.HeaderType;
import io.cartbridge.edi.xml.internal.jaxb.ReasonType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FunctionalAck} and the {@code FileAck} element, both ways: the acknowledged file's control
 * number is the "group" control number, its document kind ({@code WarehouseOrders}, ...) the
 * functional identifier; each {@code Document} is a {@link TransactionAck} keyed by its reference
 * (an order number); the file's own reasons, when it has any, come first as a {@link TransactionAck}
 * whose control number is {@code null}. Statuses are the model's words ({@code ACCEPTED},
 * {@code ACCEPTED_WITH_ERRORS}, {@code PARTIAL}, {@code REJECTED}).
 */
public final class AckMapping {

    private AckMapping() {
    }

    public static FileAckType toXml(FunctionalAck ack) throws InvalidValueException {
        FileAckType xml = new FileAckType();
        xml.setControlNumber(ack.groupControlNumber());
        try {
            xml.setDocumentKind(DocumentKind.fromValue(ack.functionalIdentifier()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("'" + ack.functionalIdentifier() + "' is not a warehouse XML document kind");
        }
        xml.setStatus(status(ack.status()));
        for (TransactionAck t : ack.transactions()) {
            if (t.controlNumber() == null) {
                t.errors().forEach(reason -> xml.getReason().add(reason(reason)));
            } else {
                DocumentAckType document = new DocumentAckType();
                document.setReference(t.controlNumber());
                document.setStatus(status(t.status()));
                t.errors().forEach(reason -> document.getReason().add(reason(reason)));
                xml.getDocument().add(document);
            }
        }
        return xml;
    }

    public static FunctionalAck fromXml(FileAckType xml, HeaderType header) {
        String kind = xml.getDocumentKind().value();
        List<TransactionAck> transactions = new ArrayList<>();
        if (!xml.getReason().isEmpty()) {
            transactions.add(new TransactionAck(kind, null, status(xml.getStatus()), reasons(xml.getReason())));
        }
        for (DocumentAckType d : xml.getDocument()) {
            transactions.add(new TransactionAck(kind, d.getReference(), status(d.getStatus()), reasons(d.getReason())));
        }
        return new FunctionalAck(header.getSender(), header.getControlNumber(), kind, xml.getControlNumber(),
                status(xml.getStatus()), transactions);
    }

    private static List<String> reasons(List<ReasonType> reasons) {
        return reasons.stream().map(ReasonType::getValue).toList();
    }

    private static ReasonType reason(String text) {
        ReasonType reason = new ReasonType();
        reason.setValue(text);
        return reason;
    }

    private static AckStatus status(String word) throws InvalidValueException {
        return switch (word == null ? "" : word) {
            case "ACCEPTED" -> AckStatus.ACCEPTED;
            case "ACCEPTED_WITH_ERRORS" -> AckStatus.ACCEPTED_WITH_ERRORS;
            case "PARTIAL" -> AckStatus.PARTIAL;
            case "REJECTED" -> AckStatus.REJECTED;
            default -> throw new InvalidValueException("'" + word + "' is not an acknowledgment status: "
                    + "ACCEPTED, ACCEPTED_WITH_ERRORS, PARTIAL or REJECTED");
        };
    }

    private static String status(AckStatus status) {
        return switch (status) {
            case ACCEPTED -> "ACCEPTED";
            case ACCEPTED_WITH_ERRORS -> "ACCEPTED_WITH_ERRORS";
            case PARTIAL -> "PARTIAL";
            case REJECTED -> "REJECTED";
        };
    }
}

package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import io.xlate.edi.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Maps one 997 Functional Acknowledgment to one {@link FunctionalAck}, emitted at SE: AK1 (01
 * functional id, 02 group control number), each AK2 loop (01 set id, 02 control number) with its
 * AK3 (01 segment id, 02 position in set, 04 error), AK4 (01 element position, 02 element number,
 * 03 error, 04 bad data) and AK5 (01 status, 02..06 errors), and AK9-01 (status) with AK9-05..09.
 * Errors become sentences with the code list words of {@link AckCodes}.
 *
 * <p>A 999 Implementation Acknowledgment, which 005010 partners often send instead, is read the same
 * way: its IK3, IK4 and IK5 take the places of AK3, AK4 and AK5 (CTX context segments are skipped).
 *
 * <p>Both are validated element by element against {@link AckSchemas} before any of their segments
 * reach this handler, so the codes and numbers read here are well formed.
 */
public final class Ack997Handler implements TransactionHandler<FunctionalAck> {

    private final List<EdiError> errors = new ArrayList<>();
    private final ContentValues values = new ContentValues(errors);
    private final List<TransactionAck> transactions = new ArrayList<>();
    private final List<String> setErrors = new ArrayList<>();
    private X12Segment ak1;
    private X12Segment ak2;
    private X12Segment ak3;
    private X12Segment ak9;

    @Override
    public String transactionSetId() {
        return "997";
    }

    @Override
    public boolean handles(String transactionSetId) {
        return "997".equals(transactionSetId) || "999".equals(transactionSetId);
    }

    @Override
    public Schema schema(String transactionSetId) {
        return AckSchemas.of(transactionSetId);
    }

    @Override
    public String documentName() {
        return "997 Functional Acknowledgment (or 999)";
    }

    @Override
    public List<EdiError> errors() {
        return errors;
    }

    @Override
    public void segment(X12Segment s, Envelope envelope, Consumer<FunctionalAck> out) {
        switch (s.tag()) {
            case "ST" -> {
                transactions.clear();
                setErrors.clear();
                ak1 = ak2 = ak3 = ak9 = null;
            }
            case "AK1" -> {
                ak1 = s;
                if (s.value(1) != null && !AckSchemas.FUNCTIONAL_IDENTIFIERS.contains(s.value(1))) {
                    errors.add(new EdiError(s.position(), "AK1", "INVALID_ELEMENT", "AK101 '" + s.value(1)
                            + "' is not a valid Functional Identifier Code (X12 element 479)."));
                }
            }
            case "AK2" -> {
                ak2 = s;
                ak3 = null;
                setErrors.clear();
            }
            case "AK3", "IK3" -> {
                ak3 = s;
                setErrors.add("Segment " + s.element(1) + " at position " + s.element(2)
                        + (s.value(4) == null ? "" : ": " + AckCodes.describe(AckCodes.SEGMENT_ERRORS, s.value(4))));
            }
            case "AK4", "IK4" -> setErrors.add(elementError(s));
            case "AK5", "IK5" -> endSet(s);
            case "AK9" -> ak9 = s;
            case "SE" -> finish(envelope, out);
            default -> { }
        }
    }

    private String elementError(X12Segment ak4) {
        String element = ak4.element(1).split("[^0-9]", 2)[0];
        String where = ak3 == null ? "Element " + element
                : "Element " + ak3.element(1) + String.format("%02d", parse(element)) + " (segment at position "
                        + ak3.element(2) + ")";
        return where + ": " + AckCodes.describe(AckCodes.ELEMENT_ERRORS, ak4.element(3))
                + (ak4.value(4) == null ? "" : ", value '" + ak4.value(4) + "'");
    }

    private void endSet(X12Segment ak5) {
        if (ak2 == null) {
            errors.add(new EdiError(ak5.position(), ak5.tag(), "MISSING_DATA", ak5.tag() + " without a preceding AK2."));
            return;
        }
        for (int i = 2; i <= 6; i++) {
            if (ak5.value(i) != null) {
                setErrors.add("Transaction set: " + AckCodes.describe(AckCodes.SET_ERRORS, ak5.value(i)));
            }
        }
        transactions.add(new TransactionAck(ak2.value(1), ak2.value(2), AckCodes.status(ak5.value(1)), setErrors));
        setErrors.clear();
        ak2 = ak3 = null;
    }

    private void finish(Envelope envelope, Consumer<FunctionalAck> out) {
        if (ak1 == null || ak1.value(2) == null) {
            values.missing(envelope.st, "AK1 group response header with a group control number");
            return;
        }
        if (ak9 == null || ak9.value(1) == null) {
            values.missing(envelope.st, "AK9 group response trailer");
            return;
        }
        out.accept(new FunctionalAck(envelope.senderId(), envelope.interchangeControlNumber(), ak1.value(1),
                ak1.value(2), AckCodes.status(ak9.value(1)), transactions));
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package io.cartbridge.edi.x12.internal;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.net.URL;
import java.util.Set;

/**
 * The StAEDI schemas of the acknowledgments a partner sends back (resources {@code ack-997.xml},
 * {@code ack-999.xml}, {@code ack-types.xml}), loaded once. An acknowledgment decides what the
 * ledger records about the documents sent, so it is checked element by element before it is
 * believed: status codes in their code lists, control numbers and counts numeric, no component or
 * repetition separator inside a simple element, lengths, mandatory elements and segment order.
 * One schema serves 004010 and 005010: the elements 005010 added (AK1-03, AK2-03, C030-03) are optional.
 */
final class AckSchemas {

    private static final Schema ACK_997 = load("ack-997.xml");
    private static final Schema ACK_999 = load("ack-999.xml");

    /**
     * X12 element 479 (GS01, AK1-01), as StAEDI's control schemas list it; kept out of ack-types.xml
     * so that the list is not copied, and checked by {@link Ack997Handler}.
     */
    static final Set<String> FUNCTIONAL_IDENTIFIERS =
            ((EDISimpleType) ControlSchemas.x12("00501").getType("E479")).getValueSet();

    private AckSchemas() {
    }

    /** {@return the schema for ST01 {@code 997} or {@code 999}, else {@code null}} */
    static Schema of(String transactionSetId) {
        return switch (transactionSetId == null ? "" : transactionSetId) {
            case "997" -> ACK_997;
            case "999" -> ACK_999;
            default -> null;
        };
    }

    private static Schema load(String name) {
        URL url = AckSchemas.class.getResource(name);
        try {
            return SchemaFactory.newFactory().createSchema(url);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("Cannot load the acknowledgment schema " + url, e);
        }
    }
}

package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.EdiError;
import io.xlate.edi.schema.Schema;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the segments of one kind of transaction set into canonical items for {@link X12ItemStream}.
 * Receives every segment from ST to SE inclusive of the sets of its type, with the envelope they
 * are in, and emits items to the consumer whenever they are complete (at most a handful per
 * segment, so that nothing piles up). Content problems go to {@link #errors()}.
 *
 * @param <T> the item type
 */
public interface TransactionHandler<T> {

    /** {@return the ST01 this handler reads, for example {@code "945"}} */
    String transactionSetId();

    /** {@return true for the ST01 values this handler reads; by default its {@link #transactionSetId()}} */
    default boolean handles(String transactionSetId) {
        return transactionSetId().equals(transactionSetId);
    }

    /**
     * {@return the schema StAEDI validates a set with this ST01 against, element by element, or
     * {@code null} (the default) when the handler checks the content itself}
     */
    default Schema schema(String transactionSetId) {
        return null;
    }

    /** {@return a name for messages, for example {@code "945 Warehouse Shipping Advice"}} */
    String documentName();

    /** Handles one segment of a transaction set of this handler's type. */
    void segment(X12Segment segment, Envelope envelope, Consumer<T> out);

    /** {@return the content errors found so far} */
    List<EdiError> errors();

    /** The ISA, GS and ST segments around the current segment. */
    final class Envelope {
        X12Segment isa;
        X12Segment gs;
        X12Segment st;

        /** {@return ISA13 as sent, trimmed} */
        public String interchangeControlNumber() {
            return isa == null ? "" : isa.element(13).trim();
        }

        /** {@return ISA06 trimmed} */
        public String senderId() {
            return isa == null ? "" : isa.element(6).trim();
        }

        /** {@return GS08, for example {@code "004010"}} */
        public String version() {
            return gs == null ? "" : gs.element(8).trim();
        }

        /** {@return ST02 as sent} */
        public String transactionControlNumber() {
            return st == null ? "" : st.element(2).trim();
        }
    }
}

package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.EdiError;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the segments of one kind of EDIFACT message into canonical items for {@link ItemStream}.
 * Receives every segment from UNH to UNT inclusive of the messages of its type, with the envelope
 * they are in, and emits items whenever they are complete. Content problems go to {@link #errors()}.
 *
 * @param <T> the item type
 */
public interface MessageHandler<T> {

    /** The message types CartBridge handles. */
    Set<String> SUPPORTED = Set.of("ORDERS", "DESADV", "INVRPT", "CONTRL");

    /** {@return the message type (UNH S009 0065) this handler reads, for example {@code "DESADV"}} */
    String messageType();

    /** {@return a name for messages, for example {@code "DESADV despatch advice"}} */
    String documentName();

    /** Handles one segment of a message of this handler's type. */
    void segment(EdifactSegment segment, Envelope envelope, Consumer<T> out);

    /** {@return the content errors found so far} */
    List<EdiError> errors();

    /** The UNB, UNG and UNH segments around the current segment. */
    final class Envelope {
        EdifactSegment unb;
        EdifactSegment ung;
        EdifactSegment unh;

        /** {@return the UNB of the current interchange, or {@code null} before the first} */
        public EdifactSegment unb() {
            return unb;
        }

        /** {@return the UNH of the current message, or {@code null} before the first} */
        public EdifactSegment unh() {
            return unh;
        }

        /** {@return UNB 0020, the interchange control reference} */
        public String interchangeControlReference() {
            return unb == null ? "" : unb.element(5).trim();
        }

        /** {@return UNB 0004, the sender id} */
        public String senderId() {
            return unb == null ? "" : unb.component(2, 1).trim();
        }

        /** {@return UNH 0062, the message reference} */
        public String messageReference() {
            return unh == null ? "" : unh.element(1).trim();
        }
    }
}

package io.cartbridge.edi;

/**
 * Who sent a file, to whom, and its control reference, as its envelope says (X12 ISA, EDIFACT UNB, the XML root's
 * attributes). Null fields when the file has no usable envelope; validation says why.
 *
 * @param senderQualifier   the code qualifier of the sender's id (ISA05, UNB S002/0007), or null
 * @param senderId          the sender's id
 * @param receiverQualifier the code qualifier of the receiver's id, or null
 * @param receiverId        the receiver's id: for a file from a warehouse, the shop's own id there
 * @param controlReference  the interchange control number or reference
 * @since 0.2
 */
public record Envelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                       String controlReference) {

    /** A file without a usable envelope. */
    public static final Envelope NONE = new Envelope(null, null, null, null, null);
}

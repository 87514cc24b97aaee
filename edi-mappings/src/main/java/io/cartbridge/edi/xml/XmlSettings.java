package io.cartbridge.edi.xml;

import java.util.Objects;

/**
 * Who writes warehouse XML to whom: the ids of every written file's {@code Header}.
 *
 * @param senderId      our id at the partner ({@code Header/Sender}), 1 to 100 characters
 * @param receiverId    the partner's id ({@code Header/Receiver}), 1 to 100 characters
 * @param test          {@code true} to mark files as test data ({@code Header/Test})
 * @param itemQualifier the kind of id under which order lines carry their SKU, as a qualifier of the
 *                      canonical model: {@code SK} the seller's SKU (the default), {@code VN} the
 *                      warehouse's item number, {@code BP}, {@code MG}, {@code UP} ...
 * @since 0.1
 */
public record XmlSettings(String senderId, String receiverId, boolean test, String itemQualifier) {

    public XmlSettings {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        itemQualifier = itemQualifier == null || itemQualifier.isBlank() ? "SK" : itemQualifier.strip();
    }

    /** Production files whose lines carry the seller's SKU. */
    public XmlSettings(String senderId, String receiverId) {
        this(senderId, receiverId, false, "SK");
    }
}

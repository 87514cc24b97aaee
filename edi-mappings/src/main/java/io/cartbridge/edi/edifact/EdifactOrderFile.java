package io.cartbridge.edi.edifact;

import io.cartbridge.edi.model.WarehouseOrder;
import java.util.List;

/**
 * The content of an EDIFACT file of ORDERS messages, as read by {@link EdifactOrdersReader}.
 *
 * <p>When the file holds several interchanges, the envelope fields describe the <em>first</em>
 * interchange and its first message, while {@code messageReferences} and {@code orders} cover all of
 * them, in file order (the n-th reference belongs to the n-th order).
 *
 * @param senderId                    UNB 0004
 * @param senderQualifier             UNB 0007 of the sender, or {@code null}
 * @param recipientId                 UNB 0010
 * @param recipientQualifier          UNB 0007 of the recipient, or {@code null}
 * @param syntaxIdentifier            UNB 0001, for example {@code "UNOC"}
 * @param syntaxVersion               UNB 0002, for example {@code "3"}
 * @param testIndicator               whether UNB 0035 is {@code 1}
 * @param directory                   the first UNH's directory, for example {@code "D96A"}
 * @param associationCode             the first UNH's association code, for example {@code "EAN008"}, or {@code null}
 * @param interchangeControlReference UNB 0020
 * @param messageReferences           every UNH 0062, for example {@code ["1", "2"]}
 * @param orders                      every order, one per ORDERS message
 * @since 0.1
 */
public record EdifactOrderFile(String senderId, String senderQualifier, String recipientId, String recipientQualifier,
                               String syntaxIdentifier, String syntaxVersion, boolean testIndicator, String directory,
                               String associationCode, String interchangeControlReference,
                               List<String> messageReferences, List<WarehouseOrder> orders) {

    public EdifactOrderFile {
        messageReferences = List.copyOf(messageReferences);
        orders = List.copyOf(orders);
    }
}

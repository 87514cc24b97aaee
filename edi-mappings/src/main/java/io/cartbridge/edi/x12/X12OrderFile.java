package io.cartbridge.edi.x12;

import io.cartbridge.edi.model.WarehouseOrder;
import java.util.List;

/**
 * The content of an X12 file of 940 Warehouse Shipping Orders, as read by
 * {@link X12WarehouseOrderReader}.
 *
 * <p>When the file holds several interchanges, the envelope fields describe the <em>first</em>
 * interchange and its first functional group, while {@code transactionControlNumbers} and
 * {@code orders} cover all of them, in file order (the n-th control number belongs to the n-th
 * order). Ids are returned trimmed (ISA06/ISA08 are space padded on the wire).
 *
 * @param senderQualifier           ISA05
 * @param senderId                  ISA06, trimmed
 * @param receiverQualifier         ISA07
 * @param receiverId                ISA08, trimmed
 * @param usageIndicator            ISA15 ({@code 'T'} or {@code 'P'})
 * @param version                   GS08, for example {@code "004010"}
 * @param interchangeControlNumber  ISA13
 * @param groupControlNumber        GS06
 * @param transactionControlNumbers every ST02, for example {@code ["0001", "0002"]}
 * @param orders                    every order, one per 940 transaction set
 * @since 0.1
 */
public record X12OrderFile(String senderQualifier, String senderId, String receiverQualifier,
                           String receiverId, char usageIndicator, String version,
                           long interchangeControlNumber, long groupControlNumber,
                           List<String> transactionControlNumbers, List<WarehouseOrder> orders) {

    public X12OrderFile {
        transactionControlNumbers = List.copyOf(transactionControlNumbers);
        orders = List.copyOf(orders);
    }
}

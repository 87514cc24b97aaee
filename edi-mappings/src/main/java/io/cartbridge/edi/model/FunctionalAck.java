package io.cartbridge.edi.model;

import java.util.List;

/**
 * A partner's functional acknowledgment of one functional group we sent: one X12 997
 * transaction set.
 *
 * <p>It is matched to the sent group by ({@code functionalIdentifier}, {@code groupControlNumber});
 * the ledger marks the group's documents accepted or rejected from {@code status} and from each
 * {@link TransactionAck}.
 *
 * @param senderId                 who acknowledges: ISA06 of the 997's interchange, trimmed
 * @param interchangeControlNumber ISA13 of the 997's interchange, as sent
 * @param functionalIdentifier     the acknowledged group's functional id (AK1-01), for example
 *                                 {@code "OW"} for 940s
 * @param groupControlNumber       the acknowledged group's control number (AK1-02), its GS06
 * @param status                   AK9-01 as a word: {@code ACCEPTED} ({@code A}),
 *                                 {@code ACCEPTED_WITH_ERRORS} ({@code E}), {@code PARTIAL}
 *                                 ({@code P}, some sets rejected), {@code REJECTED} ({@code R}, and
 *                                 {@code M}, {@code W}, {@code X}); the code itself when unknown
 * @param transactions             the AK2 loops, in file order; may be empty (many partners list
 *                                 only rejected sets, or none when all are accepted)
 * @since 0.1
 */
public record FunctionalAck(String senderId, String interchangeControlNumber, String functionalIdentifier,
                            String groupControlNumber, String status, List<TransactionAck> transactions) {

    public FunctionalAck {
        transactions = List.copyOf(transactions);
    }
}

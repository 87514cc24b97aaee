package io.cartbridge.edi.model;

import java.util.List;

/**
 * The acknowledgment of one transaction set inside a {@link FunctionalAck}: an AK2 loop of a 997.
 *
 * @param transactionSetId the acknowledged set's id (AK2-01), for example {@code "940"}
 * @param controlNumber    the acknowledged set's control number (AK2-02), its ST02
 * @param status           AK5-01 as a word: {@code ACCEPTED} ({@code A}), {@code ACCEPTED_WITH_ERRORS}
 *                         ({@code E}), {@code REJECTED} ({@code R}, and the rarer {@code M},
 *                         {@code W}, {@code X}); the code itself when unknown
 * @param errors           one sentence per problem the partner reported, built from the AK3
 *                         (segment), AK4 (element) and AK5-02..06 (set) codes, for example
 *                         {@code "Segment W05 at position 2: segment has data element errors"};
 *                         empty when accepted
 * @since 0.1
 */
public record TransactionAck(String transactionSetId, String controlNumber, String status, List<String> errors) {

    public TransactionAck {
        errors = List.copyOf(errors);
    }
}

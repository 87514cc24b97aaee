package io.cartbridge.edi.x12;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.x12.internal.ReceiptScanner;
import java.io.InputStream;
import java.util.List;

/**
 * What an inbound X12 interchange held and what was wrong with it, level by level: the input of
 * {@link X12FunctionalAckWriter}. Build it with {@link #scan} from the received file, or by hand.
 *
 * <p>Each {@link EdiError} sits at the innermost level whose segments include its position: a wrong
 * SE count belongs to its transaction set, a wrong GE count to its group, an IEA mismatch to the
 * interchange.
 *
 * @param senderQualifier ISA05 as received
 * @param senderId        ISA06 trimmed: the partner the 997 goes back to
 * @param controlNumber   ISA13 as received
 * @param groups          the functional groups, in file order
 * @param errors          errors of the interchange envelope itself (ISA/IEA), empty when none
 * @since 0.1
 */
public record ReceivedInterchange(String senderQualifier, String senderId, String controlNumber,
                                  List<Group> groups, List<EdiError> errors) {

    public ReceivedInterchange {
        groups = List.copyOf(groups);
        errors = List.copyOf(errors);
    }

    /**
     * One received functional group.
     *
     * @param functionalIdentifier GS01, for example {@code "SW"} (945), {@code "SH"} (856),
     *                             {@code "IB"} (846)
     * @param controlNumber        GS06
     * @param version              GS08, for example {@code "004010"}
     * @param transactions         its transaction sets, in file order
     * @param errors               errors of the group envelope (GS/GE), empty when none
     */
    public record Group(String functionalIdentifier, String controlNumber, String version,
                        List<Transaction> transactions, List<EdiError> errors) {

        public Group {
            transactions = List.copyOf(transactions);
            errors = List.copyOf(errors);
        }
    }

    /**
     * One received transaction set.
     *
     * @param transactionSetId ST01
     * @param controlNumber    ST02
     * @param startPosition    the file position of its ST, so that an error's position in the set
     *                         (AK3-02, ST = 1) is {@code error.segmentPosition() - startPosition + 1}
     * @param errors           errors inside the set (ST to SE), empty when none
     */
    public record Transaction(String transactionSetId, String controlNumber, int startPosition,
                              List<EdiError> errors) {

        public Transaction {
            errors = List.copyOf(errors);
        }
    }

    /** {@return {@code true} when no error was found at any level} */
    public boolean valid() {
        return errors.isEmpty() && groups.stream().allMatch(g -> g.errors().isEmpty()
                && g.transactions().stream().allMatch(t -> t.errors().isEmpty()));
    }

    /**
     * Reads a received file and places its envelope errors (the checks of {@link X12Validator}),
     * plus any {@code extraErrors} (for example those of a reader's {@link io.cartbridge.edi.EdiException}),
     * at their levels. An extra error equal in position and code to one found here is kept once.
     * Holds one small record per transaction set; reads the stream to its end, does not close it.
     *
     * @param in          the received file
     * @param extraErrors more errors to place, may be empty
     * @return one entry per interchange whose ISA could be read; empty for a file that is not X12
     *         or whose first ISA is malformed (nothing a 997 can answer: that needs a TA1)
     */
    public static List<ReceivedInterchange> scan(InputStream in, List<EdiError> extraErrors) {
        return ReceiptScanner.scan(in, extraErrors);
    }
}

package io.cartbridge.edi.edifact;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.edifact.internal.ReceiptScanner;
import java.io.InputStream;
import java.util.List;

/**
 * What an inbound EDIFACT interchange held and what was wrong with it, level by level: the input of
 * {@link EdifactControlWriter}. Build it with {@link #scan} from the received file, or by hand.
 *
 * <p>Each {@link EdiError} sits at the innermost level whose segments include its position: a wrong
 * UNT count belongs to its message, a wrong UNZ count to the interchange. UNG groups are flattened:
 * their messages are listed in file order and group envelope errors count as the interchange's.
 *
 * @param senderId           UNB 0004 as received: the partner the CONTRL goes back to
 * @param senderQualifier    UNB 0007 of the sender, or {@code null}
 * @param recipientId        UNB 0010 as received
 * @param recipientQualifier UNB 0007 of the recipient, or {@code null}
 * @param syntaxIdentifier   UNB 0001, for example {@code "UNOC"}
 * @param syntaxVersion      UNB 0002, for example {@code "3"}
 * @param controlReference   UNB 0020 as received
 * @param messages           the messages, in file order
 * @param errors             errors of the interchange (UNB/UNZ, UNG/UNE, anything outside a message)
 * @since 0.1
 */
public record EdifactReceivedInterchange(String senderId, String senderQualifier, String recipientId,
                                         String recipientQualifier, String syntaxIdentifier, String syntaxVersion,
                                         String controlReference, List<Message> messages, List<EdiError> errors) {

    public EdifactReceivedInterchange {
        messages = List.copyOf(messages);
        errors = List.copyOf(errors);
    }

    /**
     * One received message.
     *
     * @param reference     UNH 0062
     * @param type          UNH S009 0065, for example {@code "DESADV"}
     * @param version       S009 0052, for example {@code "D"}
     * @param release       S009 0054, for example {@code "96A"}
     * @param agency        S009 0051, for example {@code "UN"}
     * @param startPosition the file position of its UNH, so that an error's position in the message
     *                      (UCS 0096, UNH = 1) is {@code error.segmentPosition() - startPosition + 1}
     * @param errors        errors inside the message (UNH to UNT), empty when none
     */
    public record Message(String reference, String type, String version, String release, String agency,
                          int startPosition, List<EdiError> errors) {

        public Message {
            errors = List.copyOf(errors);
        }
    }

    /** {@return {@code true} when no error was found at any level} */
    public boolean valid() {
        return errors.isEmpty() && messages.stream().allMatch(m -> m.errors().isEmpty());
    }

    /**
     * Reads a received file and places its errors (the checks of {@link EdifactValidator}), plus any
     * {@code extraErrors} (for example those of a reader's {@link io.cartbridge.edi.EdiException}), at
     * their levels. An extra error equal in position and code to one found here is kept once. Holds one
     * small record per message; reads the stream to its end, does not close it.
     *
     * @param in          the received file
     * @param extraErrors more errors to place, may be empty
     * @return one entry per interchange whose UNB could be read; empty for a file that is not EDIFACT
     *         or whose first UNB is unreadable (nothing a CONTRL can be addressed to)
     */
    public static List<EdifactReceivedInterchange> scan(InputStream in, List<EdiError> extraErrors) {
        return ReceiptScanner.scan(in, extraErrors);
    }
}

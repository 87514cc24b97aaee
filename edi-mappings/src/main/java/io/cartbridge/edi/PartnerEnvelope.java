package io.cartbridge.edi;

import java.util.Map;

/**
 * The envelope of the files a shop sends one partner, in neutral terms: both parties' ids with their code
 * qualifiers, test or production, and the options only one format knows (X12 version and separators, EDIFACT
 * syntax identifier and directory, an XML stylesheet), by the format's own names.
 *
 * @param senderQualifier   the code qualifier of the shop's id (X12 ISA05, EDIFACT UNB S002/0007)
 * @param senderId          the shop's id at the partner
 * @param receiverQualifier the code qualifier of the partner's id
 * @param receiverId        the partner's id
 * @param test              test files (X12 ISA15 'T', EDIFACT UNB 0035 '1')
 * @param options           format-specific settings, e.g. {@code version}, {@code element-separator}
 * @since 0.2
 */
public record PartnerEnvelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                              boolean test, Map<String, String> options) {

    public PartnerEnvelope {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** {@return the option, or {@code orElse} when it is not set} */
    public String option(String name, String orElse) {
        String value = options.get(name);
        return value == null || value.isBlank() ? orElse : value;
    }
}

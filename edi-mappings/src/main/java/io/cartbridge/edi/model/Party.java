package io.cartbridge.edi.model;

/**
 * A party named in a shipment document: one N1 loop (N1 with its N2, N3, N4 and PER segments).
 *
 * @param entityCode  N1-01, the party's role (code list 98), for example {@code ST} ship-to,
 *                    {@code SF} ship-from, {@code WH} warehouse, {@code BT} bill-to
 * @param name        N1-02 as sent, or {@code null}
 * @param idQualifier N1-03, the kind of {@code id} (code list 66), for example {@code 1} D-U-N-S,
 *                    {@code 9} D-U-N-S+4, {@code 92} assigned by the buyer, or {@code null}
 * @param id          N1-04 as sent, or {@code null}
 * @param address     the postal address when the loop has an N2, N3, N4 or PER: {@code name} is N1-02,
 *                    {@code company} the N2 values joined, {@code line1}/{@code line2} the first N3,
 *                    city, state, postal code and country N4-01 to N4-04, phone and e-mail from PER
 *                    ({@code TE}, {@code EM}); {@code null} when the loop is the N1 alone
 * @param role        {@code entityCode} in neutral terms; {@link PartyRole#OTHER} for a code the format maps to no role
 * @since 0.1
 */
public record Party(String entityCode, String name, String idQualifier, String id, Address address, PartyRole role) {

    public Party {
        role = role == null ? PartyRole.OTHER : role;
    }

    /** A party whose role is in no format's code list yet ({@link PartyRole#OTHER}); readers give the role. */
    public Party(String entityCode, String name, String idQualifier, String id, Address address) {
        this(entityCode, name, idQualifier, id, address, null);
    }
}

package io.cartbridge.edi.edifact.internal;

import io.cartbridge.edi.edifact.EdifactCodeLists;

import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.Party;
import java.util.List;

/** Reads a NAD segment as a {@link Party}, its name and street lines joined by {@link Text#join}. */
final class Parties {

    private Parties() {
    }

    static Party of(EdifactSegment nad) {
        List<String> party = nad.components(4);
        String name = Text.join(party.subList(0, Math.min(5, party.size())), OrdersSegments.LINE);
        String street = Text.join(nad.components(5), OrdersSegments.LINE);
        Address address = street == null && nad.value(6) == null && nad.value(9) == null ? null
                : new Address(name, null, street, null, nad.value(6), nad.value(7, 1), nad.value(8), nad.value(9),
                        null, null);
        return new Party(nad.value(1), name, nad.value(2, 3), nad.value(2, 1), address,
                EdifactCodeLists.PARTY_ROLES.kindOf(nad.value(1)));
    }
}

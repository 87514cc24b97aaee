package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.x12.X12CodeLists;

import io.cartbridge.edi.model.Party;
import java.util.List;

/**
 * Collects one N1 loop at a time into a {@link Party}: the N1, then its N2, N3, N4 and PER. The
 * loop ends at the first other segment (or the next N1), when the party goes to the list the
 * handler named at its N1; a handler therefore offers every segment to {@link #add} first.
 */
final class PartyLoop {

    private final AddressBuilder address = new AddressBuilder();
    private X12Segment n1;
    private List<Party> target;
    private boolean located;

    /** Starts a loop at {@code n1}, ending any open one; its party goes to {@code parties}. */
    void start(X12Segment n1, List<Party> parties) {
        end();
        this.n1 = n1;
        this.target = parties;
    }

    /** {@return whether {@code s} continues the open loop (and was taken)}; any other segment ends it */
    boolean add(X12Segment s) {
        if (n1 == null) {
            return false;
        }
        switch (s.tag()) {
            case "N2", "N3", "N4", "PER" -> {
                if (!located) {
                    address.name(n1.value(2));
                    located = true;
                }
                address.accept(s);
                return true;
            }
            default -> {
                end();
                return false;
            }
        }
    }

    /** Ends the open loop, if any, adding its party. */
    void end() {
        if (n1 != null) {
            target.add(new Party(n1.value(1), n1.value(2), n1.value(3), n1.value(4), located ? address.build() : null,
                    X12CodeLists.PARTY_ROLES.kindOf(n1.value(1))));
        }
        clear();
    }

    /** Drops the open loop, if any (a new transaction set). */
    void clear() {
        n1 = null;
        target = null;
        located = false;
        address.clear();
    }
}

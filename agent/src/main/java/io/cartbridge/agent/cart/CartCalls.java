package io.cartbridge.agent.cart;

import java.util.Set;

/**
 * The ledger's journal of write-back calls to a cart platform's API, one per (store, order, shipment, action),
 * recorded only once the platform has answered. A plugin that writes through an API asks it first, to skip calls
 * the platform confirmed before (a retried chunk, a restarted run), and records each answer in a transaction of
 * its own, so the record outlives a chunk that rolls back afterwards. The journal is a shortcut, not the
 * guarantee: a process killed between the platform's answer and the record's commit leaves no record, so every
 * call also looks at the platform before it writes.
 */
public interface CartCalls {

    /** The state of an answered call ({@code cb_cart_call.state}): each constant's name is the value stored. */
    enum State {
        /** The platform did what was asked. */
        CONFIRMED,
        /** Nothing was sent: the platform had it already (a write whose record was lost). */
        FOUND,
        /** The platform refused the call (a 4xx); its reason is kept. Never retried by the plugin. */
        REFUSED
    }

    /**
     * One answered call.
     *
     * @param action     what the call did: {@code tracking}, {@code note}, {@code order} ...
     * @param state      {@link State}
     * @param httpStatus the platform's HTTP status, or 0 when nothing was sent
     * @param detail     the request line, or the platform's reason for a refusal
     */
    record Call(String store, String cartOrderId, String shipmentId, String action, State state, int httpStatus,
                String detail) {
    }

    /** {@return the actions recorded as done ({@link State#CONFIRMED} or {@link State#FOUND}) for this shipment of this order} */
    Set<String> done(String store, String cartOrderId, String shipmentId);

    /** Records an answered call, in its own transaction (committed when this returns); a repeat replaces the record. */
    void record(Call call);

    /** A journal that keeps nothing: every call then relies on looking at the platform first. */
    CartCalls NONE = new CartCalls() {
        @Override
        public Set<String> done(String store, String cartOrderId, String shipmentId) {
            return Set.of();
        }

        @Override
        public void record(Call call) {
        }
    };
}

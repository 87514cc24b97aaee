package io.cartbridge.agent.cart;

import java.util.List;

/**
 * Writes notes that store staff see on the order page of the cart. Idempotent: a note already on
 * the order (same text) is not added again, so a retried step never doubles a note.
 */
public interface OrderNotes {

    /** A note for one order. */
    record Note(String cartOrderId, String text) {
    }

    /** Adds the notes that are not on their orders yet; returns how many were added. */
    int add(List<Note> notes);
}
